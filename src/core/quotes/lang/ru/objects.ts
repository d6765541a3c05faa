/**
 * Who is not the subject of a verb of saying, though a name stands near it: the publication that was told ("сказал
 * РБК собеседник"), an object or a complement ("с коллегой Хаканом Фиданом", "на вопрос РБК"); and the words that
 * tell the subject's phrase goes on (a place of origin, a person later in the clause).
 */
import { tokAtOrAfter, type Frame } from '../../frame';
import type { Run } from '../../runs';
import { CLAUSE_REGEXPS as REGEXPS, finiteVerb, ruSpeechVerb } from './clauses';
import { RU_ROLE_WORDS } from './lexicon';
import { firstNameRu, obliqueName, splitOf } from './names';
import { roleLemma } from './roles';
import { personish } from './shapes';
import { isAcronym, startsLower } from './letters';

/**
 * "сказал РБК собеседник в Кремле": a publication's name (an acronym in it) right after the verb with a lower-case
 * noun phrase after it is who was told, and the phrase is the subject. Not after a verb of relaying, whose object is the
 * speaker ("цитирует Сибигу агентство").
 */
export function addressee(f: Frame, v: number, run: Run, sentEnd: number): boolean {
  // (A publication's name, not a surname: "рассказал Черных корреспонденту" is the speaker and the one told.)
  if (run.toks[0]!.i !== v + 1 || !run.toks.some((t) => isAcronym(t.w)) || REGEXPS.relayVerb.test(f.toks[v]!.lw)) return false;
  const next = f.toks[run.toks[run.toks.length - 1]!.i + 1];
  if (!next || next.start >= sentEnd || !REGEXPS.onlyBlanks.test(f.frame.slice(run.end, next.start))) return false;
  // "— заявили РБК в компании": after a plural verb with no subject, a body in the locative speaks; the publication
  // before it was told.
  const noun = f.toks[next.i + 1];
  if ((next.lw === 'в' || next.lw === 'во') && REGEXPS.pluralPast.test(f.toks[v]!.lw) && noun && noun.start < sentEnd
    && startsLower(noun.w) && !REGEXPS.preposition.test(noun.lw) && !REGEXPS.notANoun.test(noun.lw)) return true;
  return startsLower(next.w) && !REGEXPS.preposition.test(next.lw) && !REGEXPS.conjunction.test(next.lw)
    && !REGEXPS.notANoun.test(next.lw) && !finiteVerb(next.lw);
}

/** "из Твери", "из ВШЭ": a preposition of origin before a name. */
export function originAhead(f: Frame, k: number): boolean {
  const next = f.toks[k + 1];
  return f.toks[k]!.lw === 'из' && !!next?.first && REGEXPS.onlyBlanks.test(f.frame.slice(f.toks[k]!.end, next.start));
}

/**
 * A run that ends a place in a person's full name: "(в) Вологодской области Андрей Лыков", "(из) Весьегонска Виктор
 * Лапшин". A preposition before it governs the place, not the person: the place has a lower-case word, or the name
 * opens on a first name in the nominative, which no preposition governs ("с Сергеем Шойгу" is in the instrumental).
 */
export function placeThenPerson(run: Run): boolean {
  const split = splitOf(run);
  if (split.name.length < 2 || !split.role.length) return false;
  return (split.role.some((x) => startsLower(x.w)) || firstNameRu(split.name[0]!.w) === split.name[0]!.w) && personish(run);
}

/** A person's name later in the clause, not governed by a preposition ("министр по делам … Олег Брандин"). */
export function personAhead(f: Frame, k: number, sentEnd: number): boolean {
  for (let i = k; i < f.toks.length && i < k + 8; i++) {
    const t = f.toks[i]!;
    if (t.start >= sentEnd || (i > k && REGEXPS.clauseMark.test(f.frame.slice(f.toks[i - 1]!.end, t.start)))) return false;
    if (t.first && personish(t.first)) return i === 0 || !REGEXPS.preposition.test(f.toks[i - 1]!.lw) || placeThenPerson(t.first);
  }
  return false;
}

