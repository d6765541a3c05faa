/**
 * Clause helpers for the Russian cue finder: whether a word is a verb of saying, and where a subject before the verb
 * starts and ends: a body's office in the locative ("В пресс-службе Минфина уточнили"), a person before a circumstance,
 * a subject that ends in a name in marks, the words that name a publication that was told, the start of a noun phrase.
 */
import type { Subject } from '../../cues';
import type { Frame } from '../../frame';
import type { Span } from '../../marks';
import { RU_PRONOUNS, RU_SPEECH_STEMS } from './lexicon';
import { nominativeInMarks, personish, quotedSubject } from './shapes';
import { institutionRun } from './institutions';
import { isAcronym } from './letters';
import { genderOfRu } from './names';
import { roleLemma } from './roles';

// Regexes made once, at module level (a literal in a function body is compiled again after garbage collections).
/** The ones cues.ts reads too. */
export const CLAUSE_REGEXPS = {
  onlyBlanks: /^[\s\u00a0]+$/,
  /** Who was told, before a publication's name: "в интервью «…»", "телеканалу TF1", "изданию …". */
  relayNoun: /^(?:интервью|изданию|агентству|телеканалу|каналу|газете|журналу|радиостанции|корреспонденту|порталу|сайту|корреспондентом|журналистом|журналистами|изданием|агентством|телеканалом)$/,
  preposition: /^(?:в|во|на|по|из|с|со|у|к|о|об|при|за|для|после|перед|от|до)$/,
  conjunction: /^(?:и|а|но|что|чтобы|как|когда|где|который|которая|которые)$/,
  pluralPast: /(?:ли|лись)$/,
  /** A plural adjective or participle in an oblique case: "задержанных", "пострадавшими". */
  pluralOblique: /(?:ых|их|ыми|ими)$/,
  clauseMark: /[.;:"¶,]/,
  startsLower: /^\p{Ll}/u,
  acronym: /^\p{Lu}{2,}$/u,
  /** Adverbs and short function words that end no noun phrase. */
  notANoun: /^(?:пока|тоже|также|уже|еще|ещё|лишь|только|даже|ведь|же|ли|бы|не|ни|так|там|тут|здесь|теперь|сейчас|потом|затем|вновь|снова|годом|ранее|позднее)$/,
  /** Verbs that relay someone's words: their object is the speaker. */
  relayVerb: /^(?:цитиру|процитирова|переда|привод|привел|привёл|привела)/,
  /** Prepositions whose noun is an object, never the place a body speaks from: "с", "к", "для", "о". */
  objectPreposition: /^(?:с|со|к|ко|для|о|об|обо|про|без|между|против|перед|над|через)$/,
  /** A possessive or an adjective in an oblique case, between a preposition and its noun ("в своем", "на официальном"). */
  agreeingModifier: /^(?:(?:сво|мо|тво|наш|ваш)[а-яё]*|его|ее|её|их|[а-яё-]{3,}(?:ом|ем|ой|ей|ых|их|ым|им|ую|юю|ого|его|ому|ему))$/,
};

/** A finite verb by its ending alone (past or present, reflexive or not): "вздохнула", "жалуется", "улыбнулся". */
export const FINITE_VERB = /^[а-яё]{3,}(?:л|ла|ли|лся|лась|лись|ет|ёт|ит|ют|ят|ут|ется|ится|ются|ятся)$/;

/** The last letters FINITE_VERB's and VERB_END's endings can end in (л а о и я ь т), as char codes: no one-letter
 *  string made per word. */
const VERB_LAST = new Set([...'лаоиьят'].map((c) => c.charCodeAt(0)));
const verbLast = (l: string): boolean => VERB_LAST.has(l.charCodeAt(l.length - 1));

/** FINITE_VERB.test, with the regex run only on a word whose last letter one of its endings ends in (asked of
 *  nearly every word of a Russian paragraph). */
export function finiteVerb(l: string): boolean {
  return l.length >= 4 && verbLast(l) && FINITE_VERB.test(l);
}

/** "в пресс-службе Минфина", "в региональном минздраве": в, an office noun in the locative (perhaps after an
 *  adjective), and its complement of up to four words; groups: 1 the phrase, 2 the adjective, 3 the head, 4 the rest. */
const OFFICE_PHRASE = String.raw`[Вв]о?[\s\u00a0]+(([а-яё]+(?:ом|ем|ой|ей)[\s\u00a0]+)?((?:[Пп]ресс-служб|[Сс]лужб|[Мм]инистерств|[Вв]едомств|[Пп]рокуратур|[Аа]дминистраци|[Пп]равительств|[Мм]эри|[Кк]омитет|[Дд]епартамент|[Уу]правлени|[Кк]омпани|мин[а-яё]{3,}(?=е(?![а-яё])))[а-яё]*)((?:[\s\u00a0]+(?:[а-яё-]+|\p{Lu}[\p{L}-]*|«[^«»]+»)){0,4}))`;

const REGEXPS = {
  ...CLAUSE_REGEXPS,
  feminineVerbEnd: /(?:ла|лась)$/,
  masculineVerbEnd: /(?:л|лся)$/,
  onlyBlanksOrQuote: /^[\s\u00a0]*(?:"[\s\u00a0]*"[\s\u00a0]*)?$/,
  /** A noun phrase opens on a noun or an adjective, not on a verb form or an adverb. */
  nounStart: /^[\p{L}-]+$/u,
  /** A clause opening on "в <office noun> <complement>" and nothing else: group 1 the phrase, 2 the head, 3 the rest. */
  locatedOfficeClause: new RegExp(`(?:^|[,—–][\\s\\u00a0]*)${OFFICE_PHRASE}[\\s\\u00a0]*$`, 'u'),
  /** The same office right after the verb, ending its sentence: "«…», — уточнили в пресс-службе Минцифры." */
  officeAfterVerb: new RegExp(`^[\\s\\u00a0]+${OFFICE_PHRASE}[\\s\\u00a0]*[.!?…]?[\\s\\u00a0]*$`, 'u'),
  /** A noun in the dative that ends the office's words: who was told ("В министерстве … журналистам ответили"). */
  addresseeAtEnd: /[\s\u00a0]+(?:журналистам|репортерам|корреспонденту|корреспондентам|изданию|агентству|телеканалу|газете|редакции|нам)$/,
  /** A lower-case word in -у/-ю ending the office's words: the verb's object ("отмену", "позицию"), no genitive. */
  accusativeAtEnd: /[\s\u00a0]+[а-яё-]+[ую]$/,
  /** A lower-case word after a capitalised noun (not an adjective, as in "Московской области") ending them: the verb's
   *  object too ("… администрации Перми перенос"). Group 1: the words before it. */
  wordAfterName: /([\s\u00a0]+\p{Lu}[\p{L}-]*(?<!ой|ей|ого|его|ых|их|ий|ый|ая|ое))[\s\u00a0]+[а-яё-]+$/u,
  /** A name in marks that ends the office's complement: who was told ("В прокуратуре области «Ура.ру» сообщили"). */
  toldAtEnd: /[\s\u00a0]+«[^«»]+»$/,
  /** The noun before it, when the name is in apposition to a body ("В пресс-службе компании «Озон» уточнили"). */
  bodyNounAtEnd: /(?:компании|банка|фонда|холдинга|завода|концерна|группы|корпорации|театра|музея|клуба|партии|движения|центра)$/,
  /** Adjectives of an administrative level, stressed on the ending: "областной", "краевой", "городской". */
  stressedEnding: /^(?:областн|краев|окружн|городск|волостн)/,
  locativeOfficeEnding: /(?:стве|нии|ии|бе|ре|е)$/,
  velarStem: /[гкхжшчщ]$/,
};

const VERB_END = /(?:л|ла|ло|ли|лся|лась|лись|ет|ёт|ит|ют|ят|ут|ает|ется|ется)$/;

export function verbGender(l: string): 'm' | 'f' | 'x' {
  if (REGEXPS.feminineVerbEnd.test(l)) return 'f';
  if (REGEXPS.masculineVerbEnd.test(l)) return 'm';
  return 'x';
}

/** `text.split(' ')[0]`, without the array. */
export function firstWord(text: string): string {
  const space = text.indexOf(' ');
  return space < 0 ? text : text.slice(0, space);
}

/** Two letters as one number (a Map keyed by it hashes no string). */
export const letterPair = (a: number, b: number): number => a * 65536 + b;

/** The stems of RU_SPEECH_STEMS by their first two letters: a word is compared only with those it can start with. */
const SPEECH_STEMS_BY_START = new Map<number, string[]>();
for (const s of RU_SPEECH_STEMS) {
  const key = letterPair(s.charCodeAt(0), s.charCodeAt(1));
  const list = SPEECH_STEMS_BY_START.get(key);
  if (list) list.push(s);
  else SPEECH_STEMS_BY_START.set(key, [s]);
}

/** `l`: a word in lower case (Tok.lw). */
export function ruSpeechVerb(l: string): 'm' | 'f' | 'x' | null {
  // (Stems first: a word that starts no stem is most words, and the ending regex scans the whole word. Every stem
  // has four letters or more.)
  const stems = l.length >= 4 ? SPEECH_STEMS_BY_START.get(letterPair(l.charCodeAt(0), l.charCodeAt(1))) : undefined;
  if (!stems || !verbLast(l)) return null;
  let found = false;
  for (const s of stems) if (l.startsWith(s)) { found = true; break; }
  if (!found || !VERB_END.test(l)) return null;
  return verbGender(l);
}

/**
 * "В пресс-службе Минфина уточнили", "В Министерстве транспорта России заявили", "В пресс-службе «Озона»
 * уточнили": a body's office in the locative with its genitive complement, before a plural verb with no subject,
 * speaks; its head noun goes back to the nominative, the complement keeps its case. (A lone "в ведомстве" is
 * left to the body nouns; a body's own name, "в Кремле", to the names.)
 */
export function locatedOffice(f: Frame, v: number, sentStart: number): Subject | null {
  if (!REGEXPS.pluralPast.test(f.toks[v]!.lw)) return null;
  const m = REGEXPS.locatedOfficeClause.exec(f.text.slice(sentStart, f.toks[v]!.start));
  return m ? officeSubject(m, sentStart + m.index) : null;
}

/**
 * "«…», — уточнили в пресс-службе Минцифры.", "— сообщили в пресс-службе «Ротора»": the same office after a plural
 * verb with no subject, closing the sentence, speaks.
 */
export function officeAfterVerb(f: Frame, v: number, sentEnd: number): Subject | null {
  if (!REGEXPS.pluralPast.test(f.toks[v]!.lw)) return null;
  const from = f.toks[v]!.end;
  const m = REGEXPS.officeAfterVerb.exec(f.text.slice(from, sentEnd));
  return m ? officeSubject(m, from) : null;
}

/** The office of an OFFICE_PHRASE match at `at` as a subject: its head noun in the nominative, the complement as written. */
function officeSubject(m: RegExpExecArray, at: number): Subject | null {
  const [, phrase, adjective, head] = m as unknown as [string, string, string | undefined, string];
  // (Who was told stands after the office: "журналистам", "корреспонденту", "изданию".)
  // (Nor is the verb's object: "В управлении культуры … отмену объяснили": a word in -у/-ю is no genitive.)
  let complement = m[4]!.replace(REGEXPS.addresseeAtEnd, '').replace(REGEXPS.accusativeAtEnd, '').replace(REGEXPS.wordAfterName, '$1');
  // "В региональном минздраве «Медузе» ответили": the outlet that was told is not part of the office.
  const told = REGEXPS.toldAtEnd.exec(complement);
  if (told && (adjective || complement.length > told[0].length) && !REGEXPS.bodyNounAtEnd.test(complement.slice(0, told.index))) complement = complement.slice(0, told.index);
  // (A lone "в ведомстве" is left to the body nouns; "в региональном минздраве" names an office.)
  if (!adjective && !complement.trim()) return null;
  const start = at + m[0].indexOf(phrase);
  const ending = REGEXPS.locativeOfficeEnding.exec(head)?.[0] ?? '';
  const nominative = head.slice(0, head.length - ending.length) + (LOCATIVE_TO_NOMINATIVE[ending] ?? '');
  const adjectiveNominative = adjective ? nominativeAdjective(adjective.trim(), LOCATIVE_TO_NOMINATIVE[ending] ?? '') + ' ' : '';
  return { kind: 'nominal', text: adjectiveNominative + nominative + complement, start, end: start + (adjective?.length ?? 0) + head.length + complement.length };
}

/** An adjective in the locative back to the nominative, agreeing with its noun's nominative ending. */
function nominativeAdjective(adjective: string, nounEnding: string): string {
  const stem = adjective.slice(0, -2);
  const soft = adjective.endsWith('ем') || adjective.endsWith('ей');
  if (nounEnding === 'а' || nounEnding === 'ба' || nounEnding === 'ра' || nounEnding === 'ия') return stem + (soft ? 'яя' : 'ая');
  if (nounEnding === 'ство' || nounEnding === 'ние') return stem + (soft ? 'ее' : 'ое');
  return stem + (REGEXPS.stressedEnding.test(stem) ? 'ой' : soft || REGEXPS.velarStem.test(stem) ? 'ий' : 'ый');
}

/** Locative endings of body nouns and their nominatives ("пресс-службе" → "пресс-служба", "суде" → "суд"). */
const LOCATIVE_TO_NOMINATIVE: Record<string, string> = { 'стве': 'ство', 'нии': 'ние', 'ии': 'ия', 'бе': 'ба', 'ре': 'ра', 'е': '' };

/**
 * Is the name at token i governed by a preposition, right before it or past the words that agree with the name
 * ("в Каире", "в своем Telegram-канале", "на официальном YouTube-канале")? Such a name is a place or an object.
 */
export function governedAt(f: Frame, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = f.toks[k]!;
    if (!REGEXPS.onlyBlanks.test(f.frame.slice(t.end, f.toks[k + 1]!.start))) return false;
    if (REGEXPS.preposition.test(t.lw)) return true;
    if (!REGEXPS.agreeingModifier.test(t.lw)) return false;
    // "адвокат одного из задержанных Алсу N": a plural word agrees with no one person's name (first name and
    // surname) after it; it is a noun of its own, and the name stands in apposition to the phrase.
    if (k === i - 1 && REGEXPS.pluralOblique.test(t.lw) && personNameAt(f, i)) return false;
  }
  return false;
}

