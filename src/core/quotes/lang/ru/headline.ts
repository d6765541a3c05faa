/**
 * A headline that opens with a quotation and has no verb of saying: «…» — Песков о переговорах; «…» — чиновник
 * мэрии о сносе (a description, for whoever the story names so); «…»: в Москве
 * начался суд над журналистом Игорем N; «…». Интервью социолога Дарьи N о …. The person it names speaks.
 */
import type { Cue } from '../../cues';
import type { Frame } from '../../frame';
import { personish } from './shapes';

const REGEXPS = {
  /** A paragraph that ends as a sentence does: not a headline. */
  headlineEnd: /[.!?…][\s\u00a0]*$/,
  headlineDash: /^[\s\u00a0,]*[—–][\s\u00a0]*/,
  /** After the name in a headline: the end, or what it is about ("о", "об", "про"). */
  headlineAbout: /^[\s\u00a0]*(?:$|(?:о|об|обо|про)[\s\u00a0])/,
  headlineLead: /^[\s\u00a0,]*(?:[—–]|:)[\s\u00a0]*/,
  /** A lower-case noun phrase of a few words (a name in marks blanked in it) before "о …": group 1 the phrase. */
  describedAbout: /^(\p{Ll}[\p{L}-]*(?:[\s\u00a0]+(?:\p{L}[\p{L}-]*|"[\s\u00a0]*")){0,3})[\s\u00a0]+(?:о|об|обо|про)[\s\u00a0]/u,
};

export function headlineCue(f: Frame): Cue | null {
  const s = f.spans[0];
  if (!s || s.close < 0 || f.frame.slice(0, s.open).trim() !== '' || REGEXPS.headlineEnd.test(f.frame)) return null;
  const after = s.close + 1;
  const dash = REGEXPS.headlineDash.exec(f.frame.slice(after));
  if (dash) {
    const run = f.byStart.get(after + dash[0].length);
    if (run && REGEXPS.headlineAbout.test(f.frame.slice(run.end))) {
      return { start: after, end: run.start, subj: { kind: 'name', run, role: null, nominative: true }, weak: false, gender: null };
    }
  }
  // «…» — чиновник мэрии о сносе домов; «…»: тренер «Зенита» о поражении: a description of who speaks, then
  // what about.
  const lead = REGEXPS.headlineLead.exec(f.frame.slice(after));
  const described = lead ? REGEXPS.describedAbout.exec(f.frame.slice(after + lead[0].length)) : null;
  if (lead && described) {
    const start = after + lead[0].length;
    const end = start + described[1]!.length;
    return { start: after, end: start, subj: { kind: 'nominal', text: f.text.slice(start, end), start, end }, weak: false, gender: null };
  }
  for (const run of f.runs) {
    if (run.start <= after || !personish(run)) continue;
    // (A name governed by a preposition may be a place: "в Москве"; a person after "над", "с" is still the one.)
    return { start: after, end: run.start, subj: { kind: 'name', run, role: null, nominative: false }, weak: false, gender: null };
  }
  return null;
}