/**
 * A name that cannot be a subject by its form or its place: every word in an oblique case ("Хаканом Фиданом"),
 * after a preposition that takes no locative ("с The Moscow Times"), or an acronym that completes the lower-case
 * noun before it ("на вопрос РБК").
 */
/** A Russian surname in -ов/-ев/-ин/-ын in the dative or the instrumental (-у, -ым): no nominative ends so. */
const OBLIQUE_SURNAME = /^\p{Lu}\p{Ll}+(?:ов|ев|ёв|ин|ын)(?:у|ым)$/u;

export function objectRun(f: Frame, run: Run): boolean {
  const first = run.toks[0]!;
  if (obliqueName(splitOf(run).name)) return true;
  // «Ростову возражает его коллега», «с Ростовым»: a surname alone in the dative or the instrumental (or a woman's in
  // the accusative), which no nominative ends like.
  if (run.toks.length === 1 && OBLIQUE_SURNAME.test(first.w)) return true;
  const prev = f.toks[first.i - 1];
  if (!prev || !REGEXPS.onlyBlanks.test(f.frame.slice(prev.end, first.start))) return false;
  if (REGEXPS.objectPreposition.test(prev.lw)) return true;
  return run.toks.every((t) => isAcronym(t.w)) && startsLower(prev.w) && !REGEXPS.preposition.test(prev.lw)
    && !REGEXPS.conjunction.test(prev.lw) && !RU_ROLE_WORDS.has(prev.lw) && !roleLemma(prev.lw) && !ruSpeechVerb(prev.lw) && !finiteVerb(prev.lw);
}

const WORDS_REGEXPS = {
  /** The words a relay repeats: «приводит слова …», «цитирует последнее слово …», «передает высказывание …». */
  wordsNoun: /^(?:слова|слово|высказывание|реплику|признание|фразу)$/,
  wordsPhrase: /^(?:[а-яё]+[\s\u00a0]+)?(?:слова|слово|высказывание|реплику|признание|фразу)$/,
  /** Who relays, in the nominative, after the speaker's genitive: «… пресс-служба клуба», «… агентство». */
  relayer: /^(?:пресс-служба|агентство|издание|газета|телеканал|канал|портал|сайт|журнал|радиостанция|ведомство|министерство)$/,
};

/**
 * «— приводит агентство слова главы региона», «— цитирует последнее слово подсудимого «Медиазона»»: after a verb of
 * relaying, the phrase in the genitive after the noun of words is whose words they are; the subject of the verb (the
 * agency, the press service) only relays them. The phrase's span, or null when no noun of words opens it.
 */
/** «слова», «последнее слово»: the noun of words a relay's object opens on, no role of the speaker named after it. */
export const isWordsPhrase = (text: string): boolean => WORDS_REGEXPS.wordsPhrase.test(text);

export function relayedWordsOf(f: Frame, from: number, to: number): { start: number; end: number } | null {
  let k = tokAtOrAfter(f, from);
  while (k < f.toks.length && f.toks[k]!.end <= to && !WORDS_REGEXPS.wordsNoun.test(f.toks[k]!.lw)) k++;
  const first = f.toks[k + 1];
  if (k >= f.toks.length || !first || first.end > to || !startsLower(first.w) || WORDS_REGEXPS.relayer.test(first.lw)) return null;
  let end = first.end;
  for (let j = k + 2; j < f.toks.length; j++) {
    const t = f.toks[j]!;
    // (Up to the relayer, a mark or the end of the phrase: the genitive's own complement, «главы региона», stays.)
    if (t.end > to || WORDS_REGEXPS.relayer.test(t.lw) || !startsLower(t.w) || !REGEXPS.onlyBlanks.test(f.frame.slice(end, t.start))) break;
    end = t.end;
  }
  return { start: first.start, end };
}