/** Two capitalised words at token i, only blanks between: a person's first name and surname. */
function personNameAt(f: Frame, i: number): boolean {
  const [a, b] = [f.toks[i], f.toks[i + 1]];
  return !!a && !!b && a.w !== a.lw && b.w !== b.lw && REGEXPS.onlyBlanks.test(f.frame.slice(a.end, b.start));
}

/**
 * "Олег Брандин на встрече с журналистами заявил", "Сергей Лавров после встречи с турецким коллегой Хаканом
 * Фиданом сказал": a person's name right before a circumstance that a preposition opens (a few words, no
 * punctuation) is the verb's subject.
 */
export function personBeforeCircumstance(f: Frame, j: number, sentStart: number, oneSpeaker = false): Subject | null {
  for (let k = j; k > 0 && k > j - 9; k--) {
    const prev = f.toks[k - 1]!;
    if (prev.start < sentStart || !REGEXPS.onlyBlanks.test(f.frame.slice(prev.end, f.toks[k]!.start))) return null;
    if (!REGEXPS.preposition.test(f.toks[k]!.lw)) continue;
    const run = prev.last;
    // (And a body named by its institution noun: "Министерство экономического развития в своем комментарии указало".)
    if (run && (personish(run) || institutionRun(run.toks)) && run.toks[run.toks.length - 1] === prev) return { kind: 'name', run, role: null, nominative: true };
    // "Сам Ракитин в последнем слове сказал": a surname alone, governed by nothing, before a verb of one speaker.
    // (A word with a surname's ending, not a common noun opening the sentence: «Источник в правительстве сообщил».)
    if (oneSpeaker && run && run.toks.length === 1 && run.toks[0] === prev && !isAcronym(prev.w) && genderOfRu(run.toks) && !roleLemma(prev.lw)
      && !governedAt(f, prev.i)) return { kind: 'name', run, role: null, nominative: true };
    // "Она в интервью телеканалу сказала", "Я в перерыве сказал": a pronoun before the circumstance.
    const g = RU_PRONOUNS[prev.lw];
    if (g && Object.prototype.hasOwnProperty.call(RU_PRONOUNS, prev.lw)) return { kind: 'pron', gender: g, start: prev.start, end: prev.end };
  }
  return null;
}

