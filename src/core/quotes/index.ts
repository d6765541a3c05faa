/**
 * Key quotes: quotations in a story, who said them, and a short summary of the most telling ones.
 *
 * The pipeline: marks (quotation spans) → frames (sentences, tokens, capitalised runs) → cues (verbs of saying
 * and attribution constructions, per language) → candidates (every mention that could be a speaker) →
 * attribution (an ordered list of named strategies) → coreference (names, pronouns, nominals) → scoring and
 * key quotes. Language knowledge comes from a language pack (lang/), never from branches here.
 */
import { LowerWords } from '../chars';
import { matchesOf } from '../text';
import type { Lang, Quote, Speaker } from '../types';
import { attribute, cueFor, type SpanContext, type StoryState } from './attribution';
import { Cast } from './coref';
import type { Cue } from './cues';
import { buildFrame, outletPattern, sentenceRange, type Frame } from './frame';
import { isTerm, kindOf, looksTitle, type Kind } from './kinds';
import { packFor } from './lang';
import type { LangPack } from './lang/pack';
import { findSpans, type Span } from './marks';
import { runSplit } from './runs';
import { scoreQuote, words } from './score';

export { selectKeyQuotes } from './score';

const REGEXPS = {
  line: /[^\n]+/g,
  /** One to three words, each capitalised, and no sentence end: "Pomorskaya Izba", "Broad City". */
  blanksOnly: /^[\s\u00a0]*$/,
  capitalisedWords: /^\p{Lu}[\p{L}\d’'-]*(?:[\s\u00a0]+\p{Lu}[\p{L}\d’'-]*){0,2}[,]?$/u,
};

/**
 * No news paragraph is this long, and no story this long (a long read is ~60,000 characters): beyond
 * that the text is not prose (a dump, an attack), so it is not read, which keeps hostile input cheap.
 */
const MAX_PARAGRAPH = 12_000;
const MAX_SPANS = 60;
const MAX_STORY = 400_000;

export interface FindOptions {
  /** Names of the publication the story appears in (from its site profile): never speakers, only relays. */
  outlets?: readonly string[];
}

