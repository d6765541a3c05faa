/**
 * Read aloud ("Listen"): the title and the story through the browser's speech synthesis, one utterance per
 * sentence. Per sentence because engines cut long utterances short, fire boundary events unreliably (or not
 * at all), and cancelling one sentence is how skipping and a new speed or voice take effect at once.
 * The sentence being read is highlighted (its utterance's start event) and kept in view; where the engine
 * reports word boundaries, the word too. Highlights are <mark>s inside the reader's own shadow DOM: the
 * story's text is unchanged and the page is never touched.
 *
 * The choices are pure and tested apart: sentences (core/narrate/sentences.ts), the voice for the article's
 * language, with the reader's saved choice per language (core/narrate/voices.ts). With no voice for the
 * language the reader says so instead of reading Russian with an English voice.
 */
import { splitSentences } from '../../core/narrate/sentences';
import { pickVoice, primaryLang, speechLang, voicesFor } from '../../core/narrate/voices';
import { RANGES } from '../../shared/settings';
import { h } from '../../ui/dom';
import { clearHighlights, markText, readingBlocks, spokenText } from '../../ui/highlight';
import { icon as svgIcon, type IconName } from '../../ui/icons';
import { uiLang, type MsgKey } from '../../ui/i18n';
import type { ReaderContext, ReaderFeature } from './feature';
import { button } from './toolbar';

export const NARRATE_CSS = `
mark.tmt-speaking{background:color-mix(in srgb,var(--mark) 40%,transparent);color:inherit;border-radius:3px}
mark.tmt-word{background:color-mix(in srgb,var(--mark) 85%,transparent);color:inherit}
.tmt-narrate{display:inline-flex;align-items:center;gap:6px;flex-wrap:wrap}
.tmt-narrate select{font:inherit;font-size:13px;max-width:14em}
.tmt-narrate .tmt-btn{min-width:2.4em;justify-content:center}
`;

export type NarrateState = 'idle' | 'speaking' | 'paused';

/** One sentence to read: where it is (a block and offsets into its collapsed text) and what it says. */
export interface Sentence {
  block: Element;
  start: number;
  end: number;
  text: string;
}

/** The sentences of the title and the story, in reading order. */
export function collectSentences(blocks: readonly Element[]): Sentence[] {
  const out: Sentence[] = [];
  for (const block of blocks) {
    const text = spokenText(block);
    for (const s of splitSentences(text)) out.push({ block, start: s.start, end: s.end, text: text.slice(s.start, s.end) });
  }
  return out;
}

/** Waits this long for an engine that loads its voices after the page (Chrome) before saying there are none. */
const VOICES_WAIT_MS = 1500;

type SpeechWindow = Window & { speechSynthesis?: SpeechSynthesis; SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance };

export class Narrator {
  readonly listen: HTMLElement;
  readonly stop: HTMLElement;
  /** Back, forward, speed and voice: shown while reading. */
  readonly controls: HTMLElement;
  private readonly rate: HTMLSelectElement;
  private readonly voiceSelect: HTMLSelectElement;
  private state: NarrateState = 'idle';
  /** Bumped by every utterance spoken and by stop: events of earlier utterances are ignored. */
  private run = 0;
  private sentences: Sentence[] = [];
  private index = 0;
  private shown = -1;
  private voices: SpeechSynthesisVoice[] = [];
  private voice: SpeechSynthesisVoice | null = null;
  private starting = false;

  constructor(private readonly ctx: ReaderContext) {
    const { doc, t } = ctx;
    this.listen = button(doc, t('listen'), { 'data-testid': 'reader-listen' }, () => void this.toggle(), 'play');
    this.stop = button(doc, t('stop'), { 'data-testid': 'reader-stop', hidden: '' }, () => this.end(), 'stop');
    this.listen.dataset.state = 'idle';
    const back = this.iconButton('back', t('previousSentence'), 'reader-back', () => this.skip(-1));
    const forward = this.iconButton('forward', t('nextSentence'), 'reader-forward', () => this.skip(1));
    const [min, max, step] = RANGES.speechRate;
    this.rate = h(doc, 'select', { 'aria-label': t('speechRate'), 'data-testid': 'reader-rate' }) as HTMLSelectElement;
    // Not toLocaleString: Intl's number data would load on the way to the reader's first paint.
    const point = t('decimalSeparator');
    for (let r = min; r <= max + 1e-9; r += step) this.rate.append(h(doc, 'option', { value: String(r) }, `${String(r).replace('.', point)}×`));
    this.rate.addEventListener('change', () => this.setRate(Number(this.rate.value)));
    this.voiceSelect = h(doc, 'select', { 'aria-label': t('voice'), 'data-testid': 'reader-voice' }) as HTMLSelectElement;
    this.voiceSelect.addEventListener('change', () => this.chooseVoice(this.voiceSelect.value));
    this.controls = h(
      doc,
      'span',
      { class: 'tmt-narrate', role: 'group', 'aria-label': t('listen'), 'data-testid': 'reader-narrate', hidden: '' },
      back,
      forward,
      this.rate,
      this.voiceSelect,
    );
  }

