/**
 * Russian names: role/name split, stems for matching inflected mentions (Пескова, Пескову → песков), the
 * nominative of a name met in the genitive, gender from surname and first-name endings.
 *
 * Over ~350 lines: the split, the keys and the nominative must read a name the same way (a body's short name and its
 * genitive, a first name in any case), so they share one table of endings and its helpers here.
 */
import { lowerCase, type Tok } from '../../tokens';
import type { Run } from '../../runs';
import { isAcronym, secondLower, startsLower } from './letters';
import { notOnePersonShape, splitAt, type Split } from '../common';
import type { Gender } from '../../cues';
import { ministryShort, ministryShortNominative, RU_FEMALE_FIRST, RU_MALE_FIRST, RU_ROLE_WORDS } from './lexicon';
import { roleLemma } from './roles';
import { acronymForRegion, continuesInstitution, institutionNominative, institutionNoun, institutionRun, obliqueAdjectiveInstitution } from './institutions';

const REGEXPS = {
  /** Capitalised words that belong to a role: acronyms and bodies in the genitive. */
  roleCapital: /^(?:\p{Lu}{2,}|Госдумы|Кремля|Минобороны|Генпрокуратуры)$/u,
  locativeLead: /(?:^|[\s\u00a0])(?:в|во|на|о|об|при)[\s\u00a0]+$/i,
  locativeEnding: /[бвгджзклмнпрстфхцчшщ]е$/,
  /** "Кремле" → "Кремль": a soft л before the ending. */
  softLocative: /ле$/,
  patronymic: /(?:ович|евич|ьич|овна|евна|ична|инична)$/,
  /** A Russian man's surname in the genitive, dative or instrumental: "Кольцова", "Кольцову", "Ильиным". */
  surnameOblique: /(?:ов|ев|ёв|ин|ын)(?:а|у|ым)$/,
  yo: /ё/g,
  caseEnding: /^(.{3,}?)(?:ыми|ими|ого|его|ому|ему|ой|ей|ым|им|ом|ем|ую|юю|ая|яя|ий|ый|а|я|у|ю|е|ы|и|ь)$/,
  feminineGenitive: /(?:ой|ии|[^и]ы|ги|ки)$/,
  adjectiveGenitive: /(?:ого|его)$/,
  masculineGenitive: /(?:ия|ея|ого|его)$/,
  hasAcronym: /\p{Lu}{2,}/u,
  skijGenitive: /ского$|цкого$/,
  ogoEnding: /ого$/,
  iyaEnding: /ия$/,
  eyaEnding: /ея$/,
  iiEnding: /ии$/,
  ovaGenitive: /(?:ов|ев|ин|ын)ой$/,
  oyEnding: /ой$/,
  velarI: /[гкхжшчщ]и$/,
  iEnding: /и$/,
  yEnding: /ы$/,
  consonantY: /[бвдзлмнпрстфц]ы$/,
  consonantA: /[бвгджзклмнпрстфхцчшщ]а$/,
  lyaEnding: /ля$/,
  consonantOm: /^.{2,}[бвгдзклмнпрстфх]ом$/,
  softEm: /^.{3,}[лр]ем$/,
  /** "Бильгичем", "Лукашем": a man's name in the instrumental after a hushing consonant. */
  hushingEm: /^.{3,}[жшчщц]ем$/,
  /** A foreign name that does not decline: "Танжу", "Назари", "Пачеко". */
  indeclinable: /[иоуюэ]$/,
  yaEnding: /я$/,
  skayaOblique: /(?:ской|цкой)$/,
  ovaOblique: /(?:ов|ев|ин|ын)(?:ой|у)$/,
  ovaObliqueEnding: /(?:ой|у)$/,
  skijOther: /(?:ском|скому|ским|цком|цкому|цким)$/,
  skijOtherEnding: /(?:ом|ому|им)$/,
  ovOblique: /(?:ов|ев|ин|ын)(?:а|у|ым|е)$/,
  ovObliqueEnding: /(?:а|у|ым|е)$/,
  consonantOblique: /[бвгджзклмнпрстфхцчшщ](?:ом|а|е)$/,
  consonantObliqueEnding: /(?:ом|а|е)$/,
  feminineSurname: /(?:ова|ева|ина|ына|ская|цкая|ая)$/,
  masculineSurname: /(?:ов|ев|ин|ын|ский|цкий|ой|ий|ый)$/,
  feminineFirstName: /[ая]$/,
  softFeminineException: /(?:ья|ия)$/,
  /** Endings of abstract nouns and adjectives: "Культура", "Правительство", "Россия". */
  notASurname: /(?:ура|ство|ция|ия|ие|ый|ой|ая|ое|ые)$/,
  adjectivalSurname: /(?:ский|цкий|ой|ая)$/,
  /** A country's or a city's name in the genitive: "России", "Германии", "Москвы". */
  placeGenitive: /^\p{Lu}\p{Ll}+(?:ии|вы)$/u,
  /** A body or a country in the genitive: "банка", "компании", "России". */
  bodyInGenitive: /(?:а|я|и|ы)$/,
  /** "Минобороны", "Минцифры", "Минэкономразвития": a ministry's compound name ending in a genitive does not decline. */
  ministryCompound: /^Мин\p{Ll}{3,}(?:ы|ия)$/u,
  /** A man's first name in an oblique case with its last vowel dropped: group 1 the stem before it, group 2 the consonant
   *  after ("Павл-а", "Ль-в-ом"). */
  fleetingVowel: /^(\p{Lu}\p{Ll}*?[бвгджзклмнпрстфхцчшщ]?)ь?([лвнрк])(?:а|у|е|ом)$/u,
  /** A first name's case ending: "Дмитр-ию", "Ольг-ой", "Игор-ем", "Натал-ьей", "Серге-я". */
  firstNameCase: /^(?:а|я|у|ю|е|и|ы|ой|ей|ом|ем|ою|ею|ию|ии|ие|ия|ьи|ью|ье|ья|ьей|ьею)$/,
  smallWord: /^(?:по|и|в|на|о)$/,
  finalSoftOrVowel: /[аяйьоеиы]$/,
  /** A capitalised adjective in the nominative: "Большой", "Конституционный", "Государственная". */
  capitalAdjective: /^\p{Lu}\p{Ll}+(?:ый|ий|ой|ая|яя|ое|ее)$/u,
  /** Nouns that name an institution after its adjective (nominative). */
  institutionNoun: /^(?:театр|суд|комитет|совет|банк|фонд|музей|университет|институт|центр|союз|дума|палата|партия|церковь|собор|завод|комбинат|холдинг|агентство|служба|инспекция|академия|библиотека|консерватория)$/,
  /** A jurisdiction's adjective between the capitalised one and the noun: "Новосибирский областной суд". */
  levelAdjective: /^(?:областн|краев|городск|районн|окружн|межрайонн|республиканск|арбитражн|гарнизонн)(?:ой|ый|ий|ая|ое)$/,
  /** A region's adjective in any singular case but the nominative: "Саратовской", "Пермскому", "Краснодарским". */
  regionAdjective: /(?:ской|ского|ском|скому|ским|скую|цкой|цкого|цком|цкому|цким|цкую|ной|ного|ном|ному|ным|ную)$/,
  regionNoun: /^(?:области|обл|края|крае|краю|района|районе|округа|округе|республики|республике|губернии)$/,
  lowerWord: /^\p{Ll}/u,
  /** A capitalised compound whose second part is lower case: "Акушер-гинеколог", "Пресс-секретарь". */
  commonCompound: /^\p{Lu}\p{Ll}+-\p{Ll}/u,
  /** A long word in the instrumental: "Макроном", "Лавровым", "Эрдоганом". */
  instrumental: /^[а-яё-]{5,}(?:ом|ем|ым)$/,
  /** Any oblique ending a following word of the same name would share. */
  obliqueEnding: /(?:ом|ем|ым|им|ой|ей)$/,
  /** Endings of a body's, a country's or a place's name in the genitive that no first name has: "Минцифры", "России",
   *  "Казани", "Чечни" (a consonant and «и»). */
  bodyGenitive: /(?:ы|ии|[бвгджзклмнпрстфхцчшщ]и)$/,
};