/** Another verb of saying later in the sentence. */
export function laterSpeechVerb(f: Frame, v: number, sentEnd: number): boolean {
  for (let k = v + 1; k < f.toks.length && f.toks[k]!.start < sentEnd; k++) if (ruSpeechVerb(f.toks[k]!.lw)) return true;
  return false;
}

/** Another verb of saying earlier in the sentence ("X заявила, что «…», передает ТАСС"). */
export function earlierSpeechVerb(f: Frame, v: number, sentStart: number): boolean {
  for (let k = v - 1; k >= 0 && f.toks[k]!.start >= sentStart; k--) if (ruSpeechVerb(f.toks[k]!.lw)) return true;
  return false;
}

/** Index of the token before a relay noun at `i` and the words that lead to it ("в интервью телеканалу"). */
export function relaySkip(f: Frame, i: number): number {
  while (i > 0 && (REGEXPS.preposition.test(f.toks[i - 1]!.lw) || REGEXPS.relayNoun.test(f.toks[i - 1]!.lw))) i--;
  return i - 1;
}

/**
 * A subject that ends in a name in marks: the name itself when it stands alone or in apposition ("«Газпром»
 * признал", "Telegram-канал «Рыбарь» пишет", "в «Газпроме» заявили"); the noun with it when the name is its
 * genitive complement ("Пресс-служба «Спартака» сообщила").
 */