  get current(): NarrateState {
    return this.state;
  }

  /** Index of the sentence being read (or last read), into `sentenceList`. */
  get position(): number {
    return this.index;
  }

  get sentenceList(): readonly Sentence[] {
    return this.sentences;
  }

  private iconButton(name: IconName, label: string, testId: string, onClick: () => void): HTMLElement {
    const b = button(this.ctx.doc, label, { 'data-testid': testId, 'aria-label': label, title: label }, onClick);
    b.replaceChildren(svgIcon(this.ctx.doc, name));
    return b;
  }

  private win(): SpeechWindow | null {
    return this.ctx.doc.defaultView as SpeechWindow | null;
  }

  private synth(): SpeechSynthesis | null {
    return this.win()?.speechSynthesis ?? null;
  }

  /** Listen: start, pause or resume. */
  async toggle(): Promise<void> {
    const synth = this.synth();
    if (!synth || !this.win()?.SpeechSynthesisUtterance) {
      this.ctx.announce(this.ctx.t('speechUnavailable'));
      return;
    }
    if (this.state === 'speaking') {
      synth.pause();
      this.set('paused');
    } else if (this.state === 'paused') {
      synth.resume();
      this.set('speaking');
    } else if (!this.starting) {
      this.starting = true;
      try {
        await this.begin(synth);
      } finally {
        this.starting = false;
      }
    }
  }

  private async begin(synth: SpeechSynthesis): Promise<void> {
    const { ctx } = this;
    const lang = ctx.article().lang || 'en';
    this.voices = await loadVoices(synth, this.win()!);
    this.voice = pickVoice(this.voices, lang, ctx.settings().voices[primaryLang(lang)]);
    if (!this.voice) {
      const name = languageName(lang, uiLang(lang));
      ctx.announce(ctx.t('noVoice', name));
      this.listen.dataset.voice = 'none';
      return;
    }
    this.listen.dataset.voice = 'ok';
    this.fillVoices(lang);
    this.rate.value = String(ctx.settings().speechRate);
    this.collect();
    if (!this.sentences.length) return;
    ctx.announce('');
    this.set('speaking');
    this.speakAt(this.firstInView());
  }

  /** The sentences of the article as rendered now (a change of settings may render it again). */
  private collect(): void {
    const rendered = this.ctx.rendered();
    const title = rendered?.root.querySelector('.tmt-title');
    this.sentences = rendered ? collectSentences([...(title ? [title] : []), ...readingBlocks(rendered.story)]) : [];
  }

  /** Start where the reader is looking: the first sentence whose block is below the toolbar. */
  private firstInView(): number {
    const box = this.ctx.scroller();
    if (!box || box.scrollTop < 8) return 0;
    const bar = box.querySelector('.tmt-bar')?.getBoundingClientRect().bottom ?? box.getBoundingClientRect().top;
    const i = this.sentences.findIndex((s) => s.block.getBoundingClientRect().bottom > bar + 1);
    return i < 0 ? 0 : i;
  }

  private fillVoices(lang: string): void {
    const doc = this.ctx.doc;
    const options = voicesFor(this.voices, lang).map((v) =>
      h(doc, 'option', { value: v.voiceURI }, v.lang && v.name.includes(v.lang) ? v.name : `${v.name} (${v.lang})`),
    );
    this.voiceSelect.replaceChildren(...options);
    this.voiceSelect.value = this.voice?.voiceURI ?? '';
  }

  /** The reader picked a voice: remember it for this language, and read the current sentence again with it. */
  private chooseVoice(uri: string): void {
    const lang = primaryLang(this.ctx.article().lang || 'en');
    const v = this.voices.find((x) => x.voiceURI === uri);
    if (!v) return;
    this.voice = v;
    this.ctx.changeSettings({ voices: { ...this.ctx.settings().voices, [lang]: uri } });
    if (this.state !== 'idle') this.speakAt(this.index);
  }

  private setRate(rate: number): void {
    this.ctx.changeSettings({ speechRate: rate });
    if (this.state !== 'idle') this.speakAt(this.index);
  }

  /** Back or forward by `delta` sentences (pausing is undone: the reader asked to hear it). */
  skip(delta: number): void {
    if (this.state === 'idle' || !this.sentences.length) return;
    this.speakAt(Math.min(this.sentences.length - 1, Math.max(0, this.index + delta)));
  }

  /** Stop: cancel what is being read and clear the highlight. */
  end(): void {
    this.run++;
    if (this.state !== 'idle') this.synth()?.cancel();
    this.set('idle');
  }