/**
 * Lower-case words that belong to a name in Russian spelling: a region's noun after its adjective ("Саратовской
 * области"), and an institution's noun after the capitalised adjective that opens its name ("Большой театр",
 * "Конституционный суд", "Следственный комитет"), past a jurisdiction's adjective ("Московский городской суд").
 */
export function continuesNameRu(prev: Tok, next: Tok, cur: readonly Tok[] = [], after?: Tok): boolean {
  // (The tests of `next`, anchored at its start, first: most words fail them at their first letter.)
  if (REGEXPS.regionNoun.test(next.w) && REGEXPS.regionAdjective.test(prev.lw)) return true;
  // "Ассоциации туроператоров России", "Комитет по туризму": an institution noun's lower-case complement.
  if (continuesInstitution(cur, prev, next, after) || obliqueAdjectiveInstitution(prev, next)) return true;
  // "МВД по Башкирии", "УФСИН по Пермскому краю": a body's acronym and the region it serves.
  if (acronymForRegion(cur, next, after)) return true;
  // (Or any institution noun in the nominative after a capitalised adjective that opens the name: «Следственное
  // управление», «Федеральная служба».)
  const institution = REGEXPS.institutionNoun.test(next.w) || (cur.length === 1 && REGEXPS.capitalAdjective.test(prev.w) && institutionNoun(next.lw) === next.w);
  return ((institution || REGEXPS.levelAdjective.test(next.w)) && REGEXPS.capitalAdjective.test(prev.w))
    || (institution && REGEXPS.levelAdjective.test(prev.w));
}

