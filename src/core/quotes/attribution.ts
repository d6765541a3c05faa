/**
 * Attribution: who said a quotation. One ordered list of named strategies; the first that applies decides.
 * A "final" strategy ends the search even when it finds nobody; a "chain" strategy excludes the other chain
 * strategies; "fallback" strategies are tried only while nobody has been found.
 */
import type { Speaker } from '../types';
import type { Cast } from './coref';
import type { Cue } from './cues';
import { sentenceAt, tokAtOrAfter, type Frame } from './frame';
import { rest, type Kind } from './kinds';
import type { LangPack } from './lang/pack';
import type { Span } from './marks';
import type { Run } from './runs';
import { words } from './score';

const REGEXPS = {
  endsSentence: /[.!?…]$/,
  /** After the closing mark: the paragraph's end, or a new sentence. */
  newSentenceAfter: /^[\s\u00a0]*(?:$|[\p{Lu}"“«„‘])/u,
  /** "WALLACE: Let's start …": a transcript label opening the quotation. */
  transcriptLabel: /^(\p{Lu}[\p{Lu}.'’-]+(?:\s\p{Lu}[\p{Lu}.'’-]+){0,2}):\s/u,
  /** An attribution right after the quotation that was not understood: "», — отметил …", ",” someone added". */
  unreadAttribution: /^[\s\u00a0]*(?:,[\s\u00a0]*)?[—–-]|^[\s\u00a0]*,[\s\u00a0]+\p{Ll}/u,
  colonEnd: /:[\s\u00a0]*$/,
  /** A transcript's time code opening a line: "[00:19] ", "(1:02:15) ". */
  timeCode: /^[\s\u00a0]*[[(]\d{1,2}:\d{2}(?::\d{2})?[\])][\s\u00a0]*/,
  colonBefore: /[\s\u00a0]*:[\s\u00a0]*$/,
  commaEnd: /,[\s\u00a0]*$/,
  startsCapital: /^\p{Lu}/u,
  signatureDash: /^[\s\u00a0]*[-–—―]+[\s\u00a0]*/,
  onlyPunctuation: /^[\s\u00a0.,]*$/,
  blanksOnly: /^[\s\u00a0]*$/,
  letterOrDigit: /[\p{L}\p{N}]/u,
  quoteMark: /["¶]/,
  /** The author's words inside one pair of marks, as Russian sets them: «…, — сказала она. — …» (group 1: the
   *  dash before them, group 2: the dash after). */
  innerAuthor: /[,.!?…][\s\u00a0]+([—–])[\s\u00a0]+[^—–«»"“”„\n]{3,80}?[.,:][\s\u00a0]+([—–])[\s\u00a0]+/du,
};

/** What the strategies know about the story so far. */
export interface StoryState {
  /** The speaker of the last paragraph that had one (its last quotation's speaker). */
  prevSpeaker: Speaker | null;
  prevSpeakerPara: number;
  /** The last paragraph with a cue that named someone, and who. */
  lastCuePara: number;
  lastCueSpeaker: Speaker | null;
}

export interface SpanContext {
  f: Frame;
  para: number;
  span: Span;
  kind: Kind;
  words: number;
  /** The cue of the span's own sentence, if any. */
  cue: Cue | null;
  cues: Cue[];
  /** Cues of the previous paragraph (for an announcement ending in a colon). */
  prevCues: Cue[];
  paragraphs: string[];
  frames: Frame[];
  cast: Cast;
  pack: LangPack;
  state: StoryState;
  /** The speaker of the previous kept quotation in this paragraph (undefined: none yet). */
  lastInPara: Speaker | null | undefined;
  /** A paragraph framed with other spans (offsets unchanged). */
  reframe: (para: number, spans: Span[]) => Frame;
}

export interface Strategy {
  name: string;
  tier: 'final' | 'chain' | 'fallback';
  /** A speaker, null for "nobody can be told", undefined when the strategy does not apply. */
  attribute(c: SpanContext): Speaker | null | undefined;
}

/** Cues in the same sentence as the span, nearest first: after the closing mark, then before. */
export function cueFor(f: Frame, s: Span, cues: Cue[], kind: Kind): Cue | null {
  const open = s.open < 0 ? 0 : s.open;
  const close = s.close < 0 ? f.text.length : s.close;
  const sOpen = sentenceAt(f, open);
  const sClose = sentenceAt(f, Math.max(open, close - 1));
  const endsSentence = REGEXPS.endsSentence.test(s.text) && (s.close < 0 || REGEXPS.newSentenceAfter.test(rest(f, s.close + 1)));
  // (Loops over the cues and spans in place, not filtered copies: this runs for every span.)
  let nextOpen = f.text.length;
  for (const x of f.spans) if (x.open > close) { nextOpen = x.open; break; }
  // (A name in marks between the cue and the span — "по оценке аналитика «Финама» X, «…»" — is no quotation.)
  let prevClose = -1;
  for (let i = f.spans.length - 1; i >= 0; i--) {
    const x = f.spans[i]!;
    if (x.close >= 0 && x.close < open && !nameInMarks(x)) { prevClose = x.close; break; }
  }
  // The first cue to the right in the span's last sentence that is strong enough.
  let r: Cue | null = null;
  if (!endsSentence) {
    for (const a of cues) {
      if (a.start > close && a.start < nextOpen && sentenceAt(f, a.start) === sClose && strong(a, a.start - close)) { r = a; break; }
    }
  }
  if (r && (kind === 'direct' || r.start - close < 60)) return r;
  // The nearest cue to the left in the span's first sentence that is strong enough.
  for (let i = cues.length - 1; i >= 0; i--) {
    const a = cues[i]!;
    if (a.end <= open && a.start > prevClose && sentenceAt(f, a.start) === sOpen && strong(a, open - a.end)) return a;
  }
  if (r) return r;
  if (kind === 'partial') {
    // Partial quotations take the sentence's speaker wherever it stands ("X said ... that ... 'fragment'").
    let first: Cue | null = null;
    for (const a of cues) {
      if (a.weak || sentenceAt(f, a.start) !== sOpen) continue;
      if (a.end <= open) return a;
      first ??= a;
    }
    return first;
  }
  return null;
}

/** A weak cue counts only close to the quotation. */
function strong(a: Cue, dist: number): boolean {
  return !a.weak || dist < 40;
}

/** A short capitalised stretch in marks («Финама», “Meet the Press”): a name, not a quotation. */
function nameInMarks(s: Span): boolean {
  // (Its words counted last: the two tests on its ends rule out most spans.)
  return REGEXPS.startsCapital.test(s.text) && !REGEXPS.endsSentence.test(s.text) && words(s.text) < 3;
}

/** "— Bernie Sanders." alone on a line: the signature of the quotation above. */
function signature(f: Frame): Run | null {
  const m = REGEXPS.signatureDash.exec(f.frame);
  if (!m) return null;
  const run = f.byStart.get(m[0].length);
  return run && run.end + 4 >= f.frame.length && REGEXPS.onlyPunctuation.test(f.frame.slice(run.end)) ? run : null;
}

const speakerOfCue = (c: SpanContext, cue: Cue): Speaker | null => c.cast.speakerOf(cue.subj, c.para, cue.gender);
const strongCueBefore = (c: SpanContext): Cue | undefined => {
  const open = c.span.open < 0 ? 0 : c.span.open;
  for (let i = c.cues.length - 1; i >= 0; i--) {
    const a = c.cues[i]!;
    if (a.end <= open && !a.weak) return a;
  }
  return undefined;
};
const strongCueAfter = (c: SpanContext): Cue | undefined => {
  for (const a of c.cues) if (a.start > c.span.close && !a.weak) return a;
  return undefined;
};

/** The subject of the sentence the span stands in, before the span. */
function subjectOfSentence(c: SpanContext): Speaker | null {
  const sent = c.f.sents[sentenceAt(c.f, c.span.open)]!;
  // ("[00:19] Galina N, head teacher: “…”": a transcript line's time code is no part of its subject.)
  const code = REGEXPS.timeCode.exec(c.f.frame.slice(sent[0], sent[0] + 14));
  const subj = c.pack.sentenceSubject(c.f, sent[0] + (code ? code[0].length : 0), c.span.open);
  return subj ? c.cast.speakerOf(subj, c.para, null) : null;
}

/** The cue of the author's words inside the span («…, — сказала она. — …»), found in the paragraph framed with the
 *  span cut around them; null when the span holds none. */
function innerCue(c: SpanContext): Cue | null {
  const s = c.span;
  const m = s.text.indexOf('—') < 0 && s.text.indexOf('–') < 0 ? null : REGEXPS.innerAuthor.exec(s.text);
  if (!m) return null;
  const cut = s.start + m.indices![1]![0] - 1;
  const resume = s.start + m.indices![2]![0];
  const spans = c.f.spans.flatMap((x) => x !== s ? [x] : [
    { ...s, close: cut, end: cut, text: c.f.text.slice(s.start, cut) },
    { ...s, open: resume, start: resume + 1, text: c.f.text.slice(resume + 1, s.end), continued: false },
  ]);
  const f = c.reframe(c.para, spans);
  for (const a of c.pack.findCues(f)) if (a.start > cut && a.end < resume && !a.weak) return a;
  return null;
}

export const STRATEGIES: Strategy[] = [
  {
    name: 'author inside the marks', tier: 'final',
    // «Она у меня всегда была честная, — сказала она. — Вот за это ее и посадили»: the words between the dashes say
    // who speaks, whatever the sentence around the marks says.
    attribute: (c) => {
      const inner = innerCue(c);
      return inner ? speakerOfCue(c, inner) ?? undefined : undefined;
    },
  },
  {
    name: 'transcript label', tier: 'final',
    // "WALLACE: Let's start with …" names its own speaker.
    attribute: (c) => {
      const label = REGEXPS.transcriptLabel.exec(c.span.text);
      return label ? c.cast.speakerOfLabel(label[1]!) : undefined;
    },
  },
  {
    name: 'cue in the sentence', tier: 'final',
    attribute: (c) => (c.cue ? speakerOfCue(c, c.cue) : undefined),
  },
  {
    name: 'colon introduction', tier: 'chain',
    // "Прокурор Елена Шубина: «…»", "Lavrov in Cairo: “…”": whoever opens the sentence before the colon speaks.
    attribute: (c) => {
      const { f, span: s } = c;
      if (c.kind !== 'direct' || s.open <= 0) return undefined;
      const colon = REGEXPS.colonBefore.exec(f.frame.slice(Math.max(0, s.open - 12), s.open));
      if (!colon) return undefined;
      // The name right before the colon ("…, Станкович: «…»"), else the sentence's subject.
      const end = s.open - colon[0].length;
      const run = f.toks[tokAtOrAfter(f, end) - 1]?.last;
      const governed = run ? c.pack.prepositionBefore.test(f.frame.slice(Math.max(0, run.start - 12), run.start).trimEnd()) : false;
      if (run && run.end === end && !run.poss && !governed) {
        const sp = c.cast.speakerOf({ kind: 'name', run, role: null, nominative: true }, c.para, null);
        if (sp) return sp;
      }
      return subjectOfSentence(c) ?? undefined;
    },
  },
  {
    name: 'continuation', tier: 'chain',
    // A quotation carried over from the paragraph before keeps its speaker.
    attribute: (c) => (c.span.continued || c.span.open < 0 ? c.state.prevSpeaker : undefined),
  },
  {
    name: 'same voice in the paragraph', tier: 'chain',
    attribute: (c) => (c.kind === 'direct' && c.lastInPara !== undefined ? c.lastInPara : undefined),
  },
  {
    name: 'cue earlier in the paragraph', tier: 'chain',
    attribute: (c) => {
      const before = c.kind === 'direct' ? strongCueBefore(c) : undefined;
      return before ? speakerOfCue(c, before) : undefined;
    },
  },
  {
    name: 'subject of the sentence before', tier: 'chain',
    // "Бывший капитан сборной Игорь Денисов оценил игру жестче. «…»": a statement that opens a sentence right
    // after one whose subject is a person is that person's.
    attribute: (c) => {
      const { f, span: s } = c;
      if (c.kind !== 'direct' || s.open < 0 || c.words < 3) return undefined;
      const at = sentenceAt(f, s.open);
      if (at === 0 || f.frame.slice(f.sents[at]![0], s.open).trim() !== '') return undefined;
      const prev = f.sents[at - 1]!;
      if (REGEXPS.quoteMark.test(f.frame.slice(prev[0], prev[1]))) return undefined;
      const subj = c.pack.sentenceSubject(f, prev[0], prev[1]);
      if (!subj || subj.kind !== 'name') return undefined;
      const sp = c.cast.speakerOf(subj, c.para, null);
      const e = sp ? c.cast.entityOf(subj.run) : null;
      return sp && e && e.person ? sp : undefined;
    },
  },
  {
    name: 'cue later in the paragraph', tier: 'chain',
    attribute: (c) => {
      const after = c.kind === 'direct' && c.words >= 2 ? strongCueAfter(c) : undefined;
      return after ? speakerOfCue(c, after) : undefined;
    },
  },
  {
    name: 'paragraph of quotation', tier: 'chain',
    // A paragraph that opens with a quotation and names no one: announced by the paragraph before ("Cruz called
    // them on it:"), signed by the next ("— Bernie Sanders"), or the voice of the last quotation or statement
    // just before (across at most one short cue-less paragraph). An attribution right after the quotation that
    // was not understood means the voice is someone new: better no speaker than the last one.
    attribute: (c) => {
      const { f, span: s, para } = c;
      if (c.kind !== 'direct' || f.spans[0] !== s || c.cues.length !== 0 || c.words < 3) return undefined;
      if (s.close >= 0 && REGEXPS.unreadAttribution.test(rest(f, s.close + 1))) return null;
      const announced = para > 0 && REGEXPS.colonEnd.test(c.paragraphs[para - 1]!) ? c.cast.announcer(para - 1, c.prevCues) : null;
      if (announced) return announced;
      const signed = para + 1 < c.frames.length ? signature(c.frames[para + 1]!) : null;
      if (signed) return c.cast.speakerOf({ kind: 'name', run: signed, role: null, nominative: true }, para + 1, null);
      // A quotation that is its whole paragraph, named by the next one pointing back at it ("That was how X put it").
      const whole = s.open >= 0 && s.close >= 0 && REGEXPS.blanksOnly.test(f.frame.slice(0, s.open)) && REGEXPS.onlyPunctuation.test(rest(f, s.close + 1));
      const pointed = whole && para + 1 < c.frames.length ? c.cast.pointedBackBy(para + 1) : null;
      if (pointed) return pointed;
      const st = c.state;
      if (st.prevSpeakerPara >= para - 1 && !REGEXPS.letterOrDigit.test(f.frame)) return st.prevSpeaker;
      if (st.lastCuePara >= para - 2 && st.lastCueSpeaker && (st.lastCuePara === para - 1 || words(c.paragraphs[para - 1]!) <= 8)) return st.lastCueSpeaker;
      if (st.prevSpeakerPara === para - 1) return st.prevSpeaker;
      // A paragraph with no quotation of its own right before, whose last sentence is about someone ("Valastro
      // praised Christie's leadership …"): the statement that follows is theirs.
      const prev = para > 0 ? c.frames[para - 1]! : null;
      return prev && prev.spans.length === 0 && c.prevCues.length === 0 ? c.cast.subjectSpeaker(para - 1) : null;
    },
  },
  {
    name: 'subject of an introducing sentence', tier: 'fallback',
    // "Obama is rolling out a new message: “It's about me.”": the sentence's subject speaks.
    attribute: (c) => {
      const { f, span: s } = c;
      if (c.cue || c.kind !== 'direct' || s.open <= 0) return undefined;
      const lead = f.frame.slice(Math.max(0, s.open - 12), s.open);
      if (!REGEXPS.colonEnd.test(lead) && !(REGEXPS.commaEnd.test(lead) && REGEXPS.startsCapital.test(s.text))) return undefined;
      return subjectOfSentence(c) ?? undefined;
    },
  },
  {
    name: 'speaker of a long fragment', tier: 'fallback',
    // A long fragment is still someone's words: the sentence's subject ("Trump mocked Rubio for “having a tough
    // night”"), else the paragraph's speaker, if it names one.
    attribute: (c) => {
      if (c.cue || c.kind !== 'partial' || c.words < 4) return undefined;
      const subj = subjectOfSentence(c);
      if (subj) return subj;
      const near = strongCueBefore(c) ?? strongCueAfter(c);
      return near ? speakerOfCue(c, near) ?? undefined : undefined;
    },
  },
];

/** Run the strategies in order; returns the speaker and the name of the strategy that gave it. */
export function attribute(c: SpanContext): { speaker: Speaker | null; by: string | null } {
  let speaker: Speaker | null = null;
  let by: string | null = null;
  let chained = false;
  for (const st of STRATEGIES) {
    if (speaker) break;
    if (st.tier === 'chain' && chained) continue;
    const r = st.attribute(c);
    if (r === undefined) continue;
    speaker = r;
    by = st.name;
    if (st.tier === 'final') break;
    if (st.tier === 'chain') chained = true;
  }
  return { speaker, by };
}