  private speakAt(i: number): void {
    const synth = this.synth();
    const Utterance = this.win()?.SpeechSynthesisUtterance;
    if (!synth || !Utterance) return;
    const run = ++this.run;
    synth.cancel();
    if (i >= this.sentences.length) {
      this.set('idle');
      return;
    }
    this.index = i;
    const s = this.sentences[i]!;
    const u = new Utterance(s.text);
    u.lang = this.voice?.lang || speechLang(this.ctx.article().lang);
    if (this.voice) u.voice = this.voice;
    u.rate = this.ctx.settings().speechRate;
    u.onstart = () => {
      if (run === this.run) this.highlight(i);
    };
    u.onboundary = (e) => {
      if (run !== this.run) return;
      this.highlight(i);
      if (e.name === undefined || e.name === 'word') this.markWord(i, e.charIndex, e.charLength);
    };
    u.onend = () => {
      if (run === this.run) this.speakAt(i + 1);
    };
    u.onerror = (e) => {
      // Cancelling (stop, skip, a new speed) reports as an error in some engines: not one for the reader.
      if (run !== this.run || e.error === 'interrupted' || e.error === 'canceled') return;
      this.ctx.announce(this.ctx.t('speechFailed'));
      this.end();
    };
    if (synth.paused) synth.resume();
    synth.speak(u);
    this.set('speaking');
  }

  private clearMarks(): void {
    const root = this.ctx.rendered()?.root;
    if (!root) return;
    clearHighlights(root, 'tmt-word');
    clearHighlights(root, 'tmt-speaking');
    this.shown = -1;
  }

  /** Highlight sentence `i` and bring it into view below the toolbar. */
  private highlight(i: number): void {
    if (this.shown === i) return;
    this.clearMarks();
    if (this.sentences[i] && !this.sentences[i]!.block.isConnected) this.collect();
    const s = this.sentences[i];
    if (!s?.block.isConnected) return;
    const marks = markText(s.block, s.start, s.end, 'tmt-speaking');
    this.shown = i;
    if (marks[0]) this.keepInView(marks[0], marks[marks.length - 1]!);
  }

  private markWord(i: number, charIndex: number, charLength: number | undefined): void {
    const s = this.sentences[i];
    const root = this.ctx.rendered()?.root;
    if (!s || !root || !Number.isInteger(charIndex) || charIndex < 0 || charIndex >= s.text.length) return;
    clearHighlights(root, 'tmt-word');
    // Firefox and Chrome give the word's length; where not, the word runs to the next space.
    let len = charLength && charLength > 0 ? charLength : s.text.slice(charIndex).search(/\s|$/);
    if (len <= 0) len = 1;
    markText(s.block, s.start + charIndex, s.start + Math.min(s.text.length, charIndex + len), 'tmt-word');
  }

  private keepInView(first: Element, last: Element): void {
    const box = this.ctx.scroller();
    if (!box) return;
    const boxRect = box.getBoundingClientRect();
    const barBottom = box.querySelector('.tmt-bar')?.getBoundingClientRect().bottom ?? boxRect.top;
    const top = first.getBoundingClientRect().top;
    const bottom = last.getBoundingClientRect().bottom;
    if (top >= barBottom + 8 && bottom <= boxRect.bottom - 24) return;
    const reduce = this.ctx.doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    // The sentence about a third down the visible text, where the eye finds it again.
    const target = box.scrollTop + top - barBottom - (boxRect.bottom - barBottom) / 3;
    box.scrollTo({ top: Math.max(0, target), behavior: reduce ? 'auto' : 'smooth' });
  }

  private set(state: NarrateState): void {
    const { doc, t } = this.ctx;
    this.state = state;
    const [icon, label]: [IconName, MsgKey] =
      state === 'speaking' ? ['pause', 'pause'] : state === 'paused' ? ['play', 'resume'] : ['play', 'listen'];
    this.listen.replaceChildren(svgIcon(doc, icon), h(doc, 'span', { class: 'tmt-lbl' }, t(label)));
    this.listen.dataset.state = state;
    this.stop.hidden = state === 'idle';
    this.controls.hidden = state === 'idle';
    if (state === 'idle') this.clearMarks();
  }
}

/** The engine's voices; Chrome loads them after the page and says so with `voiceschanged`. */
function loadVoices(synth: SpeechSynthesis, win: Window): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      win.clearTimeout(timer);
      synth.removeEventListener?.('voiceschanged', done);
      resolve(synth.getVoices());
    };
    const timer = win.setTimeout(done, VOICES_WAIT_MS);
    synth.addEventListener?.('voiceschanged', done);
  });
}

/** "Russian" / «русский»: the article's language named in the reader's language. */
function languageName(lang: string, ui: string): string {
  const code = primaryLang(lang) || 'en';
  try {
    return new Intl.DisplayNames([ui], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export const narrate: ReaderFeature = {
  css: NARRATE_CSS,
  mount(ctx) {
    const n = new Narrator(ctx);
    return { start: [n.listen, n.stop, n.controls], close: () => n.end() };
  },
};