/**
 * The words of one Russian name agree in case: after a name in the instrumental ("с Эмманюэлем Макроном"), a
 * word in another case starts the next name ("… Макроном Песков назвал").
 */
export function startsNewNameRu(prev: Tok, next: Tok): boolean {
  // (A first name in any case is followed by its own surname, which may not decline: "Сергеем Шойгу".)
  if (!REGEXPS.instrumental.test(prev.lw) || firstNameLemma(prev.w)) return false;
  return !REGEXPS.obliqueEnding.test(next.lw);
}

/** REGEXPS.roleCapital.test(w): an acronym, or one of its few names, each opening on Г, К or М. */
function roleCapital(w: string): boolean {
  if (secondLower(w)) {
    const c = w.charCodeAt(0);
    if (c !== 0x413 /* Г */ && c !== 0x41a /* К */ && c !== 0x41c /* М */) return false;
  }
  return REGEXPS.roleCapital.test(w);
}

/** runSplit(run, ru) for the pack's own modules, which cannot import the pack: a run's split, worked out once (a run is
 *  asked about again and again: personish, obliqueName, the subject finders). */
export function splitOf(run: Run): Split {
  return (run.split ??= splitRoleRu(run.toks));
}

export function splitRoleRu(run: Tok[]): Split {
  // "Законодательного собрания Петербурга Андрей N", "Ассоциации банков России Анатолий N": a body's name with a
  // lower-case word, then a first name and more, is a role and a person ("имени Дмитрия N" is the body's own).
  let lower = -1;
  for (let i = 0; i < run.length; i++) if (startsLower(run[i]!.w)) lower = i;
  if (lower >= 0 && run.length - lower > 2) {
    const k = run.findIndex((t, i) => i > lower && !!firstNameLemma(t.w) && run[i - 1]!.lw !== 'имени');
    if (k > 0 && run.length - k >= 2) return splitAt(run, k - 1);
  }
  // "Ассоциация банков России" is a body's whole name.
  if (institutionRun(run)) return { role: [], name: run };
  // "Министр", "Глава МИД" at a sentence start: a role, capitalised, with no name after it.
  // (A body in the genitive first, "Банка России", is a body's name, not a role.)
  const opensRole = (t: Tok): boolean => RU_ROLE_WORDS.has(t.lw) && (!REGEXPS.bodyInGenitive.test(t.lw) || !!roleLemma(t.lw));
  if (run.every((t) => RU_ROLE_WORDS.has(t.lw) || roleCapital(t.w)) && opensRole(run[0]!)) return { role: run, name: [] };
  let last = -1;
  for (let i = 0; i < run.length - 1; i++) {
    const t = run[i]!;
    if (roleCapital(t.w) || (i === 0 ? opensRole(t) : RU_ROLE_WORDS.has(t.lw))) last = i;
  }
  // "Губернатор Саратовской области Роман N": with a role word, the name starts after the last lower-case word;
  // without one, "Прокуратура Саратовской области" is a body's name, whole.
  // "Акушер-гинеколог Туяна N", "Врач-онколог Анна N": a compound with a lower-case second part is a common noun,
  // capitalised only because it opens the sentence; no name is written so.
  if (lower < 0 && run.length >= 2 && run[0]!.w.includes('-') && REGEXPS.commonCompound.test(run[0]!.w)) last = Math.max(last, 0);
  // (The role word itself may be gone: a capital that only opens the sentence is not kept in the run.)
  const personAfter = lower >= 0 && run.length - lower > 2 && !!firstNameLemma(run[lower + 1]!.w);
  // "ГСУ СК по Москве", "ГУ МВД по Самарской области": a body's acronyms and the region it serves are one body's name.
  const po = lower > 0 ? run.findIndex((t) => t.lw === 'по') : -1;
  if (po > 0 && po >= run.length - 3 && run.slice(0, po).every((t) => shortBodyName(t.w))) return { role: [], name: run };
  if (lower >= 0) return last >= 0 || personAfter || RU_ROLE_WORDS.has(run[0]!.lw) ? splitAt(run, Math.max(last, lower)) : { role: [], name: run };
  // Russian bodies ("МИД России", "Минобороны России") stay whole; only a person's name loses its role.
  if (run.length - (last + 1) < 2 && shortBodyName(run[0]!.w)) last = -1;
  // "Минцифры Максут Шадаев": a Russian name is a first name, perhaps a patronymic, and a surname; a word before
  // them is a role or a body. Three words with no patronymic are one foreign name ("Реджеп Тайип Эрдоган", "Бадр
  // Абдель Аты", "Мустафа Кемаль Озтюрк") unless the second is a first name ("Ирана Олег Брандин") or the first
  // has a genitive ending no first name has ("Минцифры", "Турции").
  const n = run.length;
  // "Турции Реджепом Тайипом Эрдоганом": a body's or a country's genitive opening a longer run is not the name's.
  while (n - (last + 1) >= 4 && !firstNameLemma(run[last + 1]!.w) && REGEXPS.bodyGenitive.test(run[last + 1]!.lw)) last++;
  if (n - (last + 1) >= 4 || (n - (last + 1) === 3 && REGEXPS.patronymic.test(run[n - 2]!.w))) {
    last = Math.max(last, n - (REGEXPS.patronymic.test(run[n - 2]!.w) ? 4 : 3));
  } else if (n - (last + 1) === 3) {
    const [a, b] = [run[n - 3]!, run[n - 2]!];
    // (Nor a Russian surname in an oblique case, whose person the name after it belongs to: "адвоката Кольцова
    // Андриса N" is Koltsov's lawyer Andris N.)
    if (firstNameLemma(b.w) || (!firstNameLemma(a.w) && (REGEXPS.bodyGenitive.test(a.lw) || REGEXPS.surnameOblique.test(a.lw)))) last = Math.max(last, n - 3);
  }
  return splitAt(run, last);
}

