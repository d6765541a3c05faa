/**
 * Shapes of Russian subjects that the cue finder asks about: a run that reads as a person, and a body named in
 * quotation marks («Газпром», «Рыбарь»), which the frame blanks like any quotation.
 */
import type { Subject } from '../../cues';
import type { Frame } from '../../frame';
import type { Span } from '../../marks';
import type { Run } from '../../runs';
import { firstNameRu, ruNominative, splitOf } from './names';
import { isAcronym } from './letters';

const REGEXPS = {
  acronym: /^\p{Lu}{2,}$/u,
  /** "Пресс-служба", "Вице-премьер": a compound common noun, capitalised at a sentence start. */
  lowerCompound: /-\p{Ll}/u,
  adjectiveGenitive: /(?:ого|его|ых|их)$/,
  /** A feminine noun's genitive in -ии («России», «Академии»): no surname ends so. */
  iiGenitive: /ии$/,
  /** A short name written in quotation marks: «Газпром», «Рыбарь», «Новая газета». */
  nameInMarks: /^\p{Lu}[\p{L}\d-]*(?:[\s\u00a0][\p{L}\d-]+){0,3}$/u,
  /** Dative and instrumental endings: «Коммерсанту», «Газпромом» are who was told or spoken with. */
  notSubjectCase: /(?:у|ю|ом|ем)$/,
  blanksOrComma: /^[\s\u00a0,]*$/,
  blanksToClauseEnd: /^[\s\u00a0,]*(?:[.;:!?…¶][\s\S]*)?$/,
  innerCapitals: /\p{Lu}\p{Ll}*\p{Lu}/u,
  blank: /[\s\u00a0]+/,
  dativeEnd: /[бвгджзклмнпрстфхцчшщ]у$/,
  /** A generic noun for an organisation right before its name in marks, in any case: "компании", "банк", "клуба";
   *  group 1 its stem. */
  orgNounBefore: /(?:^|[\s(])(компани|парти|клуб|банк|холдинг|завод|фонд|театр|музе)(?:я|и|ю|ей|а|у|ом|ем|е|ы|й)?[\s\u00a0]+$/iu,
  /** "ФК «Урал»", "ХК «Сибирь»": a sports club's abbreviation before its name. */
  clubAbbrevBefore: /(?:^|[\s(])(?:ФК|ХК)[\s\u00a0]+$/u,
  /** A sentence's start right before the opening mark, perhaps with a place's adjective ("Нижегородское «…»"). */
  sentenceOpenBefore: /(?:^|[.!?…][\s\u00a0]+)(?:\p{Lu}\p{Ll}+(?:ый|ий|ой|ое|ая|ие)[\s\u00a0]+)?$/u,
  /** A verb in the past right after the closing mark, past up to four words of circumstance ("с 1 ноября снизила"). */
  pastVerbAfter: /^[\s\u00a0]+(?:[^\s\u00a0.,;:!?«»"]+[\s\u00a0]+){0,4}?[а-яё]{2,}(?:л|ла|ло|ли|лся|лась|лось|лись)(?![а-яё])/u,
};

/** The nominative of each organisation noun's stem. */
const ORG_NOUNS: Record<string, string> = { компани: 'компания', парти: 'партия' };

/** A run that reads as a person: first name and surname, once a role before them is split off ("Губернатор
 *  Курганской" is a role and a region, not a person). */
export function personish(r: Run): boolean {
  const name = splitOf(r).name;
  if (name.length < 2 || name.some((t) => isAcronym(t.w) || (t.w.includes('-') && REGEXPS.lowerCompound.test(t.w)))) return false;
  // "Пресс-служба Мещанского (суда)": an adjective in the genitive ends no person's name; nor does a country's or a
  // body's genitive in -ии after a word that is no first name ("Банка России", "Академии Грузии").
  const last = name[name.length - 1]!.lw;
  if (REGEXPS.iiGenitive.test(last) && !firstNameRu(name[0]!.w)) return false;
  return !REGEXPS.adjectiveGenitive.test(last);
}

/** A name in quotation marks standing alone between `from` and `to` in the frame. */
export function quotedNameIn(f: Frame, from: number, to: number): Span | null {
  for (const s of f.spans) {
    if (s.open < from || s.close < 0 || s.close >= to) continue;
    const alone = REGEXPS.blanksOrComma.test(f.frame.slice(from, s.open)) && REGEXPS.blanksToClauseEnd.test(f.frame.slice(s.close + 1, to));
    return alone && REGEXPS.nameInMarks.test(s.text) ? s : null;
  }
  return null;
}

/** A body named in marks as a subject, in the nominative ("в «Газпроме»" → Газпром). */
export function quotedSubject(s: Span, lead: string): Subject {
  const text = ruNominative(s.text.split(REGEXPS.blank), lead).join(' ');
  return { kind: 'nominal', text, start: s.start, end: s.end };
}

/** A name in marks in the dative: «Интерфаксу», «Коммерсанту» (who was told). */
export function toldInMarks(s: Span): boolean {
  return REGEXPS.dativeEnd.test(s.text) && !REGEXPS.innerCapitals.test(s.text);
}

/** Is a name in marks in the nominative (or a word that does not decline)? */
export function nominativeInMarks(s: Span): boolean {
  const words = s.text.split(REGEXPS.blank);
  // (A name with capitals inside, «АвтоВАЗа», does not show its case.)
  if (words.some((w) => REGEXPS.innerCapitals.test(w))) return false;
  return ruNominative(words).join(' ') === s.text && !REGEXPS.notSubjectCase.test(s.text);
}

/**
 * Bodies named in marks after their generic noun: «компания «Северный лес»», «ФК «Урал»», «партию «Зеленый
 * город»». The name stays in the nominative whatever the noun's case; the noun is what stands for it later.
 */
export function namedBodiesRu(f: Frame): { start: number; end: number; name: string; noun: string }[] {
  const out: { start: number; end: number; name: string; noun: string }[] = [];
  for (const s of f.spans) {
    if (s.open < 0 || s.close < 0 || !REGEXPS.nameInMarks.test(s.text)) continue;
    const lead = f.text.slice(Math.max(0, s.open - 24), s.open);
    const m = REGEXPS.orgNounBefore.exec(lead);
    const stem = m ? m[1]!.toLowerCase() : REGEXPS.clubAbbrevBefore.test(lead) ? 'клуб' : null;
    if (stem) out.push({ start: s.start, end: s.end, name: s.text, noun: ORG_NOUNS[stem] ?? stem });
    // "«Минутка» снизила оплату …", "Нижегородское «Торпедо» расторгло …": a name in marks opening its sentence as
    // a verb's subject is a body's, in the nominative, with no noun of its own (a later «в компании» may stand for it).
    else if (REGEXPS.sentenceOpenBefore.test(lead) && REGEXPS.pastVerbAfter.test(f.text.slice(s.close + 1, s.close + 80))) {
      out.push({ start: s.start, end: s.end, name: s.text, noun: '' });
    }
  }
  return out;
}
