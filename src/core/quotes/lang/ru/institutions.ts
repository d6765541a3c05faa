/**
 * Bodies named by a common noun and its complement: «Ассоциация туроператоров России», «Союз журналистов»,
 * «Центр макроэкономического анализа», «Комитет по туризму Санкт-Петербурга», «Институт вирусологии имени …».
 * Russian spelling capitalises only the first word of such a name (and the proper names in it), so a capitalised
 * institution noun followed by lower-case genitives is one name, whatever the body; only its head declines.
 */
import type { Tok } from '../../tokens';
import { isAcronym, startKey, startsLower, startsUpper } from './letters';

/** Nouns for a kind of institution (nominative): the closed class of Russian body types, not any body's name. */
const RU_INSTITUTION_NOUNS = `
ассоциация союз федерация фонд центр институт агентство служба палата академия совет инспекция комиссия комитет
объединение общество организация корпорация концерн холдинг университет музей театр управление департамент
министерство банк партия движение лига суд прокуратура администрация правительство мэрия дума собрание
библиотека консерватория школа училище колледж лаборатория обсерватория больница госпиталь поликлиника клиника
биржа палата трибунал совет коллегия бюро дирекция штаб отдел главк гильдия клуб федерация
`.trim().split(/\s+/);

const REGEXPS = {
  /** A noun's ending after its stem: nothing, the nominative's vowel or soft sign, or a singular or plural case's. */
  caseEnding: /^(?:|а|я|о|ь|й|у|ю|е|и|ы|ом|ем|ой|ей|ою|ею|ью|ам|ям|ами|ями|ах|ях|ов|ев)$/,
  /** The vowel or soft sign a nominative ends in, dropped for the stem: "академия" → "академи", "музей" → "музе". */
  nominativeEnding: /[аяоеьй]$/,
  capital: /^\p{Lu}/u,
  lower: /^\p{Ll}/u,
  /** A lower-case word in the genitive (singular or plural, noun or adjective): "туроператоров", "социального". */
  genitive: /^[а-яё-]{3,}(?:ов|ев|ей|ий|ого|его|ой|ых|их|ия|ии|а|я|ы|и)$/,
  /** A past verb (it ends the name: "Фонд заявила" is not a name's word): "заявила", "сообщили". */
  pastVerb: /(?:ла|ли|ло|лся|лась|лись)$/,
  /** Adverbs with a genitive's ending: never a name's word ("Фонд сегодня сообщил"). */
  adverb: /^(?:сегодня|вчера|завтра|сначала|никогда|всегда|тогда|иногда|когда|снова|слишком|вскоре|весьма|ранее|теперь|сейчас|потом|также|тоже|уже|еще|ещё|зачастую|впервые)$/,
  /** Words that join a complement inside the name: "Комитет по туризму", "Институт … имени Ивановского". */
  joiner: /^(?:по|имени)$/,
  acronym: /^\p{Lu}{2,}$/u,
  /** A place's name in the genitive: "России", "Москвы", "Татарстана", "Казани". */
  placeGenitive: /^\p{Lu}\p{Ll}{2,}(?:ии|ы|и|а)$/u,
  /** A capitalised adjective in the nominative: "Российский", "Следственное", "Федеральная". */
  capitalNominativeAdjective: /^\p{Lu}\p{Ll}{2,}(?:ый|ий|ой|ая|яя|ое|ее)$/u,
  /** A plural genitive: "промышленников", "предпринимателей", "журналистов". */
  pluralGenitive: /^[а-яё-]{4,}(?:ов|ев|ей)$/,
  /** A capitalised adjective in an oblique case: "Национального", "Верховному", "Центральном". */
  capitalObliqueAdjective: /^\p{Lu}\p{Ll}{3,}(?:ого|его|ому|ему|ым|им|ом|ем|ой|ей|ую|юю)$/u,
};

const STEMS = new Map<string, string>();
for (const n of RU_INSTITUTION_NOUNS) STEMS.set(n.replace(REGEXPS.nominativeEnding, ''), n);

/** An institution noun in a case that follows a verb or a role noun as its complement or place ("в ассоциации",
 *  "заявлении союза"), as a regex source for the pack's body nouns; not the neuter or soft nominative ("цитирует
 *  губернатора агентство": the agency that relays). */
export const INSTITUTION_FORM = `(?:${[...STEMS.keys()].join('|')})(?:а|я|у|ю|е|и|ы|ом|ем|ой|ей|ою|ею|ам|ям|ами|ями|ах|ях|ов|ев)?`;

/** The first three letters of every stem (startKey): a word that starts otherwise is no institution noun (the
 *  shortest cut below leaves three letters), found with no string cut or hashed. */
const STEM_STARTS = new Set([...STEMS.keys()].map(startKey));

