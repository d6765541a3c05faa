/**
 * A body the story named before with the noun a later attribution uses alone: "The Sverdlovsk region’s culture
 * department ordered …" … "the department said"; "The Shaninka university, where …" … "the university said".
 * The introduction need not be an attribution (any verb: ordered, opened a case), which the cues never see.
 */
import type { Frame } from '../../frame';

const REGEXPS = {
  /** The subject: an article and one or two lower-case words ("the department", "the press service"). */
  articleNoun: /^(?:the|its|The|Its)\s+([\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)$/u,
  /** Before the noun: "The" and capitalised words, a possessive, up to two lower-case words ("The Sverdlovsk
   *  region’s culture ", "The Moscow City Court’s "), one word after the possessive; no article, determiner, preposition, verb of saying or word in -ed among
   *  the lower-case words ("The Kremlin said the department", "The Court ordered"). */
  introBefore: /(?:^|[\s(“"])[Tt]he\s+(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*)((?:\s+(?!(?:the|a|an|this|that|these|those|his|her|its|their|our|of|to|and|or|in|on|at|for|with|by|from|which|who|is|was|has|had|said|says|told)\b)[\p{Ll}-]+(?<!ed)){0,2}(?:’s|'s)?)((?:\s+(?!(?:the|a|an|this|that|these|those|his|her|its|their|our|of|to|and|or|in|on|at|for|with|by|from|which|who|is|was|has|had|said|says|told)\b)[\p{Ll}-]+(?<!ed))?)\s+$/u,
  possessive: /(?:’s|'s)$/,
  blanksThenCapital: /^[\s\u00a0]+\p{Lu}/u,
  letter: /\p{L}/u,
};

/** Is there a "The"/"the" followed by a capitalised word in text[from, to)? What introBefore needs first, found with
 *  string searches before the regex is run (most occurrences of a noun have none). */
function theBeforeCapital(text: string, from: number, to: number): boolean {
  for (let k = text.lastIndexOf('he', to - 1); k > from; k = text.lastIndexOf('he', k - 1)) {
    const t = text[k - 1];
    if ((t === 'T' || t === 't') && (k - 1 === 0 || !REGEXPS.letter.test(text[k - 2]!)) && REGEXPS.blanksThenCapital.test(text.slice(k + 2, k + 5))) return true;
  }
  return false;
}

/** How far back (paragraphs) the introduction is looked for. */
const BACK = 10;

/**
 * The body's name (without the article) introduced with the subject's noun before (para, pos); a part named by its
 * bare noun after its owner's possessive ("The Moscow City Court’s press service" … "the press service") speaks for
 * the owner when the owner's name is a body's (`isBody`). Null when the story named no body so.
 */
export function bodyNamedBefore(frames: Frame[], para: number, pos: number, subject: string, isPart: (text: string) => boolean, isBody: (name: string) => boolean): string | null {
  const m = REGEXPS.articleNoun.exec(subject);
  if (!m) return null;
  const noun = m[1]!;
  for (let p = para; p >= 0 && p >= para - BACK; p--) {
    const text = frames[p]!.text;
    let at = text.lastIndexOf(noun, p === para ? pos - 1 : text.length);
    while (at > 0) {
      const end = at + noun.length;
      if (end >= text.length || !REGEXPS.letter.test(text[end]!)) {
        const from = Math.max(0, at - 100);
        const intro = theBeforeCapital(text, from, at) ? REGEXPS.introBefore.exec(text.slice(from, at)) : null;
        if (intro) {
          const owner = intro[1]! + intro[2]!;
          // ("Moscow City Court’s press service": the owner, a body; "Sverdlovsk region’s culture department", "Novosibirsk
          // region prosecutor’s office": a body itself.)
          const bare = owner.replace(REGEXPS.possessive, '');
          if (!intro[3] && bare !== owner && isPart(subject) && isBody(bare)) return bare;
          return `${owner}${intro[3]!} ${noun}`;
        }
      }
      at = text.lastIndexOf(noun, at - 1);
    }
  }
  return null;
}
