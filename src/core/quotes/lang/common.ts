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
  let of = -1;
  for (let i = last + 1; i < run.length; i++) if (run[i]!.w === 'of') { of = i; break; }
  const end = of > last + 1 ? of : run.length;
  // A long Title Case run is a headline or a name of a thing, not a person's name.
  // (A run with no role words and no "of" is its own name: no copy of it made. Splits are never changed.)
  const name = end - (last + 1) > 5 ? [] : last < 0 && end === run.length ? run : run.slice(last + 1, end);
  return { role: last < 0 ? [] : run.slice(0, last + 1), name };
}

/** An acronym, a hyphenated compound of capitals or a lone plural is not one person speaking. */
export function notOnePersonShape(name: Tok[]): boolean {
  if (name.some((t) => ACRONYM.test(t.w) || REGEXPS.hyphenCapital.test(t.w))) return true;
  return name.length === 1 && REGEXPS.pluralGroup.test(name[0]!.w);
}