/** An acronym or a ministry's short name ("МИД", "Минобороны"): a body's name, which a genitive may complete. */
function shortBodyName(w: string): boolean {
  return isAcronym(w) || ministryShort(w);
}

/** Russian stem for matching inflected names: Пескова, Пескову, Песковым → песков. */
export function ruStem(w: string): string {
  const lower = lowerCase(w);
  const l = lower.includes('ё') ? lower.replace(REGEXPS.yo, 'е') : lower;
  const m = REGEXPS.caseEnding.exec(l);
  return m ? m[1]! : l;
}

export function keyOfRu(name: Tok[]): string {
  // (A body named with a lower-case word, "Прокуратура Саратовской области", keys on every word; so does one named
  // by its short name and a genitive, "Минобороны России", which is not the country of its last word.)
  if (name.some((t) => startsLower(t.w)) || (name.length > 1 && shortBodyName(name[0]!.w))) return name.map((t) => ruStem(t.lw)).join(' ');
  // Relatives share a surname: a known first name keeps them apart ("Ксения Брандина", "Валентина Брандина",
  // "Олег Брандин"); a lone surname later joins one of them by gender (see Candidates.keyFor).
  const first = name.length >= 2 ? firstNameLemma(name[0]!.w) : null;
  const stem = ruStem(name[name.length - 1]!.lw);
  return first ? `p:${first.lemma.toLowerCase()} ${stem}` : stem;
}

