/**
 * Citations, pinned: every format for three fixtures (English with a byline, Russian, no byline), written out by
 * hand from the formats' and styles' rules; BibTeX, RIS and CSL-JSON read back through Citation.js's parsers
 * (what Zotero-like tools do with them); the styles' rules on their own examples; text-fragment links.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { readArticle } from '../../src/core';
import { cite, citationData, CITATION_FORMATS, type CitableResult } from '../../src/core/cite';
import { bylineNames } from '../../src/core/cite/data';
import { toApa, toChicago, initials } from '../../src/core/cite/styles';
import { encodeFragmentText, textFragmentUrl } from '../../src/core/cite/fragment';
import type { ReadResult } from '../../src/core/types';
import { domOf, FIXTURE_ROOT } from './helpers/fixtures';

const require = createRequire(import.meta.url);
// Citation.js's parsers, as a reference reader of the three data formats (dev dependency, tests only).
const { Cite } = require('@citation-js/core') as { Cite: new (input: string | object) => { data: Array<Record<string, unknown>> } };
require('@citation-js/plugin-bibtex');
require('@citation-js/plugin-ris');

function fixture(set: string, name: string): ReadResult {
  const dir = path.join(FIXTURE_ROOT, set, name);
  const { url } = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as { url: string };
  return readArticle(domOf(readFileSync(path.join(dir, 'source.html'), 'utf8'), url).window.document, url);
}

const ACCESSED = { accessed: '2026-12-06' };
const EN_URL = 'https://www.themoscowtimes.com/2026/10/16/russia-declares-exiled-media-fund-undesirable-adds-5-journalists-to-foreign-agents-list-a94105';
const EN_TITLE = 'Russia Declares Exiled Media Fund ‘Undesirable,’ Adds 5 Journalists to ‘Foreign Agents’ List';
const RU_URL = 'https://ru.themoscowtimes.com/2025/07/17/limitirovannaya-seriya-bokalov-k-godovschine-nezhelatelnosti-the-moscow-times-a169099';
const RU_TITLE = 'Лимитированная серия бокалов к годовщине «нежелательности» The Moscow Times';
const SEED_URL = 'https://www.themoscowtimes.com/2013/02/25/syria-says-ready-to-talk-with-armed-opposition-a21771';

const english = fixture('tmt-extra', 'changed-markup-2026');
const russian = fixture('tmt', 'ru-publisher-letter-2025');
const noByline = fixture('tmt', 'seed-syria-2013');

const EXPECTED: Record<string, { result: ReadResult; out: Record<(typeof CITATION_FORMATS)[number], string> }> = {
  'English, with a byline (changed-markup-2026)': {
    result: english,
    out: {
      bibtex: `@article{kirillova2026russia,
  author = {Kirillova, Anna},
  title = {{${EN_TITLE}}},
  journaltitle = {The Moscow Times},
  entrysubtype = {newspaper},
  date = {2026-10-16},
  url = {${EN_URL}},
  urldate = {2026-12-06},
  langid = {english}
}
`,
      ris: `TY  - NEWS
AU  - Kirillova, Anna
TI  - ${EN_TITLE}
T2  - The Moscow Times
PY  - 2026
DA  - 2026/10/16
UR  - ${EN_URL}
Y2  - 2026/12/06
LA  - en
ER  - 
`,
      csljson: `[
  {
    "id": "kirillova2026russia",
    "type": "article-newspaper",
    "title": "${EN_TITLE}",
    "container-title": "The Moscow Times",
    "author": [
      {
        "family": "Kirillova",
        "given": "Anna"
      }
    ],
    "issued": {
      "date-parts": [[2026, 10, 16]]
    },
    "accessed": {
      "date-parts": [[2026, 12, 6]]
    },
    "URL": "${EN_URL}",
    "language": "en"
  }
]
`,
      apa: `Kirillova, A. (2026, October 16). ${EN_TITLE}. The Moscow Times. ${EN_URL}`,
      chicago: `Kirillova, Anna. “${EN_TITLE}.” Moscow Times, October 16, 2026. Accessed December 6, 2026. ${EN_URL}.`,
    },
  },
  'Russian (ru-publisher-letter-2025)': {
    result: russian,
    out: {
      bibtex: `@article{gubskiy2025limitirovannaya,
  author = {Губский, Александр},
  title = {{${RU_TITLE}}},
  journaltitle = {The Moscow Times},
  entrysubtype = {newspaper},
  date = {2025-07-17},
  url = {${RU_URL}},
  urldate = {2026-12-06},
  langid = {russian}
}
`,
      ris: `TY  - NEWS
AU  - Губский, Александр
TI  - ${RU_TITLE}
T2  - The Moscow Times
PY  - 2025
DA  - 2025/07/17
UR  - ${RU_URL}
Y2  - 2026/12/06
LA  - ru
ER  - 
`,
      csljson: `[
  {
    "id": "gubskiy2025limitirovannaya",
    "type": "article-newspaper",
    "title": "${RU_TITLE}",
    "container-title": "The Moscow Times",
    "author": [
      {
        "family": "Губский",
        "given": "Александр"
      }
    ],
    "issued": {
      "date-parts": [[2025, 7, 17]]
    },
    "accessed": {
      "date-parts": [[2026, 12, 6]]
    },
    "URL": "${RU_URL}",
    "language": "ru"
  }
]
`,
      apa: `Губский, А. (2025, July 17). ${RU_TITLE}. The Moscow Times. ${RU_URL}`,
      chicago: `Губский, Александр. “${RU_TITLE}.” Moscow Times, July 17, 2025. Accessed December 6, 2026. ${RU_URL}.`,
    },
  },
  'no byline, updated years later (seed-syria-2013)': {
    result: noByline,
    out: {
      bibtex: `@article{moscowtimes2013syria,
  author = {{The Moscow Times}},
  title = {{Syria Says Ready to Talk With Armed Opposition}},
  journaltitle = {The Moscow Times},
  entrysubtype = {newspaper},
  date = {2013-02-25},
  note = {Updated 2023-11-20},
  url = {${SEED_URL}},
  urldate = {2026-12-06},
  langid = {english}
}
`,
      ris: `TY  - NEWS
AU  - The Moscow Times
TI  - Syria Says Ready to Talk With Armed Opposition
T2  - The Moscow Times
PY  - 2013
DA  - 2013/02/25
UR  - ${SEED_URL}
Y2  - 2026/12/06
LA  - en
N1  - Updated 2023/11/20
ER  - 
`,
      csljson: `[
  {
    "id": "moscowtimes2013syria",
    "type": "article-newspaper",
    "title": "Syria Says Ready to Talk With Armed Opposition",
    "container-title": "The Moscow Times",
    "author": [
      {
        "literal": "The Moscow Times"
      }
    ],
    "issued": {
      "date-parts": [[2013, 2, 25]]
    },
    "accessed": {
      "date-parts": [[2026, 12, 6]]
    },
    "URL": "${SEED_URL}",
    "language": "en",
    "note": "Updated 2023-11-20"
  }
]
`,
      // APA: a group author that is also the site is not named twice.
      apa: `The Moscow Times. (2013, February 25). Syria Says Ready to Talk With Armed Opposition. ${SEED_URL}`,
      // Chicago: an unsigned article is listed under the paper's name.
      chicago: `Moscow Times. “Syria Says Ready to Talk With Armed Opposition.” February 25, 2013. Last modified November 20, 2023. Accessed December 6, 2026. ${SEED_URL}.`,
    },
  },
};

describe('citations: every format pinned on three fixtures', () => {
  for (const [name, { result, out }] of Object.entries(EXPECTED)) {
    for (const format of CITATION_FORMATS) {
      it(`${name}: ${format}`, () => {
        expect(result.isArticle).toBe(true);
        expect(cite(result, format, ACCESSED)).toBe(out[format]);
      });
    }
  }
});

describe('citations: read back by a parser', () => {
  for (const [name, { result }] of Object.entries(EXPECTED)) {
    const d = citationData(result, ACCESSED);
    const issued = [d.published!.year, d.published!.month, d.published!.day];
    const accessed = [2026, 12, 6];
    const names = d.authors.map((a) => ('literal' in a ? a.literal : `${a.family}, ${a.given}`));

    it(`${name}: BibTeX`, () => {
      const [item] = new Cite(cite(result, 'bibtex', ACCESSED)).data;
      expect(item).toMatchObject({ title: d.title, 'container-title': d.outlet, URL: d.url, genre: 'newspaper' });
      expect((item!.issued as { 'date-parts': number[][] })['date-parts'][0]).toEqual(issued);
      expect((item!.accessed as { 'date-parts': number[][] })['date-parts'][0]).toEqual(accessed);
      // An organisation stays one name (braced), a person splits into family and given.
      const got = (item!.author as Array<{ family: string; given?: string }>).map((a) => (a.given ? `${a.family}, ${a.given}` : a.family));
      expect(got).toEqual(names);
      if (d.updated) expect(item!.note).toBe(`Updated ${d.updated.year}-${String(d.updated.month).padStart(2, '0')}-${String(d.updated.day).padStart(2, '0')}`);
    });

    it(`${name}: RIS`, () => {
      const text = cite(result, 'ris', ACCESSED);
      const [item] = new Cite(text).data;
      expect(item).toMatchObject({ type: 'article-newspaper', title: d.title, 'container-title': d.outlet, URL: d.url, language: d.lang });
      // A newspaper's AU is its reporter in RIS; the year comes from PY, the full date from DA.
      expect(item!.reporter).toEqual(names.length === 1 ? names[0] : names);
      expect((item!.issued as { 'date-parts': number[][] })['date-parts'][0]![0]).toBe(issued[0]);
      expect(text).toContain(`\nDA  - ${issued.map((n) => String(n).padStart(2, '0')).join('/')}\n`);
      expect((item!.accessed as { 'date-parts': number[][] })['date-parts'][0]).toEqual(accessed);
      expect(text.endsWith('ER  - \n')).toBe(true);
      for (const line of text.split('\n').filter(Boolean)) expect(line).toMatch(/^[A-Z][A-Z0-9]  - /);
    });

    it(`${name}: CSL-JSON`, () => {
      const parsed = JSON.parse(cite(result, 'csljson', ACCESSED)) as Array<Record<string, unknown>>;
      const [item] = new Cite(parsed).data;
      expect(item).toMatchObject({ type: 'article-newspaper', title: d.title, 'container-title': d.outlet, URL: d.url, language: d.lang });
      expect((item!.issued as { 'date-parts': number[][] })['date-parts'][0]).toEqual(issued);
      expect((item!.accessed as { 'date-parts': number[][] })['date-parts'][0]).toEqual(accessed);
      expect(item!.author).toEqual(d.authors.map((a) => ('literal' in a ? { literal: a.literal } : { family: a.family, given: a.given })));
    });
  }

  it('TeX special characters survive the trip', () => {
    const r = { ...english, title: 'Gazprom & Rosneft: 50% of {profits} #1 via C_2 ~ ^ \\ done' };
    const [item] = new Cite(cite(r, 'bibtex', ACCESSED)).data;
    expect(item!.title).toBe(r.title);
  });
});

describe('citations: the byline', () => {
  it('names people; "MT", the outlet or nothing mean the outlet', () => {
    expect(bylineNames('Pavel Vorontsov and Irina Shestakova')).toEqual([
      { family: 'Vorontsov', given: 'Pavel' },
      { family: 'Shestakova', given: 'Irina' },
    ]);
    expect(bylineNames('Анна Петрова и Иван Сидоров')).toEqual([
      { family: 'Петрова', given: 'Анна' },
      { family: 'Сидоров', given: 'Иван' },
    ]);
    expect(bylineNames('By Ann Lee, Bob Ray, and Cy Young')).toHaveLength(3);
    for (const none of ['MT', 'The Moscow Times', '', null, '  ']) expect(bylineNames(none)).toEqual([]);
    const r = { ...noByline, byline: 'MT' };
    expect(cite(r, 'apa', ACCESSED)).toMatch(/^The Moscow Times\. \(2013, February 25\)\./);
  });

  it('two and three authors, as each style lists them', () => {
    const r = { ...english, byline: 'Pavel Vorontsov and Irina Shestakova' };
    expect(cite(r, 'apa', ACCESSED)).toMatch(/^Vorontsov, P\., & Shestakova, I\. \(2026, October 16\)\./);
    expect(cite(r, 'chicago', ACCESSED)).toMatch(/^Vorontsov, Pavel, and Irina Shestakova\. “/);
    const three = { ...english, byline: 'Ann Lee, Bob Ray and Cy Young' };
    expect(cite(three, 'apa', ACCESSED)).toMatch(/^Lee, A\., Ray, B\., & Young, C\. \(/);
    expect(cite(three, 'chicago', ACCESSED)).toMatch(/^Lee, Ann, Bob Ray, and Cy Young\. “/);
    expect(cite(three, 'bibtex', ACCESSED)).toContain('author = {Lee, Ann and Ray, Bob and Young, Cy}');
  });

  it('the other-language version, where each format can say it', () => {
    const r: CitableResult = { ...russian, alternates: [{ lang: 'en', url: 'https://www.themoscowtimes.com/2025/07/17/glasses-a90001' }] };
    expect(cite(r, 'bibtex', ACCESSED)).toContain('  addendum = {English version: \\url{https://www.themoscowtimes.com/2025/07/17/glasses-a90001}}\n');
    expect(cite(r, 'ris', ACCESSED)).toContain('\nN1  - English version: https://www.themoscowtimes.com/2025/07/17/glasses-a90001\n');
    expect(JSON.parse(cite(r, 'csljson', ACCESSED))[0].note).toBe('English version: https://www.themoscowtimes.com/2025/07/17/glasses-a90001');
    expect(cite(r, 'chicago', ACCESSED)).toMatch(/\. Also available in English at https:\/\/www\.themoscowtimes\.com\/2025\/07\/17\/glasses-a90001\.$/);
    // APA has no element for it.
    expect(cite(r, 'apa', ACCESSED)).toBe(EXPECTED['Russian (ru-publisher-letter-2025)']!.out.apa);
  });
});

describe('citations: the styles on their manuals’ own examples', () => {
  // APA 7 §10.2 example 30 (news website): Bologna, C. (2019, October 31). Why some people with anxiety love
  // watching horror movies. HuffPost. https://www.huffpost.com/entry/anxiety-love-watching-horror-movies_l_5d277587e4b02a5a5d57b59e
  const huffpost = {
    title: 'Why some people with anxiety love watching horror movies',
    authors: [{ family: 'Bologna', given: 'Caroline' }],
    authorIsOutlet: false,
    outlet: 'HuffPost',
    lang: 'en',
    published: { year: 2019, month: 10, day: 31 },
    updated: null,
    url: 'https://www.huffpost.com/entry/anxiety-love-watching-horror-movies_l_5d277587e4b02a5a5d57b59e',
    accessed: { year: 2020, month: 1, day: 5 },
    alternates: [],
  };
  it('APA: news website, with italics in HTML and Markdown', () => {
    expect(toApa(huffpost)).toBe(
      'Bologna, C. (2019, October 31). Why some people with anxiety love watching horror movies. HuffPost. https://www.huffpost.com/entry/anxiety-love-watching-horror-movies_l_5d277587e4b02a5a5d57b59e',
    );
    expect(toApa(huffpost, 'html')).toContain('<i>Why some people with anxiety love watching horror movies</i>. HuffPost.');
    expect(toApa({ ...huffpost, title: 'Is it over?' }, 'markdown')).toContain(' *Is it over?* HuffPost.');
    expect(initials('Jean-Paul')).toBe('J.-P.');
    expect(initials('Anna Maria')).toBe('A. M.');
    expect(toApa({ ...huffpost, published: null })).toContain('Bologna, C. (n.d.).');
  });

  // Chicago 17 §14.191 / §14.207: Manjoo, Farhad. “Snap Makes a Bet on the Cultural Supremacy of the Camera.” New York
  // Times, March 8, 2017. https://www.nytimes.com/2017/03/08/technology/snap-makes-a-bet-on-the-cultural-supremacy-of-the-camera.html.
  it('Chicago: news article online; an initial "The" dropped; inner double quotes turned single', () => {
    const nyt = {
      ...huffpost,
      title: 'Snap Makes a Bet on the Cultural Supremacy of the Camera',
      authors: [{ family: 'Manjoo', given: 'Farhad' }],
      outlet: 'The New York Times',
      published: { year: 2017, month: 3, day: 8 },
      url: 'https://www.nytimes.com/2017/03/08/technology/snap-makes-a-bet-on-the-cultural-supremacy-of-the-camera.html',
      accessed: { year: 2017, month: 3, day: 9 },
    };
    expect(toChicago(nyt)).toBe(
      'Manjoo, Farhad. “Snap Makes a Bet on the Cultural Supremacy of the Camera.” New York Times, March 8, 2017. Accessed March 9, 2017. https://www.nytimes.com/2017/03/08/technology/snap-makes-a-bet-on-the-cultural-supremacy-of-the-camera.html.',
    );
    expect(toChicago(nyt, 'html')).toContain('Camera.” <i>New York Times</i>, March 8, 2017.');
    expect(toChicago({ ...nyt, title: 'Putin Says “No”' })).toContain('“Putin Says ‘No.’”');
    expect(toChicago({ ...nyt, title: 'Who Won?' })).toContain('“Who Won?” New York Times');
  });

  it('HTML markup escapes the text', () => {
    const r = { ...english, title: '<script>alert(1)</script> & more' };
    const html = cite(r, 'chicago', { ...ACCESSED, markup: 'html' });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
  });
});

describe('citations: the cited address and dates', () => {
  it('cites the canonical address, without a fragment or tracking query the tab had', () => {
    const r = { ...english, url: `${EN_URL}?utm_source=x#comments` };
    expect(citationData(r, ACCESSED).url).toBe(EN_URL);
  });

  it('the access date is the reader’s local calendar day', () => {
    const d = new Date(2026, 0, 2, 23, 59);
    expect(citationData(english, { accessed: d }).accessed).toEqual({ year: 2026, month: 1, day: 2 });
    expect(() => citationData(english, { accessed: 'soon' })).toThrow(/not a date/);
  });

  it('an update on the day of publication is not an update', () => {
    expect(english.updated).toBe('2026-10-16T15:40:00+02:00');
    expect(citationData(english, ACCESSED).updated).toBeNull();
  });
});

describe('text fragment links to a quote', () => {
  const paragraphs = [
    'Peskov said talks were “possible in principle” but not now.',
    '“We are ready,” Lavrov said. Later he repeated: “We are ready,” and left.',
    'A long one: “Russia has never refused to negotiate, and it is the other side that keeps walking away from every table,” he said.',
  ];
  const at = (p: number, text: string, nth = 0) => {
    let start = -1;
    for (let i = 0; i <= nth; i++) start = paragraphs[p]!.indexOf(text, start + 1);
    return { text, paragraph: p, start, end: start + text.length };
  };
  const base = 'https://www.themoscowtimes.com/2025/01/01/x-a1';

  it('a short, unique quote: its text, percent-encoded (dashes, commas and ampersands too)', () => {
    expect(textFragmentUrl(`${base}#old`, paragraphs, at(0, 'possible in principle'))).toBe(`${base}#:~:text=possible%20in%20principle`);
    expect(encodeFragmentText('a-b, c & d (e)')).toBe('a%2Db%2C%20c%20%26%20d%20%28e%29');
  });

  it('a quote whose text repeats: prefix and suffix point at the right one', () => {
    const first = textFragmentUrl(base, paragraphs, at(1, 'We are ready'));
    expect(first).toBe(`${base}#:~:text=We%20are%20ready`);
    const second = textFragmentUrl(base, paragraphs, at(1, 'We are ready', 1));
    expect(second).toBe(`${base}#:~:text=he%20repeated%3A%20%E2%80%9C-,We%20are%20ready,-%2C%E2%80%9D%20and%20left.`);
  });

  it('a long quote: its first and last words', () => {
    const q = 'Russia has never refused to negotiate, and it is the other side that keeps walking away from every table,';
    expect(textFragmentUrl(base, paragraphs, at(2, q))).toBe(`${base}#:~:text=Russia%20has%20never%20refused,away%20from%20every%20table%2C`);
  });

  it('offsets that miss the text: found by its words; not in the story: the plain address', () => {
    expect(textFragmentUrl(base, paragraphs, { text: 'possible in principle', paragraph: 0, start: 0, end: 3 })).toBe(`${base}#:~:text=possible%20in%20principle`);
    expect(textFragmentUrl(base, paragraphs, { text: 'never said', paragraph: 0, start: 0, end: 3 })).toBe(base);
  });

  it('a real fixture quote links to its own words', () => {
    const r = fixture('tmt', 'news-lavrov-2025');
    const q = r.keyQuotes[0]!;
    const link = textFragmentUrl(r.url, r.paragraphs, q);
    const directive = decodeURIComponent(link.split('#:~:text=')[1]!);
    for (const part of directive.split(',')) expect(q.text.toLowerCase()).toContain(part.replace(/^-|-$/g, '').toLowerCase().slice(0, 10));
  });
});

describe('citations: which address', () => {
  it('after infinite scroll the head’s canonical link names the first story: the page’s own address is cited', () => {
    const r = fixture('tmt-extra', 'infinite-scroll-second-2024');
    expect(r.title).toBe('Dagestan Declares Mourning After Deadly Attacks on Churches, Synagogues');
    expect(citationData(r, ACCESSED).url).toBe(
      'https://www.themoscowtimes.com/2024/06/24/dagestan-declares-mourning-after-deadly-attacks-on-churches-synagogues-a85527',
    );
  });
});
