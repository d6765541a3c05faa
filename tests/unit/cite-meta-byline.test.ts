/**
 * Citations of a byline read from the page's metadata (`bylineSource: 'meta'`): such bylines often name an institution
 * (the outlet itself, a news agency, a body the JSON-LD types as an Organization). Each format names an institution
 * as one: CSL `literal`, BibTeX braced, RIS without a comma, APA and Chicago as written ("Agence France-Presse.", not
 * "France-Presse, A."). Pages are a real fixture (news-russian-version-2025, whose byline box is empty) with its
 * JSON-LD author changed, and a page of another site read by the generic reader; every citation goes through the
 * reader, as in the popup.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/core';
import { cite, citationData } from '../../src/core/cite';
import { metaBylineNames } from '../../src/core/cite/data';
import type { ReadResult } from '../../src/core/types';
import { pageCase } from '../fixtures/index.mjs';
import { domOf } from './helpers/fixtures';

const require = createRequire(import.meta.url);
const { Cite } = require('@citation-js/core') as { Cite: new (input: string | object) => { data: Array<Record<string, unknown>> } };
require('@citation-js/plugin-bibtex');

const ACCESSED = { accessed: '2026-12-06' };
const CASE = pageCase('news-russian-version-2025');
const TITLE = CASE.expected.title!;
const URL_ = CASE.expected.url;
/** The fixture's JSON-LD author: TMT's own, "The Moscow Times" as an Organization. */
const LD_AUTHOR = '"author":{"@type":"Organization","name":"The Moscow Times"}';

/** The fixture with another JSON-LD author (and meta author), read as the popup reads it. */
function tmtWithAuthor(author: unknown, metaAuthor?: string): ReadResult {
  expect(CASE.html).toContain(LD_AUTHOR);
  let html = CASE.html.replace(LD_AUTHOR, `"author":${JSON.stringify(author)}`);
  if (metaAuthor !== undefined) html = html.replace('<meta name="author" content="The Moscow Times">', `<meta name="author" content="${metaAuthor}">`);
  return readArticle(domOf(html, URL_).window.document, URL_);
}

