/**
 * The quote scorer (scripts/eval/) pinned on tiny hand-made gold in both formats, with hand-made predictions:
 * every figure below was worked out by hand from the rules in scripts/eval/README.md. The scorer runs as the
 * command people use (`--predictions` replaces the product run), so these are its real numbers.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const SCORER = path.join(ROOT, 'scripts', 'eval', 'quotes.mjs');

interface Tally {
  gold: number; pred: number; matched: number; P: number; R: number; F: number;
  strict: number; lenient: number; speakerJudged: number; strictAcc: number; lenientAcc: number;
  strictQS: number; lenientQS: number; goldUnknown: number; matchedUnknown: number;
  byKind: Record<string, { n: number; strict: number; lenient: number }>;
  goldKinds: Record<string, number>;
  errorCounts: Record<string, number>;
  errors?: { type: string; quote: string }[];
}
interface Report { corpora: { name: string; figures: Record<string, Tally>; baseline: Record<string, { P: number; R: number; F: number }> }[] }

function score(args: string[]): Report {
  const r = spawnSync(process.execPath, [SCORER, ...args, '--json'], { encoding: 'utf8', timeout: 30_000 });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Report;
}

type Pred = { start: number; end: number; speaker: { name: string; role: null; start?: number; end?: number } | null };
/** A prediction for the n-th occurrence of `quote` in `text`, spoken by `name` (mentioned at `mention`, if given). */
function pred(text: string, quote: string, name: string | null, mention?: string): Pred {
  const start = text.indexOf(quote);
  expect(start, quote).toBeGreaterThanOrEqual(0);
  const m = mention === undefined ? -1 : text.indexOf(mention);
  const speaker = name === null ? null : { name, role: null, ...(m >= 0 ? { start: m, end: m + mention!.length } : {}) };
  return { start, end: start + quote.length, speaker };
}

const close = (x: number) => Number(x.toFixed(4));

/** A PolNeAR-like checkout (split "tiny", one article) with one attribution per [source, content] pair. */
function polnearCheckout(text: string, attributions: [string, string][]): string {
  const at = (s: string) => { const i = text.indexOf(s); expect(i, s).toBeGreaterThanOrEqual(0); return [i, i + s.length] as const; };
  const ann: string[] = [];
  let t = 0;
  for (const [source, content] of attributions) {
    const [sa, sb] = at(source);
    const [ca, cb] = at(content);
    ann.push(`T${++t}\tSource ${sa} ${sb}\t${source}`, `T${++t}\tContent ${ca} ${cb}\t${content}`, `E${t / 2}\tAttribution:T${t} Content:T${t} Source:T${t - 1}`);
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'eval-polnear-'));
  mkdirSync(path.join(dir, 'data', 'tiny', 'text'), { recursive: true });
  mkdirSync(path.join(dir, 'data', 'tiny', 'attributions'), { recursive: true });
  writeFileSync(path.join(dir, 'data', 'tiny', 'text', 'story.txt'), text);
  writeFileSync(path.join(dir, 'data', 'tiny', 'attributions', 'story_a1.ann'), ann.join('\n') + '\n');
  return dir;
}

