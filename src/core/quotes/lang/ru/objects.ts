/**
 * Who is not the subject of a verb of saying, though a name stands near it: the publication that was told ("сказал
 * РБК собеседник"), an object or a complement ("с коллегой Хаканом Фиданом", "на вопрос РБК"); and the words that
 * tell the subject's phrase goes on (a place of origin, a person later in the clause).
 */
import type { Frame } from '../../frame';
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
export function objectRun(f: Frame, run: Run): boolean {
  const first = run.toks[0]!;
  if (obliqueName(splitOf(run).name)) return true;
  const prev = f.toks[first.i - 1];
  if (!prev || !REGEXPS.onlyBlanks.test(f.frame.slice(prev.end, first.start))) return false;
  if (REGEXPS.objectPreposition.test(prev.lw)) return true;
  return run.toks.every((t) => isAcronym(t.w)) && startsLower(prev.w) && !REGEXPS.preposition.test(prev.lw)
    && !REGEXPS.conjunction.test(prev.lw) && !RU_ROLE_WORDS.has(prev.lw) && !roleLemma(prev.lw) && !ruSpeechVerb(prev.lw) && !finiteVerb(prev.lw);
}