const OTHER_URL = 'https://novayagazeta.example/articles/2025/05/01/rivers';
/** Another outlet's page: its site name, and its metadata naming the outlet as the author. */
function otherSite(head: string): ReadResult {
  const prose = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}: rivers shape the land they cross, carrying silt to the sea, and towns grow where water is near.</p>`).join('');
  const html = `<html lang="en"><head><title>Rivers of Europe</title><meta property="og:site_name" content="Novaya Gazeta Europe">
    <meta property="article:published_time" content="2025-05-01T09:00:00+02:00">${head}</head>
    <body><article><h1>Rivers of Europe</h1>${prose}</article></body></html>`;
  return readArticle(domOf(html, OTHER_URL).window.document, OTHER_URL);
}

describe('the reader marks the organisations of a metadata byline', () => {
  it('JSON-LD authors typed Organization (or a subtype) are listed; persons are not', () => {
    const r = tmtWithAuthor([{ '@type': 'Person', name: 'Anna Kirillova' }, { '@type': 'NewsMediaOrganization', name: 'Reuters' }]);
    expect(r).toMatchObject({ byline: 'Anna Kirillova and Reuters', bylineSource: 'meta', bylineOrganizations: ['Reuters'] });
    expect(tmtWithAuthor({ '@type': 'Person', name: 'Anna Kirillova' }).bylineOrganizations).toBeUndefined();
    expect(tmtWithAuthor({ '@type': 'https://schema.org/GovernmentOrganization', name: 'Roskomnadzor' }).bylineOrganizations).toEqual(['Roskomnadzor']);
    // A byline the page shows that names only people has none.
    const seed = pageCase('changed-markup-2026');
    const shown = readArticle(domOf(seed.html, seed.expected.url).window.document, seed.expected.url);
    expect(shown.bylineSource).toBe('page');
    expect(shown.bylineOrganizations).toBeUndefined();
  });
});

describe('citations: a metadata byline naming the outlet itself', () => {
  it('TMT\'s own metadata ("The Moscow Times", an Organization): the outlet is the author, named once, in every format', () => {
    const r = tmtWithAuthor({ '@type': 'Organization', name: 'The Moscow Times' });
    expect(r).toMatchObject({ byline: 'The Moscow Times', bylineSource: 'meta' });
    expect(cite(r, 'apa', ACCESSED)).toBe(`The Moscow Times. (2025, August 13). ${TITLE}. ${URL_}`);
    expect(cite(r, 'chicago', ACCESSED)).toMatch(new RegExp(`^Moscow Times\\. “${TITLE}\\.” August 13, 2025\\. `));
    expect(cite(r, 'bibtex', ACCESSED)).toContain('  author = {{The Moscow Times}},\n');
    expect(cite(r, 'ris', ACCESSED)).toContain('\nAU  - The Moscow Times\n');
    expect(JSON.parse(cite(r, 'csljson', ACCESSED))[0].author).toEqual([{ literal: 'The Moscow Times' }]);
  });

  it('another outlet naming itself (JSON-LD or meta author, "The" or not): its name, not "Europe, N. G."', () => {
    const byLd = otherSite('<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","author":{"@type":"NewsMediaOrganization","name":"Novaya Gazeta Europe"}}</script>');
    const byMeta = otherSite('<meta name="author" content="The Novaya Gazeta Europe">');
    for (const r of [byLd, byMeta]) {
      expect(r.bylineSource, r.byline ?? 'no byline').toBe('meta');
      expect(cite(r, 'apa', ACCESSED)).toBe(`Novaya Gazeta Europe. (2025, May 1). Rivers of Europe. ${OTHER_URL}`);
      expect(cite(r, 'chicago', ACCESSED)).toMatch(/^Novaya Gazeta Europe\. “Rivers of Europe\.” May 1, 2025\. /);
      expect(cite(r, 'bibtex', ACCESSED)).toContain('  author = {{Novaya Gazeta Europe}},\n');
      expect(cite(r, 'ris', ACCESSED)).toContain('\nAU  - Novaya Gazeta Europe\n');
      expect(JSON.parse(cite(r, 'csljson', ACCESSED))[0].author).toEqual([{ literal: 'Novaya Gazeta Europe' }]);
    }
  });
});

describe('citations: a metadata byline naming another organisation', () => {
  const afp = tmtWithAuthor({ '@type': 'Organization', name: 'Agence France-Presse' }, 'Agence France-Presse');

  it('APA: "Agence France-Presse." as the author, the outlet as the site', () => {
    expect(cite(afp, 'apa', ACCESSED)).toBe(`Agence France-Presse. (2025, August 13). ${TITLE}. The Moscow Times. ${URL_}`);
  });

  it('Chicago: the institution in the author\'s place, the paper after the title', () => {
    expect(cite(afp, 'chicago', ACCESSED)).toMatch(new RegExp(`^Agence France-Presse\\. “${TITLE}\\.” Moscow Times, August 13, 2025\\. `));
  });

  it('BibTeX: braced, so that BibTeX reads one name (a parser agrees)', () => {
    const bib = cite(afp, 'bibtex', ACCESSED);
    expect(bib).toContain('  author = {{Agence France-Presse}},\n');
    expect(bib).toMatch(/^@article\{agencefrancepresse2025russia,/);
    expect(new Cite(bib).data[0]!.author).toEqual([{ family: 'Agence France-Presse' }]);
  });

  it('RIS: no comma (a comma would make it a family and a given name)', () => {
    expect(cite(afp, 'ris', ACCESSED)).toContain('\nAU  - Agence France-Presse\n');
  });

  it('CSL-JSON: a literal name', () => {
    expect(JSON.parse(cite(afp, 'csljson', ACCESSED))[0].author).toEqual([{ literal: 'Agence France-Presse' }]);
  });

  it('a person and an organisation whose name holds "and": each as what it is, in every format', () => {
    const osce = 'Organization for Security and Co-operation in Europe';
    const r = tmtWithAuthor([{ '@type': 'Person', name: 'Anna Kirillova' }, { '@type': 'Organization', name: osce }]);
    expect(r.byline).toBe(`Anna Kirillova and ${osce}`);
    expect(citationData(r, ACCESSED).authors).toEqual([{ family: 'Kirillova', given: 'Anna' }, { literal: osce }]);
    expect(cite(r, 'apa', ACCESSED)).toMatch(new RegExp(`^Kirillova, A\\., & ${osce}\\. \\(2025, August 13\\)\\. `));
    expect(cite(r, 'chicago', ACCESSED)).toMatch(new RegExp(`^Kirillova, Anna, and ${osce}\\. “`));
    const bib = cite(r, 'bibtex', ACCESSED);
    expect(bib).toContain(`  author = {Kirillova, Anna and {${osce}}},\n`);
    expect(new Cite(bib).data[0]!.author).toEqual([{ given: 'Anna', family: 'Kirillova' }, { family: osce }]);
    expect(cite(r, 'ris', ACCESSED)).toContain(`\nAU  - Kirillova, Anna\nAU  - ${osce}\n`);
    expect(JSON.parse(cite(r, 'csljson', ACCESSED))[0].author).toEqual([{ family: 'Kirillova', given: 'Anna' }, { literal: osce }]);
  });

  it('the outlet beside an agency: both institutions, the outlet under its own name', () => {
    const r = tmtWithAuthor([{ '@type': 'Organization', name: 'The Moscow Times' }, { '@type': 'Organization', name: 'Reuters' }]);
    expect(citationData(r, ACCESSED)).toMatchObject({ authors: [{ literal: 'The Moscow Times' }, { literal: 'Reuters' }], authorIsOutlet: false });
    expect(cite(r, 'apa', ACCESSED)).toMatch(/^The Moscow Times, & Reuters\. \(2025, August 13\)\. .+\. The Moscow Times\. https:/);
  });
});

describe('citations: what stays a person', () => {
  it('a metadata person is cited by family and given name, even when an organisation\'s name is inside it', () => {
    const r = tmtWithAuthor({ '@type': 'Person', name: 'Anna Kirillova' });
    expect(cite(r, 'apa', ACCESSED)).toMatch(/^Kirillova, A\. \(2025, August 13\)\./);
    // An organisation's name inside a longer name is not that organisation.
    expect(metaBylineNames('Anna Reutersova', ['Reuters'], 'The Moscow Times')).toEqual([{ family: 'Reutersova', given: 'Anna' }]);
    expect(metaBylineNames('Anna Reutersova and Reuters', ['Reuters'], 'The Moscow Times')).toEqual([
      { family: 'Reutersova', given: 'Anna' },
      { literal: 'Reuters' },
    ]);
  });
});

describe('citations: a byline the page shows that names agencies', () => {
  const AGENCY = pageCase('news-agency-2020');
  /** The fixture ("By Anastasia Fedorova, Reuters and AFP", the agencies typed Organization) with AFP written out. */
  function agencyPage(ldAfp: string): ReadResult {
    const shown = 'title="AFP">AFP</a>';
    const ld = '{"@type": "Organization", "name": "AFP"}';
    expect(AGENCY.html).toContain(shown);
    expect(AGENCY.html).toContain(ld);
    const html = AGENCY.html.replace(shown, 'title="Agence France-Presse">Agence France-Presse</a>').replace(ld, ldAfp);
    return readArticle(domOf(html, AGENCY.expected.url).window.document, AGENCY.expected.url);
  }

  it('names each agency the JSON-LD types as an organisation whole, in every format, beside the reporter', () => {
    const r = agencyPage('{"@type":"NewsMediaOrganization","name":"Agence France-Presse"}');
    expect(r).toMatchObject({ byline: 'Anastasia Fedorova, Reuters and Agence France-Presse', bylineSource: 'page' });
    expect(r.bylineOrganizations).toEqual(['Reuters', 'Agence France-Presse']);
    expect(JSON.parse(cite(r, 'csljson', ACCESSED))[0].author).toEqual([
      { family: 'Fedorova', given: 'Anastasia' },
      { literal: 'Reuters' },
      { literal: 'Agence France-Presse' },
    ]);
    expect(cite(r, 'bibtex', ACCESSED)).toContain('  author = {Fedorova, Anastasia and {Reuters} and {Agence France-Presse}},\n');
    expect(cite(r, 'ris', ACCESSED)).toContain('\nAU  - Agence France-Presse\n');
    expect(cite(r, 'apa', ACCESSED)).toMatch(/^Fedorova, A\., Reuters, & Agence France-Presse\. \(2020, April 15\)/);
  });

  it('splits a name the JSON-LD calls a person, as before', () => {
    const r = agencyPage('{"@type":"Person","name":"Agence France-Presse"}');
    expect(r.bylineOrganizations).toEqual(['Reuters']);
    expect(JSON.parse(cite(r, 'csljson', ACCESSED))[0].author).toContainEqual({ family: 'France-Presse', given: 'Agence' });
  });
});

describe('citations: agencies a byline names that the JSON-LD does not type (the site\'s list of agencies)', () => {
  const AGENCY = pageCase('news-agency-2020');
  /** The fixture's byline with other names, and a JSON-LD that names only the reporter (untyped). */
  function page(reuters: string, afp: string): ReadResult {
    const ld = '"author": [{"@type": "Person", "name": "Anastasia Fedorova"}, {"@type": "Organization", "name": "Reuters"}, {"@type": "Organization", "name": "AFP"}]';
    expect(AGENCY.html).toContain(ld);
    const html = AGENCY.html
      .replace(ld, '"author": ["Anastasia Fedorova"]')
      .replace('title="Reuters">Reuters</a>', `title="${reuters}">${reuters}</a>`)
      .replace('title="AFP">AFP</a>', `title="${afp}">${afp}</a>`);
    return readArticle(domOf(html, AGENCY.expected.url).window.document, AGENCY.expected.url);
  }

  it('an agency written in full is an organisation in every format', () => {
    const r = page('Associated Press', 'Interfax');
    expect(r).toMatchObject({ byline: 'Anastasia Fedorova, Associated Press and Interfax', bylineSource: 'page', bylineOrganizations: ['Associated Press', 'Interfax'] });
    expect(JSON.parse(cite(r, 'csljson', ACCESSED))[0].author).toEqual([
      { family: 'Fedorova', given: 'Anastasia' },
      { literal: 'Associated Press' },
      { literal: 'Interfax' },
    ]);
    expect(cite(r, 'bibtex', ACCESSED)).toContain('  author = {Fedorova, Anastasia and {Associated Press} and {Interfax}},\n');
    expect(cite(r, 'apa', ACCESSED)).toMatch(/^Fedorova, A\., Associated Press, & Interfax\. \(2020, April 15\)/);
    // The longer of two listed names, once: "The Associated Press", not also "Associated Press".
    expect(page('The Associated Press', 'Agence France-Presse').bylineOrganizations).toEqual(['The Associated Press', 'Agence France-Presse']);
  });

  it('a person whose name holds an agency\'s as part of a word stays a person', () => {
    const r = page('Anna Reutersova', 'Pavel Tassov');
    expect(r.bylineOrganizations).toBeUndefined();
    expect(JSON.parse(cite(r, 'csljson', ACCESSED))[0].author).toContainEqual({ family: 'Reutersova', given: 'Anna' });
  });
});

