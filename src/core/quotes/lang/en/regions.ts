/**
 * A region's body, named with its region: "The Moscow region’s Environment Ministry", "the Krasnodar region’s emergency
 * headquarters" (another body than the federal one of the same name). Read by the subject finders (subjects.ts).
 */
import type { Subject } from '../../cues';
import type { Frame } from '../../frame';
import type { Run } from '../../runs';
import { EN_ORG } from './lexicon';
import { REGEXPS } from './patterns';

const REGION = {
  /** "The Moscow region’s " right before a body's name: the region (and its article) the body belongs to. */
  before: /(?:(?:^|[\s\u00a0])([Tt]he)[\s\u00a0]+)?\p{Lu}[\p{L}-]*(?:[\s\u00a0]+\p{Lu}[\p{L}-]*){0,2}[\s\u00a0]+(?:region|oblast|republic|krai|territory)[’']s[\s\u00a0]+$/u,
  /** " region’s emergency headquarters" right after a place's name: the region's body, named in lower case. */
  after: /^[\s\u00a0]+(?:region|oblast|republic|krai|territory)[’']s(?:[\s\u00a0]+[\p{Ll}-]+){1,3}/u,
  article: /(?:^|[\s\u00a0])([Tt]he)[\s\u00a0]+$/,
  capital: /\p{Lu}/u,
};

/** "The Moscow region’s Environment Ministry", "the Krasnodar region’s emergency headquarters": a region's body, named
 *  with its region (another body than the federal one of the same name), as a nominal from the article on; null when
 *  the run is no such body's name or region. */
export function regionalBody(f: Frame, run: Run): Subject | null {
  const last = run.toks[run.toks.length - 1]!.w;
  if (run.poss) return null;
  if (EN_ORG.has(last) || REGEXPS.bodyNoun.test(last)) {
    const m = REGION.before.exec(f.frame.slice(Math.max(0, run.start - 60), run.start));
    if (!m) return null;
    const start = run.start - m[0].length + (m[1] ? m[0].indexOf(m[1]) : m[0].search(REGION.capital));
    return { kind: 'nominal', text: f.text.slice(start, run.end), start, end: run.end };
  }
  const m = REGION.after.exec(f.frame.slice(run.end, run.end + 60));
  if (!m) return null;
  // (The phrase ends at its first body noun: "emergency headquarters", not "… headquarters as".)
  let end = -1;
  for (let k = run.toks[run.toks.length - 1]!.i + 2; k < f.toks.length && f.toks[k]!.end <= run.end + m[0].length; k++) {
    if (REGEXPS.bodyNoun.test(f.toks[k]!.w)) { end = f.toks[k]!.end; break; }
  }
  if (end < 0) return null;
  const art = REGION.article.exec(f.frame.slice(Math.max(0, run.start - 5), run.start));
  const start = art ? run.start - art[0].length + art[0].indexOf(art[1]!) : run.start;
  return { kind: 'nominal', text: f.text.slice(start, end), start, end };
}
