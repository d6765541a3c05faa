/** English names: role/name split, entity keys, gender, person or not. */
import { ACRONYM, type Tok } from '../../tokens';
import { notOnePersonShape, splitAt, type Split } from '../common';
import type { Gender } from '../../cues';
import { EN_FEMALE_TITLE, EN_MALE_TITLE, EN_ORG, EN_STOP, EN_PLACE, EN_PLACE_ADJ, EN_ROLE, EN_THING } from './lexicon';
import { givenNameGender, isGivenName } from './given-names';

const REGEXPS = {
  possessiveS: /['’]s$/,
  /** First words of place names: "San Diego", "New Hampshire", "Fort Worth". */
  placeNameStart: /^(?:San|Santa|Los|Las|New|Fort|Port|Mount|Saint|St\.|North|South|East|West|Upper|Lower|Great|Little|Palm|Grand)$/,
  placeNameStartShort: /^(?:San|Santa|Los|Las|New|Fort|Port|Mount|Saint|St\.)$/,
  /** "Peabody Energy", "New Yorkers": a plural or a thing, not a person. */
  pluralEnd: /(?:ans|ers|ists)$/,
  romanNumeral: /^[IVX]+$/,
  /** Capitalised adverbs and participles open sentences ("Mostly", "Debating"); they are not names. */
  adverbOrParticiple: /^[A-Z][a-z]+(?:ly|ing)$/,
  lyEnd: /ly$/,
  titleConnector: /^(?:of|for)$/,
  /** "Jr.", "III": a generation after a surname, not the surname. */
  generation: /^(?:Jr\.?|Sr\.?|II|III|IV)$/,
  capitalised: /^\p{Lu}/u,
  /** "I'm", "We're", "Don't": contractions open sentences, never names. */
  contraction: /(?:['’](?:m|re|ve|ll|d)|n['’]t)$/,
};

const firstName = isGivenName;

/**
 * A capital that only opens a sentence: an adverb or participle ("Mostly", "Debating") or a contraction ("I'm").
 * A word in -ly right before another capitalised word is a first name ("Carly Fiorina"), not an adverb.
 */
export const initialOnlyEn = (w: string, next?: string): boolean => {
  if (REGEXPS.contraction.test(w)) return true;
  if (!REGEXPS.adverbOrParticiple.test(w) || firstName(w)) return false;
  return !(next && REGEXPS.lyEnd.test(w) && REGEXPS.capitalised.test(next) && !EN_STOP.has(next));
};

/** Does a body's noun stand right before an "of" in the run, with no role word anywhere in it? */
function bodyOf(run: Tok[]): boolean {
  let of = false;
  for (let i = 0; i < run.length; i++) {
    if (EN_ROLE.has(run[i]!.w)) return false;
    if (i > 0 && run[i]!.w === 'of' && EN_ORG.has(run[i - 1]!.w)) of = true;
  }
  return of;
}

/** "Syrian Foreign Minister Walid Moualem" → role "Syrian Foreign Minister", name "Walid Moualem". */
export function splitRoleEn(run: Tok[]): Split {
  // A body's name is whole: "Foreign Ministry", "Federal Air Transport Agency", "Prosecutor General's Office".
  if (EN_ORG.has(run[run.length - 1]!.w)) return { role: [], name: run.length > 6 ? [] : run };
  // "Union of Industrialists and Entrepreneurs", "Bank of America": a body's noun and its "of" open a whole name
  // (with no role word in it: "Chief of Staff John Kelly" is a role and a person).
  if (bodyOf(run)) return { role: [], name: run.length > 8 ? [] : run };
  let last = -1;
  for (let i = 0; i < run.length - 1; i++) {
    const w = run[i]!.w;
    if (EN_ROLE.has(w) || (i === 0 && EN_PLACE_ADJ.has(w) && run.length > 2 && EN_ROLE.has(run[1]!.w)) || (w === 'of' && EN_ROLE.has(run[i + 1]!.w))) last = i;
  }
  const split = splitAt(run, last);
  // "Joseph R. Biden Jr." is keyed and named by "Biden", as its lone mentions are.
  while (split.name.length > 1 && REGEXPS.generation.test(split.name[split.name.length - 1]!.w)) split.name = split.name.slice(0, -1);
  return split;
}

/** `l`: a word in lower case (Tok.lw). */
export function nameKeyEn(l: string): string {
  return l.endsWith('s') ? l.replace(REGEXPS.possessiveS, '') : l;
}

/** The key that groups mentions of one entity: a surname, or a body's whole name. */
export function keyOfEn(name: Tok[]): string {
  if (EN_ORG.has(name[name.length - 1]!.w)) return 'org:' + name.map((t) => t.lw).join(' ');
  return nameKeyEn(name[name.length - 1]!.lw);
}

export function genderOfEn(names: Tok[], role: Tok[]): Gender {
  for (const r of role) {
    if (EN_FEMALE_TITLE.has(r.w)) return 'f';
    if (EN_MALE_TITLE.has(r.w)) return 'm';
  }
  // A lone name is a surname more often than a given name ("Warren", "Lee", "Grant"): it shows no gender.
  return names.length > 1 ? givenNameGender(names[0]!.w) : null;
}

/** A subject of "said" that may be a person: not a known body, place or acronym. */
export function speakerLikeEn(name: Tok[]): boolean {
  if (notOnePersonShape(name)) return false;
  return !name.some((t) => EN_ORG.has(t.w) || EN_PLACE.has(t.w) || EN_PLACE_ADJ.has(t.w) || EN_THING.has(t.w))
    && !(name.length > 1 && REGEXPS.placeNameStartShort.test(name[0]!.w));
}

/** Does a name look like a person rather than a place or a body? */
export function looksPersonEn(name: Tok[], role: Tok[]): boolean {
  if (!name.length) return false;
  for (const t of name) if (EN_ORG.has(t.w) || EN_PLACE.has(t.w) || EN_THING.has(t.w)) return false;
  if (name.length > 1 && REGEXPS.placeNameStart.test(name[0]!.w)) return false;
  // "Conservative Case for Trump", "Bank of America": English "of" and "for" join the words of titles and bodies.
  if (name.some((t) => REGEXPS.titleConnector.test(t.w))) return false;
  if (name.length > 1 && REGEXPS.pluralEnd.test(name[name.length - 1]!.w) && !firstName(name[0]!.w)) return false;
  if (name.some((t) => ACRONYM.test(t.w) && !REGEXPS.romanNumeral.test(t.w))) return false;
  if (role.length) return true;
  if (name.length >= 2 && name.length <= 4) return !EN_PLACE_ADJ.has(name[0]!.w) || firstName(name[0]!.w);
  return firstName(name[0]!.w);
}