export function findQuotes(paragraphs: string[], lang: Lang, opts: FindOptions = {}): Quote[] {
  const pack = packFor(lang);
  const outlets = outletPattern(opts.outlets) ?? undefined;
  let total = 0;
  paragraphs = paragraphs.map((p) => {
    total += p.length;
    return p.length > MAX_PARAGRAPH || total > MAX_STORY ? '' : p;
  });
  const allSpans = findSpans(paragraphs).map((s) => (s.length > MAX_SPANS ? s.slice(0, MAX_SPANS) : s));
  // Words the story writes in lower case somewhere: capitalised only at a sentence start, never names.
  const vocab = new LowerWords(paragraphs);
  // Quotes come only from spans that may be speech whoever says them (notSpeech): the paragraphs holding spans
  // are framed first, and a story with no such span has no quotes, so nothing else is worked out
  // (docs/performance.md, "Quotes").
  const frames: Frame[] = new Array<Frame>(paragraphs.length);
  // Each span's kind, words and whether it may be speech, in the order of its paragraph's spans.
  const shapes: SpanShape[][] = new Array<SpanShape[]>(paragraphs.length);
  let lastLive = -1;
  for (let i = 0; i < paragraphs.length; i++) {
    if (!allSpans[i]!.length) continue;
    const f = (frames[i] = buildFrame(paragraphs[i]!, allSpans[i]!, pack, vocab, outlets));
    const list: SpanShape[] = (shapes[i] = []);
    for (let k = 0; k < f.spans.length; k++) {
      const s = f.spans[k]!;
      const kind = kindOf(f, s);
      const n = words(s.text);
      const speech = !notSpeech(f, s, kind, n, pack);
      if (speech) lastLive = i;
      list.push({ kind, n, speech });
    }
  }
  if (lastLive < 0) return [];
  for (let i = 0; i < paragraphs.length; i++) frames[i] ??= buildFrame(paragraphs[i]!, allSpans[i]!, pack, vocab, outlets);
  const cues = frames.map((f) => pack.findCues(f));
  const cast = new Cast(frames, cues, pack);
  const out: Quote[] = [];
  // Each quote's words (its span's), for its score.
  const counts: number[] = [];
  const state: StoryState = { prevSpeaker: null, prevSpeakerPara: -10, lastCuePara: -10, lastCueSpeaker: null };
  const none: Cue[] = [];
  // (Made once per story: a paragraph framed again with other spans, for the author's words inside a quotation.)
  const reframe = (para: number, spans: Span[]): Frame => buildFrame(paragraphs[para]!, spans, pack, vocab, outlets);
  // A quotation left open at its paragraph's end with nobody named yet: its continuation below may name them.
  let openUnnamed: Quote | null = null;
  // Plain loops, not callbacks: a closure made per call loses its optimized code at every GC (V8).
  // (Past the last paragraph with a span that may be kept, nothing can become a quote: the loop stops there.)
  for (let para = 0; para <= lastLive; para++) {
    const f = frames[para]!;
    let paraSpeaker: Speaker | null = null;
    let lastInPara: Speaker | null | undefined;
    for (let k = 0; k < f.spans.length; k++) {
      const s = f.spans[k]!;
      const { kind, n, speech } = shapes[para]![k]!;
      const cue = cueFor(f, s, cues[para]!, kind);
      const c: SpanContext = {
        f, para, span: s, kind, words: n, cue, cues: cues[para]!, prevCues: para > 0 ? cues[para - 1]! : none,
        paragraphs, frames, cast, pack, state, lastInPara, reframe,
      };
      const { speaker, by } = attribute(c);
      const attributedBySpeech = by === 'transcript label' || !!cue;
      if (!speech || !keepSpan(c, speaker, attributedBySpeech)) continue;
      lastInPara = speaker;
      if (speaker) paraSpeaker = speaker;
      cast.quoted(speaker, para);
      // ("“This pipe was laid in 1972. …¶“They will fix it,” the 71-year-old said.": one voice over two paragraphs.)
      if (openUnnamed && s.continued && speaker && by !== 'continuation' && openUnnamed.paragraph === para - 1) openUnnamed.speaker = speaker;
      const q: Quote = { text: s.text, kind, speaker, paragraph: para, start: s.start, end: s.end, score: 0 };
      out.push(q);
      counts.push(n);
      openUnnamed = s.close < 0 && !speaker ? q : null;
    }
    if (paraSpeaker) {
      state.prevSpeaker = paraSpeaker;
      state.prevSpeakerPara = para;
      // The last quotation's speaker is who a continuation belongs to.
      const last = out[out.length - 1];
      if (last && last.paragraph === para && last.speaker) state.prevSpeaker = last.speaker;
    }
    // The paragraph's last strong cue.
    let a: Cue | null = null;
    for (let i = cues[para]!.length - 1; i >= 0 && !a; i--) if (!cues[para]![i]!.weak) a = cues[para]![i]!;
    if (a) {
      const sp = cast.speakerOf(a.subj, para, a.gender);
      if (sp) {
        state.lastCuePara = para;
        state.lastCueSpeaker = sp;
      }
    }
  }
  for (let i = 0; i < out.length; i++) out[i]!.score = scoreQuote(out[i]!, paragraphs.length, counts[i]);
  return out;
}

/**
 * A span that is no speech whoever says it: a fragment of one word, a one-word name before a clause, a title, the
 * name of a text, a term after its article. Decided by the span and its paragraph alone (no cue, no speaker).
 */
