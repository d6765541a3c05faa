/**
 * Read aloud ("Listen"): the title and the story through the browser's speech synthesis, one utterance per
 * paragraph (long single utterances get cut off in some engines), the paragraph being read highlighted.
 * Listen toggles pause and resume; Stop ends it, and so does closing the reader.
 */
import type { ReadResult } from '../../core/types';
import { h } from '../../ui/dom';
import { icon as svgIcon, type IconName } from '../../ui/icons';
import type { MsgKey } from '../../ui/i18n';
import type { ReaderContext, ReaderFeature } from './feature';
import { button } from './toolbar';

export const NARRATE_CSS = `
.tmt-story .tmt-speaking{background:color-mix(in srgb,var(--mark) 40%,transparent);border-radius:3px}
`;

export type NarrateState = 'idle' | 'speaking' | 'paused';

/** The blocks of the story that paragraphs are read from, in order. */
const SPOKEN_BLOCKS = 'p, li, h2, h3, h4, blockquote';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The BCP 47 tag to speak an article of language `lang` in. */
export function speechLang(lang: string): string {
  return lang === 'ru' ? 'ru-RU' : lang === 'en' ? 'en-US' : lang;
}

export class Narrator {
  readonly listen: HTMLElement;
  readonly stop: HTMLElement;
  private state: NarrateState = 'idle';
  /** Bumped by every start and stop: events of utterances queued before are ignored. */
  private run = 0;

  constructor(private readonly ctx: ReaderContext) {
    const { doc, t } = ctx;
    this.listen = button(doc, t('listen'), { 'data-testid': 'reader-listen' }, () => this.toggle(), 'play');
    this.stop = button(doc, t('stop'), { 'data-testid': 'reader-stop', hidden: '' }, () => this.end(), 'stop');
  }

  get current(): NarrateState {
    return this.state;
  }

  private synth(): SpeechSynthesis | null {
    const w = this.ctx.doc.defaultView as (Window & { speechSynthesis?: SpeechSynthesis }) | null;
    return w?.speechSynthesis ?? null;
  }

  /** Listen: start, pause or resume. */
  toggle(): void {
    const synth = this.synth();
    if (!synth) {
      this.ctx.announce(this.ctx.t('speechUnavailable'));
      return;
    }
    if (this.state === 'speaking') {
      synth.pause();
      this.set('paused');
    } else if (this.state === 'paused') {
      synth.resume();
      this.set('speaking');
    } else {
      this.speak(synth, this.ctx.article());
    }
  }

  /** Stop: cancel everything queued and clear the highlight. */
  end(): void {
    this.run++;
    this.synth()?.cancel();
    this.set('idle');
  }

  private speak(synth: SpeechSynthesis, r: ReadResult): void {
    synth.cancel();
    const Utterance = (this.ctx.doc.defaultView as Window & { SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance })
      .SpeechSynthesisUtterance;
    if (!Utterance) {
      this.ctx.announce(this.ctx.t('speechUnavailable'));
      return;
    }
    const lang = speechLang(r.lang);
    const voice = synth.getVoices().find((v) => v.lang.toLowerCase().startsWith((r.lang || 'en').toLowerCase()));
    const texts = [r.title ?? '', ...r.paragraphs].filter((s) => s.trim());
    const run = ++this.run;
    const story = this.ctx.rendered()?.story;
    const blocks = story ? Array.from(story.querySelectorAll(SPOKEN_BLOCKS)) : [];
    texts.forEach((text, i) => {
      const u = new Utterance(text);
      u.lang = lang;
      if (voice) u.voice = voice;
      u.onstart = () => {
        if (run !== this.run) return;
        for (const el of blocks) el.classList.remove('tmt-speaking');
        blocks.find((el) => squash(el.textContent ?? '') === squash(text))?.classList.add('tmt-speaking');
      };
      if (i === texts.length - 1) u.onend = () => run === this.run && this.set('idle');
      synth.speak(u);
    });
    this.set('speaking');
  }

  private set(state: NarrateState): void {
    const { doc, t } = this.ctx;
    this.state = state;
    const [icon, label]: [IconName, MsgKey] =
      state === 'speaking' ? ['pause', 'pause'] : state === 'paused' ? ['play', 'resume'] : ['play', 'listen'];
    this.listen.replaceChildren(svgIcon(doc, icon), h(doc, 'span', { class: 'tmt-lbl' }, t(label)));
    this.listen.dataset.state = state;
    this.stop.hidden = state === 'idle';
    if (state === 'idle') {
      for (const el of Array.from(this.ctx.rendered()?.story.querySelectorAll('.tmt-speaking') ?? [])) el.classList.remove('tmt-speaking');
    }
  }
}

export const narrate: ReaderFeature = {
  css: NARRATE_CSS,
  mount(ctx) {
    const n = new Narrator(ctx);
    return { start: [n.listen, n.stop], close: () => n.end() };
  },
};
