/** Shapes of names that hold in every language the finder reads. */
import { ACRONYM, type Tok } from '../tokens';

export interface Split {
  name: Tok[];
  role: Tok[];
}

const REGEXPS = {
  /** "Anti-Corruption", "Saint-Petersburg": a hyphen before a capital joins the words of a thing's name. */
  hyphenCapital: /-\p{Lu}/u,
  /** Plural or group nouns: "Americans", "Democrats", "Republicans". */
  pluralGroup: /(?:ans|ers|ors|ists|ics|ants|ents|ives|ies)$/,
};

/** Role words are `run[0..last]`; the name is the rest, stopping at "of" ("Elijah Cummings of Maryland"). */
export function splitAt(run: Tok[], last: number): Split {
  let name = run.slice(last + 1);
  let of = -1;
  for (let i = 0; i < name.length; i++) if (name[i]!.w === 'of') { of = i; break; }
  if (of > 0) name = name.slice(0, of);
  // A long Title Case run is a headline or a name of a thing, not a person's name.
  if (name.length > 5) name = [];
  return { role: run.slice(0, last + 1), name };
}

/** An acronym, a hyphenated compound of capitals or a lone plural is not one person speaking. */
export function notOnePersonShape(name: Tok[]): boolean {
  if (name.some((t) => ACRONYM.test(t.w) || REGEXPS.hyphenCapital.test(t.w))) return true;
  return name.length === 1 && REGEXPS.pluralGroup.test(name[0]!.w);
}