/** A name whose first word is a known first name in another case than the nominative ("Андрея Сибиги"). */
export function obliqueFirstName(name: Tok[]): boolean {
  if (name.length < 2) return false;
  const first = firstNameLemma(name[0]!.w);
  return !!first && first.lemma !== name[0]!.w;
}

/** A man's name in the instrumental, every word of it ("Хаканом Фиданом", "Танжу Бильгичем"). */
function instrumentalName(words: string[]): boolean {
  return words.length > 1 && words.some(instrumentalWord) && words.every((w) => instrumentalWord(w) || REGEXPS.indeclinable.test(w));
}
const instrumentalWord = (w: string): boolean => REGEXPS.consonantOm.test(w) || REGEXPS.softEm.test(w) || REGEXPS.hushingEm.test(w);

/** A name whose own endings show an oblique case: a first name in the genitive, a whole name in the instrumental. */
export function obliqueName(name: Tok[]): boolean {
  return obliqueFirstName(name) || instrumentalName(name.map((t) => t.w));
}

/** The nominative of a first name in any case ("Светланы" → "Светлана"), or null. */
export function firstNameRu(w: string): string | null {
  return firstNameLemma(w)?.lemma ?? null;
}

/** The nominative of a first name from the tables in any case (Дмитрию → Дмитрий, Ольгой → Ольга), and its gender. */
type FirstName = { lemma: string; gender: 'm' | 'f' } | null;
/** Answers already worked out: the same capitalised words are asked about many times per story. */
const FIRST_NAMES = new Map<string, FirstName>();

function firstNameLemma(w: string): FirstName {
  const known = FIRST_NAMES.get(w);
  if (known !== undefined) return known;
  if (FIRST_NAMES.size > 4096) FIRST_NAMES.clear();
  const found = findFirstName(w);
  FIRST_NAMES.set(w, found);
  return found;
}