function notSpeech(f: Frame, s: Span, kind: Kind, n: number, pack: LangPack): boolean {
  if (n < 2 && kind !== 'direct') return true;
  if (n < 2 && s.close >= 0 && pack.nameBeforeClause?.(f.frame.slice(s.close + 1, s.close + 80))) return true;
  if (looksTitle(s.text, pack, kind) && !headlineQuote(f, s, pack)) return true;
  // "the hashtag “…”", "headlined “…”": the name of a text, however long.
  if (s.open > 0 && pack.textNameBefore?.(f.text.slice(Math.max(0, s.open - 24), s.open))) return true;
  // «Ему вменялось «…»», "According to the indictment, X had “…”": a charge's legal wording, whatever its length.
  if (kind === 'partial' && s.open > 0 && pack.legalWordingBefore?.(f.text.slice(sentenceRange(f, s.open)[0], s.open))) return true;
  return kind === 'partial' && n <= 3 && isTerm(f, s, null, pack);
}

/** "Economist Pavel N: “The Budget Is Living on Borrowed Time”": a headline that is a person's name, a colon and the
 *  quotation to its end is written in Title Case as every headline is; the case says nothing of a title. */
function headlineQuote(f: Frame, s: Span, pack: LangPack): boolean {
  if (s.open < 2 || s.close < 0 || !REGEXPS.blanksOnly.test(f.frame.slice(s.close + 1))) return false;
  const colon = f.frame.lastIndexOf(':', s.open);
  if (colon < 0 || !REGEXPS.blanksOnly.test(f.frame.slice(colon + 1, s.open))) return false;
  for (const r of f.runs) {
    // (The name is the headline's whole label: "X Praises Y: “…”" is a sentence about the name, said by someone else.)
    if (r.end !== colon || !REGEXPS.blanksOnly.test(f.frame.slice(0, r.start))) continue;
    const { role, name } = runSplit(r, pack);
    return name.length >= 2 && pack.looksPerson(name, role) && !!pack.genderOf(name, role);
  }
  return false;
}

interface SpanShape {
  kind: Kind;
  /** Its words. */
  n: number;
  /** Not ruled out by notSpeech. */
  speech: boolean;
}

/** Is a span that may be speech (notSpeech said no) speech here? A name in marks that is the speaker, an unattributed
 *  scare quote, a one-word span with no verb of saying, a term its verb names are not. */
function keepSpan(c: SpanContext, speaker: Speaker | null, attributedBySpeech: boolean): boolean {
  const { kind, words: n, span: s } = c;
  // A name in marks that is itself the speaker ("«Газпром» признал, что …") is a name, not speech.
  if (speaker && speaker.paragraph === c.para && speaker.start === s.start && speaker.end === s.end) return false;
  // Without anyone saying it, a short fragment is a scare quote or a term, not a quotation.
  if (!attributedBySpeech && kind === 'partial' && !speaker && n < 4) return false;
  // (A direct one-word span is speech only with a verb of saying in its sentence.)
  if (n < 2 && kind === 'direct' && !c.cue) return false;
  if (kind === 'partial' && n <= 3 && isTerm(c.f, s, c.cue, c.pack)) return false;
  // "The school museum, “Pomorskaya Izba,” will be moved": a few capitalised words with no verb of saying in their
  // sentence and no sentence's end are a name in marks (whoever speaks elsewhere in the paragraph).
  if (!c.cue && n <= 3 && REGEXPS.capitalisedWords.test(s.text)) return false;
  return true;
}

/** CLI `quotes` mode: plain text in, offsets into that text out. */
export function findQuotesInText(text: string, lang: Lang, opts: FindOptions = {}): Quote[] {
  const paras: string[] = [];
  const offsets: number[] = [];
  for (const m of matchesOf(REGEXPS.line, text)) {
    if (!m[0].trim()) continue;
    paras.push(m[0]);
    offsets.push(m.index!);
  }
  return findQuotes(paras, lang, opts).map((q) => {
    const base = offsets[q.paragraph]!;
    const speakerBase = offsets[q.speaker?.paragraph ?? q.paragraph]!;
    const speaker = q.speaker && q.speaker.start !== undefined && q.speaker.end !== undefined
      ? { ...q.speaker, start: q.speaker.start + speakerBase, end: q.speaker.end + speakerBase }
      : q.speaker;
    return { ...q, speaker, start: q.start + base, end: q.end + base };
  });
}
