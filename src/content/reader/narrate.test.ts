// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { ReadResult } from '../../core/types';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { translator } from '../../ui/i18n';
import type { ReaderContext } from './feature';
import { Narrator, speechLang } from './narrate';

/** A speech engine that records what it is asked and lets the test fire utterance events. */
class FakeSynth {
  queue: { text: string; lang: string; onstart?: () => void; onend?: () => void }[] = [];
  paused = false;
  cancelled = 0;
  getVoices() {
    return [];
  }
  speak(u: FakeUtterance) {
    this.queue.push(u);
  }
  cancel() {
    this.cancelled++;
    this.queue = [];
  }
  pause() {
    this.paused = true;
  }
  resume() {
    this.paused = false;
  }
}
class FakeUtterance {
  lang = '';
  voice: unknown = null;
  onstart?: () => void;
  onend?: () => void;
  constructor(readonly text: string) {}
}

const article = {
  lang: 'ru',
  title: 'Заголовок',
  paragraphs: ['Первый абзац.', 'Второй  абзац.'],
} as ReadResult;

function setup(withSpeech = true) {
  const story = document.createElement('div');
  story.innerHTML = '<p>Первый абзац.</p><p>Второй абзац.</p>';
  document.body.replaceChildren(story);
  const synth = new FakeSynth();
  const w = window as unknown as Record<string, unknown>;
  if (withSpeech) {
    w.speechSynthesis = synth;
    w.SpeechSynthesisUtterance = FakeUtterance;
  }
  const said: string[] = [];
  const ctx: ReaderContext = {
    doc: document,
    t: translator('ru'),
    article: () => article,
    rendered: () => ({ root: story, story, quotesSection: null, setQuotes: () => undefined, highlight: () => null }),
    settings: () => DEFAULT_SETTINGS,
    announce: (text) => said.push(text),
    keyQuotes: async () => undefined,
  };
  return { n: new Narrator(ctx), synth, story, said };
}

afterEach(() => {
  const w = window as unknown as Record<string, unknown>;
  delete w.speechSynthesis;
  delete w.SpeechSynthesisUtterance;
});

describe('reader: read aloud', () => {
  it('queues the title and each paragraph in the article language, and Listen becomes Pause', () => {
    const { n, synth } = setup();
    n.listen.click();
    expect(synth.queue.map((u) => u.text)).toEqual(['Заголовок', 'Первый абзац.', 'Второй  абзац.']);
    expect(synth.queue.every((u) => u.lang === 'ru-RU')).toBe(true);
    expect(n.listen.dataset.state).toBe('speaking');
    expect(n.listen.textContent).toBe(translator('ru')('pause'));
    expect(n.stop.hidden).toBe(false);
  });

  it('highlights the paragraph being read (whitespace aside), one at a time', () => {
    const { n, synth, story } = setup();
    n.listen.click();
    synth.queue[1]!.onstart!();
    expect(story.querySelectorAll('.tmt-speaking')).toHaveLength(1);
    expect(story.querySelector('.tmt-speaking')?.textContent).toBe('Первый абзац.');
    synth.queue[2]!.onstart!();
    expect(story.querySelector('.tmt-speaking')?.textContent).toBe('Второй абзац.');
    expect(story.querySelectorAll('.tmt-speaking')).toHaveLength(1);
  });

  it('Listen pauses and resumes; Stop cancels, clears the highlight and hides itself', () => {
    const { n, synth, story } = setup();
    n.listen.click();
    synth.queue[1]!.onstart!();
    n.listen.click();
    expect(synth.paused).toBe(true);
    expect(n.listen.dataset.state).toBe('paused');
    n.listen.click();
    expect(synth.paused).toBe(false);
    expect(n.listen.dataset.state).toBe('speaking');
    const last = synth.queue[2]!;
    n.stop.click();
    expect(synth.queue).toHaveLength(0);
    expect(n.current).toBe('idle');
    expect(n.stop.hidden).toBe(true);
    expect(story.querySelector('.tmt-speaking')).toBeNull();
    // An utterance of the stopped run that still reports in changes nothing.
    last.onstart!();
    expect(story.querySelector('.tmt-speaking')).toBeNull();
  });

  it('goes back to Listen when the last paragraph has been read', () => {
    const { n, synth } = setup();
    n.listen.click();
    synth.queue.at(-1)!.onend!();
    expect(n.current).toBe('idle');
    expect(n.listen.dataset.state).toBe('idle');
  });

  it('says so when the browser has no speech synthesis', () => {
    const { n, said } = setup(false);
    n.listen.click();
    expect(said).toEqual([translator('ru')('speechUnavailable')]);
    expect(n.current).toBe('idle');
  });

  it('speaks Russian as ru-RU, English as en-US, anything else as given', () => {
    expect(speechLang('ru')).toBe('ru-RU');
    expect(speechLang('en')).toBe('en-US');
    expect(speechLang('de')).toBe('de');
  });
});
