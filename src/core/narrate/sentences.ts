/**
 * Sentence boundaries for read-aloud, in English and Russian. Pure: text in, spans out.
 *
 * A sentence ends at . ! ? … (and runs of them), plus any closing quotes or brackets, when white space
 * follows and the next word could start a sentence. Being wrong costs little (a sentence read in two
 * utterances, or two in one), so where the text is ambiguous ("U.S. Embassy", «в 1999 г. Путин») we keep
 * the text together rather than cut a name or a date in half.
 */

export interface SentenceSpan {
  /** Offsets into the text: `text.slice(start, end)` is the sentence, trimmed. */
  start: number;
  end: number;
}

const TERMINATORS = '.!?…';
const CLOSERS = '»"”’\')]';
const DASHES = '—–-';

/**
 * A period after these never ends a sentence: titles before a name, initials ("В. В. Путин",
 * "George W. Bush"), dotted abbreviations ("U.S.", "т.е.", "e.g."), and Russian abbreviations that stand
 * before a word («т. е.», «г. Москва», «ул.», «им.»). Matched against the text up to and including the period.
 */
const NEVER_FINAL: readonly RegExp[] = [
  /(?<![\p{L}\p{N}])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Capt|Cmdr|Adm|Maj|Rep|Sen|Gov|Rev|Hon|St|Mt|Messrs|Gens|Reps|Sens)\.$/u,
  /(?<![\p{L}\p{N}])(?:vs|cf|approx|incl)\.$/iu,
  // Initials: one capital letter.
  /(?<![\p{L}\p{N}.])\p{Lu}\.$/u,
  // Dotted abbreviations: two or more "letter." in a row, without spaces (U.S., U.K., e.g., i.e., т.е.).
  /(?<![\p{L}\p{N}])(?:\p{L}\.){2,}$/u,
  // Russian: т. е. / т. к. (spaced), and abbreviations that precede a name or a word.
  /(?<![\p{L}\p{N}])т\.\s?[ек]\.$/iu,
  /(?<![\p{L}\p{N}])(?:г|гг|ул|пл|пер|просп|пр|им|акад|проф|св|тов|гр|ген|адм|ст|см|напр)\.$/u,
];

/** Before a number, these abbreviations do not end a sentence either ("Jan. 5", "No. 3", «ст. 205», «п. 2»). */
const BEFORE_NUMBER = /(?<![\p{L}\p{N}])(?:No|Nos|p|pp|vol|art|ch|fig|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|ст|п|ч|гл|рис|стр|с|т|№)\.$/iu;

/** Could the text from `i` on start a new sentence (looking past a dash of dialogue)? */
function startsSentence(text: string, i: number): boolean {
  let j = i;
  if (DASHES.includes(text[j]!)) {
    j++;
    while (j < text.length && /\s/.test(text[j]!)) j++;
    // «…!» — сказал он: the dash brings in the words that attribute the quote, same sentence.
    if (j >= text.length) return false;
  }
  const c = text[j]!;
  return !/\p{Ll}/u.test(c);
}

/** The sentences of `text`, as spans in order. Text without a terminator is one sentence. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    if (!TERMINATORS.includes(text[i]!)) continue;
    const stop = i;
    let j = i + 1;
    while (j < text.length && TERMINATORS.includes(text[j]!)) j++;
    while (j < text.length && CLOSERS.includes(text[j]!)) j++;
    // A boundary needs white space after it ("3.5", "example.com", "U.S.-led" are inside a sentence).
    if (j < text.length && !/\s/.test(text[j]!)) {
      i = j - 1;
      continue;
    }
    let k = j;
    while (k < text.length && /\s/.test(text[k]!)) k++;
    if (k >= text.length) break;
    i = j - 1;
    if (!startsSentence(text, k)) continue;
    // Only a single period can be an abbreviation's ("Mr.", "т. е."); "?!", "..." and "…" always end.
    if (text[stop] === '.' && j === stop + 1 + countClosers(text, stop + 1)) {
      const upTo = text.slice(Math.max(0, stop - 12), stop + 1);
      if (NEVER_FINAL.some((re) => re.test(upTo))) continue;
      if (/\p{N}|№/u.test(text[k]!) && BEFORE_NUMBER.test(upTo)) continue;
    }
    push(j);
    start = k;
  }
  push(text.length);
  return spans;
}

function countClosers(text: string, from: number): number {
  let n = 0;
  while (from + n < text.length && CLOSERS.includes(text[from + n]!)) n++;
  return n;
}