/** The institution noun a word is a form of ("Ассоциации" → "ассоциация", "Союзе" → "союз"), or null. */
export function institutionNoun(lower: string): string | null {
  if (!STEM_STARTS.has(startKey(lower))) return null;
  for (let cut = lower.length; cut >= Math.max(3, lower.length - 3); cut--) {
    const n = STEMS.get(lower.slice(0, cut));
    if (n && REGEXPS.caseEnding.test(lower.slice(cut))) return n;
  }
  return null;
}

/**
 * Does `next` continue the body's name being built in `cur`, which opens on a capitalised institution noun (or a
 * capitalised adjective and the noun) and has only lower-case words after it so far ("Ассоциации" + "туроператоров")?
 * At most four such words; `after` is the word after `next`.
 */
export function continuesInstitution(cur: readonly Tok[], prev: Tok, next: Tok, after?: Tok): boolean {
  if (!cur.length || next.w !== next.lw) return false;
  // The head: the capitalised noun that opens the name, or the lower-case noun after a capitalised adjective that
  // opens it ("Российский союз промышленников", "Следственное управление …").
  const h = cur[0]!.w !== cur[0]!.lw && institutionNoun(cur[0]!.lw) ? 0
    : cur.length >= 2 && REGEXPS.capitalNominativeAdjective.test(cur[0]!.w) && startsLower(cur[1]!.w) && institutionNoun(cur[1]!.lw) === cur[1]!.lw ? 1 : -1;
  if (h < 0 || cur.length - h > 4) return false;
  const head = cur[h]!;
  for (let i = h + 1; i < cur.length; i++) if (!startsLower(cur[i]!.w)) return false;
  if (REGEXPS.adverb.test(next.lw) || REGEXPS.pastVerb.test(next.lw)) return false;
  // (After "по", the noun it governs, in the dative: "по туризму", "по делам молодежи".)
  if (REGEXPS.joiner.test(prev.lw) && prev !== head) return true;
  // ("промышленников и предпринимателей": «и» between two plural genitives joins them inside the name.)
  if (next.lw === 'и') return prev !== head && REGEXPS.pluralGenitive.test(prev.lw) && !!after && after.w === after.lw && REGEXPS.pluralGenitive.test(after.lw);
  if (prev.lw === 'и') return REGEXPS.pluralGenitive.test(next.lw);
  return REGEXPS.genitive.test(next.lw) || (cur.length === h + 1 && REGEXPS.joiner.test(next.lw));
}

/** "Национального банка", "Верховному суду": a capitalised adjective in an oblique case and an institution noun. */
export function obliqueAdjectiveInstitution(prev: Tok, next: Tok): boolean {
  // (Cheap tests first: this is asked of every lower-case word after a capitalised one.)
  return next.w === next.lw && prev.w !== prev.lw && REGEXPS.capitalObliqueAdjective.test(prev.w) && !!institutionNoun(next.lw);
}

/** "МВД по Башкирии", "ГУ МВД по Свердловской области": «по» after a body's acronym, before a capitalised place. */
export function acronymForRegion(cur: readonly Tok[], next: Tok, after: Tok | undefined): boolean {
  const last = cur[cur.length - 1];
  return next.lw === 'по' && !!last && !!after && isAcronym(last.w) && after.w !== after.lw;
}

/** A body's name opening on an institution noun with a lower-case complement: only the head goes back to the
 *  nominative ("Ассоциации туроператоров России" → "Ассоциация туроператоров России"); null for any other name. */
export function institutionNominative(words: readonly string[]): string[] | null {
  if (words.length < 2 || !startsLower(words[1]!)) return null;
  const n = institutionNoun(words[0]!.toLowerCase());
  if (!n || !startsUpper(words[0]!)) return null;
  return [n[0]!.toUpperCase() + n.slice(1), ...words.slice(1)];
}

/** Does a run open on a capitalised institution noun (or a capitalised adjective and the noun) followed by a
 *  lower-case word or a capitalised adjective in the genitive, or on an acronym and «по» (a body's whole name)? */
export function institutionRun(run: readonly Tok[]): boolean {
  if (run.length < 2) return false;
  // («Прокуратура Пензенской области», «Администрация Кемского района»: the noun, then a capitalised adjective of
  // place in the genitive.)
  // («Банк России», «Правительства Москвы»: the noun in any case and the one place it serves, in the genitive.)
  if (!startsLower(run[1]!.w)) {
    if (run.length === 2) return startsUpper(run[0]!.w) && !!institutionNoun(run[0]!.lw) && REGEXPS.placeGenitive.test(run[1]!.w);
    return REGEXPS.capitalObliqueAdjective.test(run[1]!.w) && startsUpper(run[0]!.w) && !!institutionNoun(run[0]!.lw);
  }
  if (isAcronym(run[0]!.w)) return run[1]!.lw === 'по';
  // (Or a capitalised adjective and the noun in the nominative: «Следственное управление СК по …», «Российский союз …».)
  return startsUpper(run[0]!.w) && (!!institutionNoun(run[0]!.lw) || (REGEXPS.capitalNominativeAdjective.test(run[0]!.w) && institutionNoun(run[1]!.lw) === run[1]!.lw));
}