function findFirstName(w: string): FirstName {
  if (RU_MALE_FIRST.has(w)) return { lemma: w, gender: 'm' };
  if (RU_FEMALE_FIRST.has(w)) return { lemma: w, gender: 'f' };
  // Stems: the name without its case ending (Дмитр-ию, Ольг-ой, Игор-ем, Серге-ем), then a nominative ending.
  for (let len = w.length - 1; len >= Math.max(3, w.length - 3); len--) {
    const base = w.slice(0, len);
    // (What is cut off is a case ending: "Кирсти" is no form of "Кира".)
    if (!REGEXPS.firstNameCase.test(w.slice(len))) continue;
    for (const end of FIRST_NAME_ENDINGS) {
      const cand = base + end;
      // The name's own stem must begin the word: "Дарины" is not a form of "Дарья".
      if (!w.startsWith(cand.replace(REGEXPS.finalSoftOrVowel, ''))) continue;
      if (RU_MALE_FIRST.has(cand)) return { lemma: cand, gender: 'm' };
      if (RU_FEMALE_FIRST.has(cand)) return { lemma: cand, gender: 'f' };
    }
  }
  // A man's name that drops its vowel in the other cases: "Павла", "Павлом" → "Павел"; "Льва" → "Лев".
  const fleeting = REGEXPS.fleetingVowel.exec(w);
  if (fleeting) {
    const cand = `${fleeting[1]!}е${fleeting[2]!}`;
    if (RU_MALE_FIRST.has(cand)) return { lemma: cand, gender: 'm' };
  }
  return null;
}
const FIRST_NAME_ENDINGS = ['', 'й', 'ий', 'ь', 'а', 'я', 'ия', 'ья'];

/** A surname in an oblique case back to the nominative, knowing the gender. */
function surnameLemma(w: string, gender: 'm' | 'f' | null): string {
  if (REGEXPS.hasAcronym.test(w)) return w;
  if (gender === 'f') {
    if (REGEXPS.skayaOblique.test(w)) return w.replace(REGEXPS.oyEnding, 'ая');
    if (REGEXPS.ovaOblique.test(w)) return w.replace(REGEXPS.ovaObliqueEnding, 'а');
    return w;
  }
  if (REGEXPS.skijGenitive.test(w)) return w.replace(REGEXPS.ogoEnding, 'ий');
  if (REGEXPS.skijOther.test(w)) return w.replace(REGEXPS.skijOtherEnding, 'ий');
  if (REGEXPS.ovOblique.test(w)) return w.replace(REGEXPS.ovObliqueEnding, '');
  if (REGEXPS.consonantOblique.test(w)) return w.replace(REGEXPS.consonantObliqueEnding, '');
  // A man's surname in -а declines like a noun: "Андрея Сибиги" → Сибига, "Олега Грабы" → Граба.
  if (REGEXPS.velarI.test(w) || REGEXPS.consonantY.test(w)) return w.slice(0, -1) + 'а';
  return w;
}

/** Nominative of a Russian name found in an oblique case ("по словам Дмитрия Пескова", "с Ольгой Дубовой"). */
export function ruNominative(words: string[], lead = ''): string[] {
  const body = institutionNominative(words);
  if (body) return body;
  // "МИД России": a body named by an acronym keeps its genitive complement; "Минфине России": so does a ministry's
  // short name, whose own case ending goes.
  if (isAcronym(words[0] ?? '')) return words;
  const ministry = words.length ? ministryShortNominative(words[0]!) : null;
  if (ministry) return [ministry, ...words.slice(1)];
  // "в Кремле", "в Минфине", "в Газпроме": a body in the locative.
  // (A word that does not decline — "в Минобороны", "в МОК" — stays as it is.)
  if (words.length === 1 && REGEXPS.locativeLead.test(lead)) {
    const w = words[0]!;
    if (!REGEXPS.locativeEnding.test(w)) return words;
    return [REGEXPS.softLocative.test(w) ? w.slice(0, -1) + 'ь' : w.slice(0, -1)];
  }
  const first = words.length > 1 ? firstNameLemma(words[0]!) : null;
  if (first) return [first.lemma, ...words.slice(1).map((w, i) => (i === words.length - 2 ? surnameLemma(w, first.gender) : w))];
  // A man's name in the instrumental, every word in it: "Эмманюэлем Макроном" → "Эмманюэль Макрон". (One word
  // alone may be a nominative in -ом: "Газпром".)
  // A foreign word that does not decline may stand among them: "Танжу Бильгичем" → "Танжу Бильгич".
  if (instrumentalName(words)) {
    return words.map((w) => (!instrumentalWord(w) ? w : REGEXPS.softEm.test(w) ? w.slice(0, -2) + 'ь' : w.slice(0, -2)));
  }
  // "Банка России", "Правительства Москвы": a body with a country's or city's name in the genitive after it; only
  // the head declines.
  if (words.length === 2 && REGEXPS.placeGenitive.test(words[1]!)) return [ruNominativeByEndings([words[0]!], true)[0]!, words[1]!];
  return ruNominativeByEndings(words);
}

