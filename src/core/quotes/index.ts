/**
 * Key quotes: quotations in a story, who said them, and a short summary of the most telling ones.
 * Pure and small: quotation marks, attribution patterns (EN, RU), a cast of names, a score.
 */
import type { Lang, Quote, Speaker } from '../types';
import type { Act } from './acts';
import { Cast } from './coref';
import { buildFrame, sentenceAt, type Frame } from './frame';
import { findSpans, type Span } from './marks';
import type { Run } from './names';
import { findActsEn, sentenceSubject } from './patterns-en';
import { findActsRu } from './patterns-ru';
import { scoreQuote, words } from './score';
import { matchesOf, splitSpace } from '../text';
import { LowerWords } from '../chars';

// Regexes used inside functions, made once: a literal in a function body is compiled again after
// garbage collections (V8), which costs up to a millisecond per Unicode pattern whenever the reader opens.
const KIND_OF_RE1 = /[\s\u00a0]/;
const KIND_OF_RE2 = /[.!?…:¶—–"(]/;
const KIND_OF_RE3 = /^[\p{Lu}\d]/u;
const KIND_OF_RE4 = /^[.!?…]?(?:[\s\u00a0]*$|[\s\u00a0]+[\p{Lu}"“«])/u;
const LOOKS_TITLE_RE1 = /[.!]$/;
const LOOKS_TITLE_RE2 = /[?…,:;]$/;
const ACT_FOR_RE1 = /[.!?…]$/;
const ACT_FOR_RE2 = /^[\s\u00a0]*(?:$|[\p{Lu}"“«„‘])/u;
const IS_TERM_RE1 = /(?:^|\s)(?:a|an|the|as|so-called|its|their|his|her|our|this|these|those|как|так\s+называем\w+)[\s\u00a0]*$/u;
const IS_TERM_RE2 = /(?:registry|register|list|status|label|category|designation|реестр|список|статус)\w*\s+(?:of\s+)?$/iu;
const IS_TERM_RE3 = /^(?:declar|designat|label|list|recogni[sz]|deem|classif|призна|объяв|внес|включ)/;
const SIGNATURE_RE1 = /^[\s\u00a0]*[-–—―]+[\s\u00a0]*/;
const SIGNATURE_RE2 = /^[\s\u00a0.,]*$/;
const ALL_QUOTE_RE1 = /[\p{L}\p{N}]/u;
const FIND_QUOTES_RE1 = /^[\s\u00a0]*(?:,[\s\u00a0]*)?[—–-]|^[\s\u00a0]*,[\s\u00a0]+\p{Ll}/u;
const FIND_QUOTES_RE2 = /:[\s\u00a0]*$/;
const FIND_QUOTES_RE3 = /,[\s\u00a0]*$/;
const FIND_QUOTES_RE4 = /^\p{Lu}/u;
const FIND_QUOTES_IN_TEXT_RE1 = /[^\n]+/g;

export { selectKeyQuotes } from './score';


/** A short look past `pos`: the whole rest when it is short (so that `$` still means the paragraph's end). */
function rest(f: Frame, pos: number): string {
  return f.frame.slice(pos, pos + 48);
}

/** A quotation is "direct" when it stands as a statement of its own, not inside the narrator's sentence. */
function kindOf(f: Frame, s: Span): 'direct' | 'partial' {
  if (s.open < 0) return 'direct';
  let i = s.open;
  while (i > 0 && KIND_OF_RE1.test(f.frame[i - 1]!)) i--;
  const last = i > 0 ? f.frame[i - 1] : undefined;
  if (last === undefined || KIND_OF_RE2.test(last)) return 'direct';
  if (last === ',' && KIND_OF_RE3.test(s.text)) return 'direct';
  // "По словам Пескова, «…»." / "he said, “…”": after a comma, running to the end of the sentence.
  if (last === ',' && s.close >= 0 && KIND_OF_RE4.test(rest(f, s.close + 1))) return 'direct';
  if (last === ',' && s.close < 0) return 'direct';
  return 'partial';
}

/** Title Case fragments ("The Death of Stalin", «Новая газета») are names of things, not speech. */
function looksTitle(text: string, lang: Lang, kind: 'direct' | 'partial'): boolean {
  const ws = splitSpace(text.replace(LOOKS_TITLE_RE1, ''));
  if (ws.length > 7 || LOOKS_TITLE_RE2.test(text)) return false;
  if (!KIND_OF_RE3.test(text)) return false;
  // A statement may stand alone in Title Case only if every word is capitalised and there are a few.
  if (kind === 'direct') return lang === 'en' && ws.length >= 3 && ws.every((w) => KIND_OF_RE3.test(w));
  if (lang === 'ru') return ws.length <= 4 && !LOOKS_TITLE_RE1.test(text);
  return ws.length >= 2 && ws.every((w) => w.length <= 3 || KIND_OF_RE3.test(w));
}

function actsOf(f: Frame, lang: Lang): Act[] {
  return lang === 'ru' ? findActsRu(f) : findActsEn(f);
}

/** Acts in the same sentence as the span, nearest first: after the closing mark, then before. */
function actFor(f: Frame, s: Span, acts: Act[], kind: 'direct' | 'partial'): Act | null {
  const open = s.open < 0 ? 0 : s.open;
  const close = s.close < 0 ? f.text.length : s.close;
  const sOpen = sentenceAt(f, open);
  const sClose = sentenceAt(f, Math.max(open, close - 1));
  const endsSentence = ACT_FOR_RE1.test(s.text) && (s.close < 0 || ACT_FOR_RE2.test(rest(f, s.close + 1)));
  const nextOpen = f.spans.find((x) => x.open > close)?.open ?? f.text.length;
  const prevClose = [...f.spans].reverse().find((x) => x.close >= 0 && x.close < open)?.close ?? -1;
  const right = endsSentence ? [] : acts.filter((a) => a.start > close && a.start < nextOpen && sentenceAt(f, a.start) === sClose);
  const left = acts.filter((a) => a.end <= open && a.start > prevClose && sentenceAt(f, a.start) === sOpen);
  const strong = (a: Act, dist: number): boolean => !a.weak || dist < 40;
  const r = right.find((a) => strong(a, a.start - close));
  if (r && (kind === 'direct' || r.start - close < 60)) return r;
  const l = [...left].reverse().find((a) => strong(a, open - a.end));
  if (l) return l;
  if (r) return r;
  if (kind === 'partial') {
    // Partial quotations take the sentence's speaker wherever it stands ("X said ... that ... 'fragment'").
    const same = acts.filter((a) => !a.weak && sentenceAt(f, a.start) === sOpen);
    return same.find((a) => a.end <= open) ?? same[0] ?? null;
  }
  return null;
}

/**
 * A short fragment used as a name for something ("declared the group a "foreign agent"",
 * "признали «иностранным агентом»") is a term, not speech.
 */
function isTerm(f: Frame, s: Span, act: Act | null): boolean {
  const lead = f.text.slice(Math.max(0, s.open - 16), Math.max(0, s.open)).toLowerCase();
  if (IS_TERM_RE1.test(lead)) return true;
  // "its registry of “foreign agents”", "the status of «иноагента»": the name of a category.
  if (IS_TERM_RE2.test(lead)) return true;
  if (!act) return false;
  const verb = f.text.slice(act.start, act.end).toLowerCase();
  // (Not "called": "called the ruling “a political decision”" quotes the caller.)
  return IS_TERM_RE3.test(verb);
}

const LABEL = /^(\p{Lu}[\p{Lu}.'’-]+(?:\s\p{Lu}[\p{Lu}.'’-]+){0,2}):\s/u;

/** "— Bernie Sanders." alone on a line: the signature of the quotation above. */
function signature(f: Frame): Run | null {
  const m = SIGNATURE_RE1.exec(f.frame);
  if (!m) return null;
  const run = f.byStart.get(m[0].length);
  return run && run.end + 4 >= f.frame.length && SIGNATURE_RE2.test(f.frame.slice(run.end)) ? run : null;
}

/** Is the whole paragraph (bar punctuation) quotation? */
function allQuote(f: Frame): boolean {
  return !ALL_QUOTE_RE1.test(f.frame);
}

/**
 * No news paragraph is this long, and no story this long (a long read is ~60,000 characters): beyond
 * that the text is not prose (a dump, an attack), so it is not read, which keeps hostile input cheap.
 */
const MAX_PARAGRAPH = 12_000;
const MAX_SPANS = 60;
const MAX_STORY = 400_000;

export function findQuotes(paragraphs: string[], lang: Lang): Quote[] {
  let total = 0;
  paragraphs = paragraphs.map((p) => {
    total += p.length;
    return p.length > MAX_PARAGRAPH || total > MAX_STORY ? '' : p;
  });
  const allSpans = findSpans(paragraphs).map((s) => (s.length > MAX_SPANS ? s.slice(0, MAX_SPANS) : s));
  // Words the story writes in lower case somewhere: capitalised only at a sentence start, never names.
  const vocab = new LowerWords(paragraphs);
  const frames = paragraphs.map((p, i) => buildFrame(p, allSpans[i]!, lang, vocab));
  const acts = frames.map((f) => actsOf(f, lang));
  const cast = new Cast(frames, acts, lang);
  const out: Quote[] = [];
  let prevSpeaker: Speaker | null = null;
  let prevSpeakerPara = -10;
  let lastActPara = -10;
  let lastActSpeaker: Speaker | null = null;
  // Plain loops, not callbacks: a closure made per call loses its optimized code at every GC (V8).
  for (let para = 0; para < frames.length; para++) {
    const f = frames[para]!;
    let paraSpeaker: Speaker | null = null;
    let lastInPara: Speaker | null | undefined;
    for (const s of f.spans) {
      const kind = kindOf(f, s);
      const n = words(s.text);
      const act = actFor(f, s, acts[para]!, kind);
      let speaker: Speaker | null = act ? cast.speakerOf(act.subj, para, act.gender) : null;
      let keep = true;
      const label = LABEL.exec(s.text);
      if (label) {
        // Transcript style: "WALLACE: Let's start with …" names its own speaker.
        speaker = cast.speakerOfLabel(label[1]!);
      } else if (!act) {
        const before = [...acts[para]!].reverse().find((a) => a.end <= (s.open < 0 ? 0 : s.open) && !a.weak);
        const after = acts[para]!.find((a) => a.start > s.close && !a.weak);
        if (s.continued || (s.open < 0)) {
          speaker = prevSpeaker;
        } else if (kind === 'direct' && lastInPara !== undefined) {
          speaker = lastInPara;
        } else if (kind === 'direct' && before) {
          speaker = cast.speakerOf(before.subj, para, before.gender);
        } else if (kind === 'direct' && after && n >= 2) {
          speaker = cast.speakerOf(after.subj, para, after.gender);
        } else if (kind === 'direct' && f.spans[0] === s && acts[para]!.length === 0 && n >= 3) {
          // A paragraph that opens with a quotation and names no one: announced by the paragraph
          // before ("Cruz called them on it:"), signed by the next ("— Bernie Sanders"), or the voice
          // of the last quotation or statement just before (across at most one short act-less paragraph).
          // An attribution right after the quotation that was not understood ("», — отметил …", ",” someone
          // added") means the voice is someone new: better no speaker than the last one.
          const unread = s.close >= 0 && FIND_QUOTES_RE1.test(rest(f, s.close + 1));
          const announced = para > 0 && FIND_QUOTES_RE2.test(paragraphs[para - 1]!) ? cast.announcer(para - 1, acts[para - 1]!) : null;
          const signed = para + 1 < frames.length ? signature(frames[para + 1]!) : null;
          if (unread) speaker = null;
          else if (announced) speaker = announced;
          else if (signed) speaker = cast.speakerOf({ kind: 'name', run: signed, role: null, nominative: true }, para + 1, null);
          else if (prevSpeakerPara >= para - 1 && allQuote(f)) speaker = prevSpeaker;
          else if (lastActPara >= para - 2 && lastActSpeaker && (lastActPara === para - 1 || words(paragraphs[para - 1]!) <= 8)) speaker = lastActSpeaker;
          else if (prevSpeakerPara === para - 1) speaker = prevSpeaker;
        }
        if (kind === 'direct' && !speaker && lang === 'en' && s.open > 0 && (FIND_QUOTES_RE2.test(f.frame.slice(Math.max(0, s.open - 12), s.open)) || (FIND_QUOTES_RE3.test(f.frame.slice(Math.max(0, s.open - 12), s.open)) && FIND_QUOTES_RE4.test(s.text)))) {
          // "Obama is rolling out a new message: “It's about me.”": the sentence's subject speaks.
          const sent = f.sents[sentenceAt(f, s.open)]!;
          const subj = sentenceSubject(f, sent[0], s.open);
          if (subj) speaker = cast.speakerOf(subj, para, null);
        }
        if (kind === 'partial' && !speaker && n >= 4) {
          // A long fragment is still someone's words: the sentence's subject ("Trump mocked Rubio for
          // “having a tough night”"), else the paragraph's speaker, if it names one.
          const sent = f.sents[sentenceAt(f, s.open)]!;
          const subj = lang === 'en' ? sentenceSubject(f, sent[0], s.open) : null;
          if (subj) speaker = cast.speakerOf(subj, para, null);
          const near = before ?? after;
          if (!speaker && near) speaker = cast.speakerOf(near.subj, para, near.gender);
        }
        // Without anyone saying it, a short fragment is a scare quote or a term, not a quotation.
        if (kind === 'partial' && !speaker && n < 4) keep = false;
      }
      if (n < 2 && !(kind === 'direct' && act)) keep = false;
      if (looksTitle(s.text, lang, kind)) keep = false;
      if (kind === 'partial' && n < 2) keep = false;
      if (kind === 'partial' && n <= 3 && isTerm(f, s, act)) keep = false;
      if (!keep) continue;
      lastInPara = speaker;
      if (speaker) paraSpeaker = speaker;
      cast.quoted(speaker, para);
      out.push({
        text: s.text,
        kind,
        speaker,
        paragraph: para,
        start: s.start,
        end: s.end,
        score: 0,
      });
    }
    if (paraSpeaker) {
      prevSpeaker = paraSpeaker;
      prevSpeakerPara = para;
      // The last quotation's speaker is who a continuation belongs to.
      const last = out[out.length - 1];
      if (last && last.paragraph === para && last.speaker) prevSpeaker = last.speaker;
    }
    const strongActs = acts[para]!.filter((a) => !a.weak);
    if (strongActs.length) {
      const a = strongActs[strongActs.length - 1]!;
      const sp = cast.speakerOf(a.subj, para, a.gender);
      if (sp) {
        lastActPara = para;
        lastActSpeaker = sp;
      }
    }
  }
  for (const q of out) q.score = scoreQuote(q, paragraphs.length);
  return out;
}

/** CLI `quotes` mode: plain text in, offsets into that text out. */
export function findQuotesInText(text: string, lang: Lang): Quote[] {
  const paras: string[] = [];
  const offsets: number[] = [];
  for (const m of matchesOf(FIND_QUOTES_IN_TEXT_RE1, text)) {
    if (!m[0].trim()) continue;
    paras.push(m[0]);
    offsets.push(m.index!);
  }
  return findQuotes(paras, lang).map((q) => {
    const base = offsets[q.paragraph]!;
    const speaker = q.speaker && q.speaker.start !== undefined && q.speaker.end !== undefined
      ? { ...q.speaker, start: q.speaker.start + base, end: q.speaker.end + base }
      : q.speaker;
    return { ...q, speaker, start: q.start + base, end: q.end + base };
  });
}