describe('the quote scorer, on hand-made gold', () => {
  it('PolNeAR (brat standoff): spans, a pronoun, an unnamed source, no-speaker, an extra and a missed quote', () => {
    const text = [
      '“We will win this state,” Ted Cruz said.',
      'He added: “Nobody can stop us now.”',
      'A campaign spokesman said the senator was “very confident about Tuesday.”',
      '“Go,” officials said.',
      'Critics called it “the worst plan we have seen.”',
      'The ad called it “a disgrace to the nation and to us.”',
    ].join('\n\n');
    const dir = polnearCheckout(text, [
      ['Ted Cruz', '“We will win this state,”'],
      ['He', '“Nobody can stop us now.”'],
      ['A campaign spokesman', 'the senator was “very confident about Tuesday.”'],
      ['officials', '“Go,”'],
      ['The ad', 'a disgrace to the nation and to us.'],
    ]);
    const preds = [
      pred(text, 'We will win this state', 'Cruz', 'Ted Cruz'), // surname only where the gold has a full name: strict wrong, lenient right
      pred(text, 'Nobody can stop us now.', 'Ted Cruz', 'He'), // the pronoun resolved as the annotation resolves it
      pred(text, 'very confident about Tuesday.', 'Ted Cruz', 'Ted Cruz'), // unnamed source, mention elsewhere: wrong
      pred(text, 'Go', null), // unnamed source, no speaker: wrong ("no speaker")
      pred(text, 'the worst plan we have seen.', null), // not in any Content span: extra
      // "a disgrace …" is not predicted: missed
    ];
    const file = path.join(dir, 'preds.jsonl');
    writeFileSync(file, JSON.stringify({ id: 'story', quotes: preds }) + '\n');
    const r = score(['--polnear', dir, '--corpus', 'polnear:tiny', '--predictions', file, '--dump', '10']);
    const all = r.corpora[0]!.figures.all!;
    expect([all.gold, all.pred, all.matched]).toEqual([5, 5, 4]);
    expect([close(all.P), close(all.R), close(all.F)]).toEqual([0.8, 0.8, 0.8]);
    expect([all.speakerJudged, all.strict, all.lenient]).toEqual([4, 1, 2]);
    expect([all.strictAcc, all.lenientAcc]).toEqual([0.25, 0.5]);
    expect(close(all.strictQS)).toBe(0.2);
    expect(close(all.lenientQS)).toBe(0.4);
    expect(all.byKind).toEqual({ named: { n: 1, strict: 0, lenient: 1 }, pronoun: { n: 1, strict: 1, lenient: 1 }, unnamed: { n: 2, strict: 0, lenient: 0 } });
    expect(all.errorCounts).toEqual({ missed: 1, extra: 1, 'wrong speaker': 2, 'no speaker': 1 });
    expect(all.errors!.find((e) => e.type === 'missed')!.quote).toBe('a disgrace to the nation and to us.');
    // 4+ words: "Go" leaves both sides; the extra (6 words) stays.
    const long = r.corpora[0]!.figures['4+ words']!;
    expect([long.gold, long.pred, long.matched]).toEqual([4, 4, 3]);
    expect([long.speakerJudged, long.strict, long.lenient]).toEqual([3, 1, 2]);
    expect(long.errorCounts).toEqual({ missed: 1, extra: 1, 'wrong speaker': 2, 'no speaker': 0 });
    // The plain heuristic takes all six quotation-mark stretches: 5 of them gold.
    expect(r.corpora[0]!.baseline.all).toMatchObject({ P: 5 / 6, R: 1 });
  });

  it('PolNeAR: a pronoun the annotation cannot resolve (the two readings disagree) leaves the speaker figures', () => {
    const text = '“We are ready,” Ted Cruz said.\n\nThe debate moved on to Mayor Bill Smith of Dallas.\n\nHe added: “We will see about that soon enough.”';
    const dir = polnearCheckout(text, [['Ted Cruz', '“We are ready,”'], ['He', '“We will see about that soon enough.”']]);
    const file = path.join(dir, 'preds.jsonl');
    writeFileSync(file, JSON.stringify({ id: 'story', quotes: [pred(text, 'We are ready', 'Ted Cruz'), pred(text, 'We will see about that soon enough.', 'Bill Smith')] }) + '\n');
    const all = score(['--polnear', dir, '--corpus', 'polnear:tiny', '--predictions', file]).corpora[0]!.figures.all!;
    expect(all.goldKinds).toEqual({ named: 1, unknown: 1 });
    expect([all.matched, all.matchedUnknown, all.speakerJudged, all.strict]).toEqual([2, 1, 1, 1]);
    expect(all.strictQS).toBe(1);
  });

  it('our JSON gold (Russian): full-name strictness, nominative, unnamed overlap, none, pronoun', () => {
    const text = [
      '«Мы готовы к переговорам», — заявил глава МИД России Сергей Лавров.',
      'По словам Дмитрия Пескова, «решение пока не принято».',
      '«Встреча может пройти в Каире», — сообщил источник в Кремле.',
      'Он добавил: «Сроки никто не называл».',
      'Как пишет «Коммерсантъ», «документ уже готов к подписанию».',
      '«Никаких уступок не будет», — повторил Лавров.',
    ].join('\n\n');
    const gold = {
      id: 'ru-tiny', lang: 'ru', text,
      quotes: [
        { quote: 'Мы готовы к переговорам', speaker: 'Сергей Лавров', mention: 'глава МИД России Сергей Лавров', kind: 'named', form: 'role-before-name' },
        { quote: 'решение пока не принято', speaker: 'Дмитрий Песков', mention: 'Дмитрия Пескова', kind: 'named', form: 'oblique-case' },
        { quote: 'Встреча может пройти в Каире', speaker: 'источник в Кремле', mention: 'источник в Кремле', kind: 'unnamed', form: 'unnamed-source' },
        { quote: 'Сроки никто не называл', speaker: 'источник в Кремле', mention: 'Он', kind: 'pronoun', form: 'pronoun' },
        { quote: 'документ уже готов к подписанию', speaker: null, mention: null, kind: 'none', form: 'none' },
        { quote: 'Никаких уступок не будет', speaker: 'Сергей Лавров', mention: 'Лавров', mentionIndex: 1, kind: 'named', form: 'quote-comma-verb-subject' },
      ],
    };
    const dir = mkdtempSync(path.join(tmpdir(), 'eval-ru-'));
    mkdirSync(path.join(dir, 'ru-tiny'));
    writeFileSync(path.join(dir, 'ru-tiny', 'a.json'), JSON.stringify(gold));
    const preds = [
      pred(text, 'Мы готовы к переговорам', 'Сергей Лавров', 'Сергей Лавров'), // right
      pred(text, 'решение пока не принято', 'Дмитрия Пескова', 'Дмитрия Пескова'), // oblique case: strict wrong, lenient right
      pred(text, 'Встреча может пройти в Каире', 'Кремль', 'Кремле'), // overlaps "источник в Кремле": right
      pred(text, 'Сроки никто не называл', 'источник в Кремле', 'Он'), // unnamed antecedent, pronoun mention: the name decides, "источник" matches
      pred(text, 'документ уже готов к подписанию', 'Коммерсантъ', 'Коммерсантъ'), // gold names nobody: wrong
      pred(text, 'Коммерсантъ', null), // a media name in «»: extra
      // «Никаких уступок не будет» is not predicted: missed
    ];
    const file = path.join(dir, 'preds.jsonl');
    writeFileSync(file, JSON.stringify({ id: 'ru-tiny', quotes: preds }) + '\n');
    const r = score(['--corpus', path.join(dir, 'ru-tiny'), '--predictions', file]);
    const all = r.corpora[0]!.figures.all!;
    expect([all.gold, all.pred, all.matched]).toEqual([6, 6, 5]);
    expect([all.speakerJudged, all.strict, all.lenient]).toEqual([5, 3, 4]);
    expect(all.byKind).toEqual({
      named: { n: 2, strict: 1, lenient: 2 },
      unnamed: { n: 1, strict: 1, lenient: 1 },
      pronoun: { n: 1, strict: 1, lenient: 1 },
      none: { n: 1, strict: 0, lenient: 0 },
    });
    expect(all.errorCounts).toEqual({ missed: 1, extra: 1, 'wrong speaker': 2, 'no speaker': 0 });
    expect(close(all.strictQS)).toBe(0.5);
    // 4+ words: the one-word extra leaves, the rest are long.
    const long = r.corpora[0]!.figures['4+ words']!;
    expect([long.gold, long.pred, long.matched]).toEqual([6, 5, 5]);
  });

  it('a gold file that breaks the format is refused with its name and the quote', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'eval-bad-'));
    mkdirSync(path.join(dir, 'set'));
    writeFileSync(path.join(dir, 'set', 'b.json'), JSON.stringify({ id: 'b', lang: 'ru', text: '«Да», — сказал он.', quotes: [{ quote: 'Нет', speaker: 'X', mention: null, kind: 'named' }] }));
    const r = spawnSync(process.execPath, [SCORER, '--corpus', path.join(dir, 'set'), '--predictions', path.join(dir, 'none.jsonl')], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/b\.json: quote 1 \("Нет"\): not found verbatim/);
    // An unnamed source is judged by its place: a mention that occurs twice must say which occurrence.
    mkdirSync(path.join(dir, 'twice'));
    const text = 'Вчера источник в ведомстве промолчал.\n\n«Решения нет», — сказал источник в ведомстве.';
    writeFileSync(path.join(dir, 'twice', 'c.json'), JSON.stringify({ id: 'c', lang: 'ru', text, quotes: [{ quote: 'Решения нет', speaker: 'источник в ведомстве', mention: 'источник в ведомстве', kind: 'unnamed' }] }));
    const t = spawnSync(process.execPath, [SCORER, '--corpus', path.join(dir, 'twice'), '--predictions', path.join(dir, 'none.jsonl')], { encoding: 'utf8' });
    expect(t.status).toBe(2);
    expect(t.stderr).toMatch(/c\.json: quote 1 .*occurs more than once; say which with "mentionIndex"/);
  });
});