/** The last letters of the endings ruNominativeByEndings changes (о я и й ы а): a word ending otherwise stays. */
const CHANGED_LAST = new Set([...'ояийыа'].map((c) => c.charCodeAt(0)));

export function ruNominativeByEndings(words: string[], male = false): string[] {
  // (Whether the name is a woman's matters only to a word in consonant + а: worked out when one is met.)
  let female: boolean | undefined = male ? false : undefined;
  return words.map((w) => {
    if (!CHANGED_LAST.has(w.charCodeAt(w.length - 1))) return w;
    if (REGEXPS.hasAcronym.test(w) || REGEXPS.ministryCompound.test(w)) return w;
    if (REGEXPS.skijGenitive.test(w)) return w.replace(REGEXPS.ogoEnding, 'ий');
    if (REGEXPS.ogoEnding.test(w)) return w.replace(REGEXPS.ogoEnding, 'ый');
    if (REGEXPS.iyaEnding.test(w)) return w.replace(REGEXPS.iyaEnding, 'ий');
    if (REGEXPS.eyaEnding.test(w)) return w.replace(REGEXPS.eyaEnding, 'ей');
    if (REGEXPS.iiEnding.test(w)) return w.replace(REGEXPS.iiEnding, 'ия');
    if (REGEXPS.ovaGenitive.test(w)) return w.replace(REGEXPS.oyEnding, 'а');
    if (REGEXPS.velarI.test(w)) return w.replace(REGEXPS.iEnding, 'а');
    if (REGEXPS.yEnding.test(w)) return w.replace(REGEXPS.yEnding, 'а');
    if (REGEXPS.consonantA.test(w) && !(female ??= womanByEndings(words))) return w.slice(0, -1);
    if (REGEXPS.lyaEnding.test(w)) return w.replace(REGEXPS.yaEnding, 'ь');
    return w;
  });
}

/** A name whose endings are a woman's genitive ("Ольги Дубовой"), none a man's ("Дмитрия"). */
function womanByEndings(words: string[]): boolean {
  return words.some((w) => REGEXPS.feminineGenitive.test(w) && !REGEXPS.adjectiveGenitive.test(w))
    && !words.some((w) => REGEXPS.masculineGenitive.test(w));
}

export function genderOfRu(names: Tok[]): Gender {
  if (!names.length) return null;
  const first = names[0]!.w;
  const known = names.length > 1 ? firstNameLemma(first) : null;
  if (known) return known.gender;
  const last = names[names.length - 1]!.w;
  if (REGEXPS.feminineSurname.test(last)) return 'f';
  if (REGEXPS.masculineSurname.test(last)) return 'm';
  if (names.length > 1 && REGEXPS.feminineFirstName.test(first) && !REGEXPS.softFeminineException.test(first)) return 'f';
  return null;
}

export function speakerLikeRu(name: Tok[]): boolean {
  // (A body's name opening on its noun, «Агентство лесного хозяйства», is no person's; isBodyWord makes it a body.)
  if (notOnePersonShape(name) || institutionRun(name) || ministryShort(name[0]!.w)) return false;
  const last = name[name.length - 1]!.w;
  return !REGEXPS.notASurname.test(last) || REGEXPS.adjectivalSurname.test(last) && name.length > 1;
}

export function looksPersonRu(name: Tok[], role: Tok[]): boolean {
  if (!name.length) return false;
  if (name.some((t) => shortBodyName(t.w) || startsLower(t.w))) return false;
  // (Nor a body's noun and the place it serves: «Банк России».)
  if (name.length === 2 && institutionRun(name)) return false;
  return name.length >= 2 || role.length > 0;
}
