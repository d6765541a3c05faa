/** Russian role nouns in any case: "чиновника" → чиновник, "подсудимой" → подсудимая, "итальянца" → итальянец. */
import { RU_ROLE_NOUNS } from './lexicon';
import { startKey } from './letters';

const REGEXPS = {
  /** A singular case ending after a noun's stem (genitive, dative, accusative, instrumental, prepositional). */
  singularCase: /^(.{3,}?)(ом|ем|ой|ей|а|я|у|ю|е|ы|и)$/,
  /** An adjective's singular case ending (a noun that declines as one: "подсудимого", "потерпевшей"). */
  adjectivalCase: /^(.{4,}?)(ого|его|ому|ему|ым|им|ом|ем|ой|ей|ую|юю)$/,
  /** An adjective's ending, any case or gender: "главный", "военного", "местная". */
  adjectiveEnding: /(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ую|юю)$/,
  /** A noun's singular case ending (stripped for a stem): "агента", "главврачом", "медсестре". */
  nounCase: /^(.{4,}?)(?:ом|ем|ой|ей|а|я|у|ю|е|ы|и|ь|й)$/,
  /** Only Cyrillic letters and hyphens: a common noun as written. */
  cyrillicWord: /^[а-яё-]+$/,
  /** Words that make a noun someone new ("другой врач", "один из …"), or a preposition ("источник в МИД"). */
  newOrPlace: /^(?:другой|другая|другие|еще|ещё|один|одна|некий|некая|очередной|очередная|каждый|в|во|на|из|с|со|у|к|о|об|при|за|для|от|до|по|близкий|близкая)$/,
  blanks: /[\s\u00a0]+/,
};

const FLEETING_VOWELS = ['о', 'е'];
/** An adjective's endings that only its feminine has ("подсудимой", "потерпевшей", "обвиняемую"). */
const FEMININE_ADJECTIVE_ENDINGS = new Set(['ой', 'ей', 'ую', 'юю']);

/** The first three letters of every role noun (startKey), and of a four-letter one without its fleeting vowel
 *  ("посол" has one, but its stem "посл" keeps three letters). Every form roleLemma knows starts so (the shortest
 *  stem it cuts is three letters), so a word that starts otherwise is no role noun: most words, ruled out before any
 *  set or regex. */
const ROLE_STARTS = new Set<number>();
for (const n of RU_ROLE_NOUNS) {
  ROLE_STARTS.add(startKey(n));
  if (n.length === 4 && FLEETING_VOWELS.includes(n[2]!)) ROLE_STARTS.add(startKey(n[0]! + n[1]! + n[3]!));
}

/** A role noun in any singular case back to its nominative ("чиновника" → чиновник, "главы" → глава), or null. */
export function roleLemma(lower: string): string | null {
  if (!ROLE_STARTS.has(startKey(lower))) return null;
  if (RU_ROLE_NOUNS.has(lower)) return lower;
  // A noun that declines as an adjective: "подсудимого", "потерпевшей" → подсудимый, потерпевшая.
  const adj = REGEXPS.adjectivalCase.exec(lower);
  if (adj) {
    const tries = FEMININE_ADJECTIVE_ENDINGS.has(adj[2]!) ? ['ая', 'яя'] : ['ый', 'ий', 'ой'];
    for (const t of tries) if (RU_ROLE_NOUNS.has(adj[1]! + t)) return adj[1]! + t;
  }
  const m = REGEXPS.singularCase.exec(lower);
  if (!m) return null;
  const [, base, end] = m;
  const tries = end === 'ы' || end === 'и' || end === 'ой' || end === 'ей' ? ['а', 'я'] : ['', 'ь', 'й'];
  for (const t of tries) if (RU_ROLE_NOUNS.has(base! + t)) return base! + t;
  // A fleeting vowel comes back in the nominative: "посла", "послом" → посол; "итальянца" → итальянец.
  if (tries[0] === '' && base!.length >= 3) {
    for (const vowel of FLEETING_VOWELS) {
      const fleeting = base!.slice(0, -1) + vowel + base!.slice(-1);
      if (RU_ROLE_NOUNS.has(fleeting)) return fleeting;
    }
  }
  return null;
}

/**
 * The stem of the noun heading a nominal subject («агент», «главный агент», «агента футболиста» → "агент"), for the
 * person the story introduced with that noun; any noun, not only the listed roles. Null for more than three words,
 * a noun made new («другой врач») or placed by a preposition («источник в МИД»).
 */
export function introNounStem(text: string): string | null {
  const words = text.toLowerCase().split(REGEXPS.blanks);
  if (words.length > 3 || words.some((w) => REGEXPS.newOrPlace.test(w))) return null;
  const head = words.find((w) => !REGEXPS.adjectiveEnding.test(w)) ?? words[words.length - 1]!;
  if (!REGEXPS.cyrillicWord.test(head)) return null;
  const m = REGEXPS.nounCase.exec(head);
  const stem = m ? m[1]! : head;
  return stem.length >= 4 ? stem : null;
}
