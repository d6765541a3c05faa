/**
 * Names: word tokens, runs of capitalised words, role/name split, Russian stems, and the story's
 * index of people and bodies (fullest mention, gender) used to name speakers and resolve pronouns.
 */
import type { Lang } from '../types';
import {
  EN_FEMALE_TITLE, EN_MALE_TITLE, EN_ORG, EN_PLACE, EN_PLACE_ADJ_RE, EN_ROLE, EN_STOP, EN_THING, FEMALE_FIRST,
  MALE_FIRST, RU_ROLE_WORDS, RU_STOP,
} from './lexicon';
import { forEachToken, type LowerWords } from '../chars';

// Regexes used inside functions, made once: a literal in a function body is compiled again after
// garbage collections (V8), which costs up to a millisecond per Unicode pattern whenever the reader opens.
const IS_ABBR_RE1 = /^\p{Lu}\.$/u;
const IS_ABBR_RE2 = /^(?:\p{Lu}\.){2,}$/u;
const TOKENIZE_RE1 = /^(.+?)['’]s$/u;
const TOKENIZE_RE2 = /\p{Lu}/u;
const TOKENIZE_RE3 = /['’]$/;
const INITIAL_WORD_RE1 = /(?:^|[.!?:;“«¶—–(]|^\s*-)[\s\u00a0]*$/;
const INITIAL_WORD_RE2 = /^[A-Z][a-z]+(?:ly|ing)$/;
const FLUSH_RE1 = /^\p{Lu}{2,}/u;
const CAP_RUNS_RE1 = /^\p{Lu}{2,}$/u;
const SPLIT_ROLE_RE1 = /(?:ович|евич|ьич|овна|евна|ична|инична)$/;
const RU_STEM_RE1 = /ё/g;
const RU_STEM_RE2 = /^(.{3,}?)(?:ыми|ими|ого|его|ому|ему|ой|ей|ым|им|ом|ем|ую|юю|ая|яя|ий|ый|а|я|у|ю|е|ы|и|ь)$/;
const NAME_KEY_RE1 = /['’]s$/;
const RU_NOMINATIVE_RE1 = /(?:ой|ии|[^и]ы|ги|ки)$/;
const RU_NOMINATIVE_RE2 = /(?:ого|его)$/;
const RU_NOMINATIVE_RE3 = /(?:ия|ея|ого|его)$/;
const RU_NOMINATIVE_RE4 = /\p{Lu}{2,}/u;
const RU_NOMINATIVE_RE5 = /ского$|цкого$/;
const RU_NOMINATIVE_RE6 = /ого$/;
const RU_NOMINATIVE_RE7 = /ия$/;
const RU_NOMINATIVE_RE8 = /ея$/;
const RU_NOMINATIVE_RE9 = /ии$/;
const RU_NOMINATIVE_RE10 = /(?:ов|ев|ин|ын)ой$/;
const RU_NOMINATIVE_RE11 = /ой$/;
const RU_NOMINATIVE_RE12 = /[гкхжшчщ]и$/;
const RU_NOMINATIVE_RE13 = /и$/;
const RU_NOMINATIVE_RE14 = /ы$/;
const RU_NOMINATIVE_RE15 = /[бвгджзклмнпрстфхцчшщ]а$/;
const RU_NOMINATIVE_RE16 = /ля$/;
const RU_NOMINATIVE_RE17 = /я$/;
const GENDER_OF_RE1 = /(?:ова|ева|ина|ына|ская|цкая|ая)$/;
const GENDER_OF_RE2 = /(?:ов|ев|ин|ын|ский|цкий|ой|ий|ый)$/;
const GENDER_OF_RE3 = /[ая]$/;
const GENDER_OF_RE4 = /(?:ья|ия)$/;
const SPEAKER_LIKE_RE1 = /-\p{Lu}/u;
const SPEAKER_LIKE_RE2 = /(?:ans|ers|ors|ists|ics|ants|ents|ives|ies)$/;
const SPEAKER_LIKE_RE3 = /^(?:San|Santa|Los|Las|New|Fort|Port|Mount|Saint|St\.)$/;
const SPEAKER_LIKE_RE4 = /(?:ура|ство|ция|ия|ие|ый|ой|ая|ое|ые)$/;
const SPEAKER_LIKE_RE5 = /(?:ский|цкий|ой|ая)$/;
const LOOKS_PERSON_RE1 = /^(?:San|Santa|Los|Las|New|Fort|Port|Mount|Saint|St\.|North|South|East|West|Upper|Lower|Great|Little|Palm|Grand)$/;
const LOOKS_PERSON_RE2 = /(?:ans|ers|ists)$/;
const LOOKS_PERSON_RE3 = /^[IVX]+$/;

export interface Tok {
  /** Word as written, possessive 's removed. */
  w: string;
  /** The same in lower case. */
  lw: string;
  start: number;
  end: number;
  poss: boolean;
  /** Its index in its paragraph's tokens. */
  i: number;
  /** The capitalised run it starts and the one it ends, if any (set with the frame's runs). */
  first: Run | null;
  last: Run | null;
}

const ABBR = new Set(
  'Mr. Mrs. Ms. Dr. Del. Sen. Rep. Gov. Gen. Lt. Col. Maj. Capt. Sgt. Adm. St. Jr. Sr. Prof. Rev. Gen. U.S. U.K. U.N. D.C. Inc. Corp. Co. Ltd. No. vs. Jan. Feb. Aug. Sept. Sep. Oct. Nov. Dec. a.m. p.m. т.е. т.д. г. им.'.split(' '),
);

export function isAbbr(w: string): boolean {
  return ABBR.has(w) || IS_ABBR_RE1.test(w) || IS_ABBR_RE2.test(w);
}

/** Word tokens of `s` (offsets into s). Quote interiors should be masked by the caller. */
export function tokenize(s: string): Tok[] {
  const out: Tok[] = [];
  tokenizing = out;
  tokenText = s;
  forEachToken(s, addToken);
  tokenizing = [];
  tokenText = '';
  return out;
}

// The tokens being made and their text (module-level, with addToken: no closure made per call).
let tokenizing: Tok[] = [];
let tokenText = '';

function addToken(start: number, end: number): void {
  const s = tokenText;
  const out = tokenizing;
  let w = s.slice(start, end);
  // A trailing dot is the sentence's, unless the word is an abbreviation ("Mr.", "U.S.").
  if (s.charCodeAt(end - 1) === 46 /* . */ && !isAbbr(w)) {
    w = w.slice(0, -1);
    end--;
  }
  let poss = false;
  // (Most words end neither in 's nor in an apostrophe: two character checks spare the regexes.)
  const c = w.charCodeAt(w.length - 1);
  const pm = c === 115 /* s */ && w.length > 2 ? TOKENIZE_RE1.exec(w) : null;
  if (pm && TOKENIZE_RE2.test(w[0]!)) {
    w = pm[1]!;
    poss = true;
  } else if ((c === 0x27 || c === 0x2019) && TOKENIZE_RE3.test(w)) w = w.slice(0, -1);
  out.push({ w, lw: w.toLowerCase(), start, end, poss, i: out.length, first: null, last: null });
}

export const isCap = (w: string): boolean => {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return w[0] !== w[0]!.toLowerCase();
};

/** Only blanks between a and b (and at least one). */
function blanks(s: string, a: number, b: number): boolean {
  if (b <= a) return false;
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 160 && c !== 9) return false;
  }
  return true;
}

/** Connectors allowed inside a capitalised run: "Secretary of State", "Abu al-Walid". */
const CONNECT = new Set(['of', 'de', 'da', 'del', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'der', 'for']);

export interface Run {
  /** Tokens of the run (stop words at its start removed). */
  toks: Tok[];
  start: number;
  end: number;
  poss: boolean;
  /** Its role and name (splitRole), once asked (see runSplit). */
  split: Split | null;
}

/**
 * Maximal runs of capitalised words separated only by blanks (or a connector word), which is how
 * names, titles and bodies are written in both languages.
 */
/**
 * A capital that only marks the start of a sentence ("Mostly", "Debating", a word the story also
 * writes in lower case) is not part of a name.
 */
function initialWord(s: string, t: Tok, lang: Lang, vocab: LowerWords | undefined): boolean {
  // (After a closing mark that ended no sentence — `,” Pence said` — the word is not initial.)
  if (!INITIAL_WORD_RE1.test(s.slice(Math.max(0, t.start - 3), t.start)) && t.start > 2) return false;
  const l = t.lw;
  return (!!vocab && vocab.has(l)) || (lang === 'en' && INITIAL_WORD_RE2.test(t.w) && !MALE_FIRST.has(t.w) && !FEMALE_FIRST.has(t.w));
}

/** Close the run being built in `cur` (trimmed of stop words and connectors) onto `runs`. Module-level, not a
 *  closure made per call: those lose their optimized code at every GC (V8). */
function flushRun(cur: Tok[], runs: Run[], s: string, lang: Lang, vocab: LowerWords | undefined): void {
  const stop = lang === 'ru' ? RU_STOP : EN_STOP;
  while (cur.length && (stop.has(cur[0]!.w) || CONNECT.has(cur[0]!.w) || (cur.length > 0 && initialWord(s, cur[0]!, lang, vocab) && !FLUSH_RE1.test(cur[0]!.w)))) cur.shift();
  while (cur.length && CONNECT.has(cur[cur.length - 1]!.w)) cur.pop();
  if (cur.length) {
    const last = cur[cur.length - 1]!;
    runs.push({ toks: cur, start: cur[0]!.start, end: last.end, poss: last.poss, split: null });
  }
}

export function capRuns(s: string, toks: Tok[], lang: Lang, vocab?: LowerWords): Run[] {
  const runs: Run[] = [];
  let cur: Tok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const prev = cur[cur.length - 1];
    // "Prosecutor General's Office": a possessive may sit inside a body's name.
    const joined = !prev || ((!prev.poss || (lang === 'en' && EN_ORG.has(t.w))) && blanks(s, prev.end, t.start))
      && !(lang === 'ru' && CAP_RUNS_RE1.test(t.w) && !CAP_RUNS_RE1.test(prev.w));
    const capital = isCap(t.w);
    if (capital && joined) cur.push(t);
    else if (prev && joined && CONNECT.has(t.w) && toks[i + 1] && isCap(toks[i + 1]!.w) && lang === 'en') cur.push(t);
    else {
      flushRun(cur, runs, s, lang, vocab);
      cur = [];
      if (capital) cur.push(t);
    }
  }
  flushRun(cur, runs, s, lang, vocab);
  return runs;
}

export interface Split {
  name: Tok[];
  role: Tok[];
}

const RU_ROLE_CAP = /^(?:\p{Lu}{2,}|Госдумы|Кремля|Минобороны|Генпрокуратуры)$/u;

/** "Syrian Foreign Minister Walid Moualem" → role "Syrian Foreign Minister", name "Walid Moualem". */
/** splitRole of a run's tokens, worked out once per run (a story has one language). */
export function runSplit(run: Run, lang: Lang): Split {
  return (run.split ??= splitRole(run.toks, lang));
}

export function splitRole(run: Tok[], lang: Lang): Split {
  // A body's name is whole: "Foreign Ministry", "Federal Air Transport Agency", "Prosecutor General's Office".
  if (lang === 'en' && EN_ORG.has(run[run.length - 1]!.w)) return { role: [], name: run.length > 6 ? [] : run };
  let last = -1;
  for (let i = 0; i < run.length - 1; i++) {
    const w = run[i]!.w;
    if (lang === 'en' ? EN_ROLE.has(w) || (i === 0 && EN_PLACE_ADJ_RE.test(w) && run.length > 2 && EN_ROLE.has(run[1]!.w)) || (w === 'of' && EN_ROLE.has(run[i + 1]!.w))
      : RU_ROLE_CAP.test(w) || RU_ROLE_WORDS.has(w.toLowerCase())) last = i;
  }
  // Russian bodies ("МИД России") stay whole; only a person's name loses its role.
  if (lang === 'ru' && run.length - (last + 1) < 2 && CAP_RUNS_RE1.test(run[0]!.w)) last = -1;
  // "Минцифры Максут Шадаев": a Russian name is a first name, perhaps a patronymic, and a surname.
  if (lang === 'ru' && run.length - (last + 1) >= 3) {
    const n = run.length;
    const patronymic = SPLIT_ROLE_RE1.test(run[n - 2]!.w);
    last = Math.max(last, n - (patronymic ? 4 : 3));
  }
  let name = run.slice(last + 1);
  // "Elijah Cummings of Maryland": the name stops at "of".
  let of = -1;
  for (let i = 0; i < name.length; i++) if (name[i]!.w === 'of') { of = i; break; }
  if (of > 0) name = name.slice(0, of);
  // A long Title Case run is a headline or a name of a thing, not a person's name.
  if (name.length > 5) name = [];
  return { role: run.slice(0, last + 1), name };
}

/** Russian stem for matching inflected names: Пескова, Пескову, Песковым → песков. */
export function ruStem(w: string): string {
  const l = w.toLowerCase().replace(RU_STEM_RE1, 'е');
  const m = RU_STEM_RE2.exec(l);
  return m ? m[1]! : l;
}

/** The key that groups mentions of one entity: a surname (Russian: its stem), or a body's whole name. */
export function keyOf(name: Tok[], lang: Lang): string {
  if (lang === 'en' && EN_ORG.has(name[name.length - 1]!.w)) return 'org:' + name.map((t) => t.lw).join(' ');
  return nameKey(name[name.length - 1]!.lw, lang);
}

/** `l`: a word in lower case (Tok.lw). */
export function nameKey(l: string, lang: Lang): string {
  if (lang === 'ru') return ruStem(l);
  return l.endsWith('s') ? l.replace(NAME_KEY_RE1, '') : l;
}

/** Nominative of a Russian name found in the genitive ("по словам Дмитрия Пескова"). */
export function ruNominative(words: string[]): string[] {
  // "МИД России": a body named by an acronym keeps its genitive complement.
  if (CAP_RUNS_RE1.test(words[0] ?? '')) return words;
  const female = words.some((w) => RU_NOMINATIVE_RE1.test(w) && !RU_NOMINATIVE_RE2.test(w))
    && !words.some((w) => RU_NOMINATIVE_RE3.test(w));
  return words.map((w) => {
    if (RU_NOMINATIVE_RE4.test(w)) return w;
    if (RU_NOMINATIVE_RE5.test(w)) return w.replace(RU_NOMINATIVE_RE6, 'ий');
    if (RU_NOMINATIVE_RE6.test(w)) return w.replace(RU_NOMINATIVE_RE6, 'ый');
    if (RU_NOMINATIVE_RE7.test(w)) return w.replace(RU_NOMINATIVE_RE7, 'ий');
    if (RU_NOMINATIVE_RE8.test(w)) return w.replace(RU_NOMINATIVE_RE8, 'ей');
    if (RU_NOMINATIVE_RE9.test(w)) return w.replace(RU_NOMINATIVE_RE9, 'ия');
    if (RU_NOMINATIVE_RE10.test(w)) return w.replace(RU_NOMINATIVE_RE11, 'а');
    if (RU_NOMINATIVE_RE12.test(w)) return w.replace(RU_NOMINATIVE_RE13, 'а');
    if (RU_NOMINATIVE_RE14.test(w)) return w.replace(RU_NOMINATIVE_RE14, 'а');
    if (!female && RU_NOMINATIVE_RE15.test(w)) return w.slice(0, -1);
    if (RU_NOMINATIVE_RE16.test(w)) return w.replace(RU_NOMINATIVE_RE17, 'ь');
    return w;
  });
}

export type Gender = 'm' | 'f' | null;

export interface Entity {
  key: string;
  name: string;
  role: string | null;
  /** Number of name words in the fullest mention. */
  size: number;
  gender: Gender;
  person: boolean;
  /** Nominative form known (Russian): from a subject position. */
  nominative: boolean;
  count: number;
}

export function genderOf(names: Tok[], role: Tok[], lang: Lang): Gender {
  const first = names[0]?.w ?? '';
  for (const r of role) {
    if (EN_FEMALE_TITLE.has(r.w)) return 'f';
    if (EN_MALE_TITLE.has(r.w)) return 'm';
  }
  if (FEMALE_FIRST.has(first)) return 'f';
  if (MALE_FIRST.has(first)) return 'm';
  if (lang === 'ru' && names.length >= 1) {
    const last = names[names.length - 1]!.w;
    if (GENDER_OF_RE1.test(last)) return 'f';
    if (GENDER_OF_RE2.test(last)) return 'm';
    if (names.length > 1 && GENDER_OF_RE3.test(first) && !GENDER_OF_RE4.test(first)) return 'f';
  }
  return null;
}

/** A subject of "said" that may be a person: not a known body, place or acronym. */
export function speakerLike(name: Tok[], lang: Lang): boolean {
  if (name.some((t) => CAP_RUNS_RE1.test(t.w) || SPEAKER_LIKE_RE1.test(t.w))) return false;
  if (name.length === 1 && SPEAKER_LIKE_RE2.test(name[0]!.w)) return false;
  if (lang === 'en') {
    return !name.some((t) => EN_ORG.has(t.w) || EN_PLACE.has(t.w) || EN_PLACE_ADJ_RE.test(t.w) || EN_THING.has(t.w))
      && !(name.length > 1 && SPEAKER_LIKE_RE3.test(name[0]!.w));
  }
  return !SPEAKER_LIKE_RE4.test(name[name.length - 1]!.w) || SPEAKER_LIKE_RE5.test(name[name.length - 1]!.w) && name.length > 1;
}

/** Does a name look like a person rather than a place or a body? */
export function looksPerson(name: Tok[], role: Tok[], lang: Lang): boolean {
  if (!name.length) return false;
  if (lang === 'en') {
    for (const t of name) if (EN_ORG.has(t.w) || EN_PLACE.has(t.w) || EN_THING.has(t.w)) return false;
    // "San Diego", "New Hampshire", "Fort Worth": places.
    if (name.length > 1 && LOOKS_PERSON_RE1.test(name[0]!.w)) return false;
    // "Peabody Energy", "New Yorkers": a plural or a thing, not a person.
    if (name.length > 1 && LOOKS_PERSON_RE2.test(name[name.length - 1]!.w) && !MALE_FIRST.has(name[0]!.w) && !FEMALE_FIRST.has(name[0]!.w)) return false;
    if (name.some((t) => CAP_RUNS_RE1.test(t.w) && t.w.length > 1 && !LOOKS_PERSON_RE3.test(t.w))) return false;
    if (role.length) return true;
    if (name.length >= 2 && name.length <= 4) return !EN_PLACE_ADJ_RE.test(name[0]!.w) || FEMALE_FIRST.has(name[0]!.w) || MALE_FIRST.has(name[0]!.w);
    return MALE_FIRST.has(name[0]!.w) || FEMALE_FIRST.has(name[0]!.w);
  }
  if (name.some((t) => CAP_RUNS_RE1.test(t.w))) return false;
  return name.length >= 2 || role.length > 0;
}