export function subjectWithQuotedName(f: Frame, s: Span, j: number, sentStart: number): Subject | null {
  const t = f.toks[j];
  if (!t || t.start < sentStart || REGEXPS.conjunction.test(t.lw) || ruSpeechVerb(t.lw)) return quotedSubject(s, '');
  if (REGEXPS.preposition.test(t.lw)) return quotedSubject(s, t.lw + ' ');
  if (nominativeInMarks(s)) return quotedSubject(s, '');
  // (Not a circumstance: "В пресс-службе «…»", "на запрос «…»".)
  const start = phraseStart(f, j, sentStart);
  if (start < 0) return null;
  const from = start > 0 && f.toks[start - 1]!.start >= sentStart ? start - 1 : start;
  for (let x = from; x <= j; x++) if (REGEXPS.preposition.test(f.toks[x]!.lw)) return null;
  const first = f.toks[start]!;
  return { kind: 'nominal', text: f.text.slice(first.start, s.close + 1), start: first.start, end: s.close + 1 };
}

/** The first token of the noun phrase ending at token j: back to the sentence start, a comma or a dash. */
export function phraseStart(f: Frame, j: number, sentStart: number): number {
  let k = j;
  while (k > 0 && f.toks[k - 1]!.start >= sentStart && REGEXPS.onlyBlanksOrQuote.test(f.frame.slice(f.toks[k - 1]!.end, f.toks[k]!.start))) {
    if (ruSpeechVerb(f.toks[k - 1]!.lw) || REGEXPS.conjunction.test(f.toks[k - 1]!.lw)) break;
    k--;
  }
  // A noun phrase is a few words; a whole clause before the verb is not one. From the sentence's start it may carry
  // a circumstance ("Источник в турецком МИД на условиях анонимности сказал").
  const max = f.frame.slice(sentStart, f.toks[k]!.start).trim() === '' ? 8 : 5;
  return j - k <= max && REGEXPS.nounStart.test(f.toks[k]!.w) ? k : -1;
}

export function lastTokBefore(f: Frame, at: number): number {
  let best = -1;
  for (let i = 0; i < f.toks.length && f.toks[i]!.end <= at; i++) best = i;
  return best;
}
