// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReadResult } from '../../core/types';
import { DEFAULT_SETTINGS, updateSettings, type Settings } from '../../shared/settings';
import { translator } from '../../ui/i18n';
import type { ReaderContext } from './feature';
import { collectSentences, Narrator } from './narrate';

type Handler = ((e: Record<string, unknown>) => void) | null;

class FakeUtterance {
  lang = '';
  voice: unknown = null;
  rate = 1;
  onstart: Handler = null;
  onboundary: Handler = null;
  onend: Handler = null;
  onerror: Handler = null;
  constructor(readonly text: string) {}
}

/** A speech engine that records what it is asked; the test fires the utterances' events. */
class FakeSynth extends EventTarget {
  spoken: FakeUtterance[] = [];
  paused = false;
  cancelled = 0;
  constructor(public voices: { voiceURI: string; name: string; lang: string }[]) {
    super();
  }
  getVoices() {
    return this.voices;
  }
  speak(u: FakeUtterance) {
    this.spoken.push(u);
  }
  cancel() {
    this.cancelled++;
  }
  pause() {
    this.paused = true;
  }
  resume() {
    this.paused = false;
  }
  /** The utterance being spoken now (the last one handed over). */
  get now(): FakeUtterance {
    return this.spoken.at(-1)!;
  }
}

const VOICES = [
  { voiceURI: 'urn:en-amy', name: 'Amy', lang: 'en-GB' },
  { voiceURI: 'urn:ru-ivan', name: 'Ivan', lang: 'ru-RU' },
  { voiceURI: 'urn:ru-olga', name: 'Olga', lang: 'ru-RU' },
];

function setup(opts: { lang?: string; voices?: typeof VOICES; speech?: boolean } = {}) {
  const root = document.createElement('div');
  root.innerHTML =
    '<h1 class="tmt-title">Заголовок статьи</h1><div class="story"><p>Об этом заявил В. В. Путин. Кремль <em>согласен</em>.</p>' +
    '<figure><figcaption>Подпись. Без чтения.</figcaption></figure><p>«Мы победим!» — сказал он.</p></div>';
  const story = root.querySelector('.story') as HTMLElement;
  document.body.replaceChildren(root);
  const synth = new FakeSynth(opts.voices ?? VOICES);
  const w = window as unknown as Record<string, unknown>;
  if (opts.speech !== false) {
    w.speechSynthesis = synth;
    w.SpeechSynthesisUtterance = FakeUtterance;
  }
  const said: string[] = [];
  let settings: Settings = { ...DEFAULT_SETTINGS };
  const ctx: ReaderContext = {
    doc: document,
    t: translator(opts.lang ?? 'ru'),
    article: () => ({ lang: opts.lang ?? 'ru' }) as ReadResult,
    rendered: () => ({ root, story, quotesSection: null, setQuotes: () => undefined, highlight: () => null }),
    settings: () => settings,
    changeSettings: (c) => (settings = updateSettings(settings, c)),
    scroller: () => null,
    positions: { load: async () => null, save: () => undefined },
    announce: (text) => said.push(text),
    keyQuotes: async () => undefined,
  };
  const n = new Narrator(ctx);
  root.prepend(n.listen, n.stop, n.controls);
  const text = () => story.textContent;
  return { n, synth, root, story, said, settings: () => settings, storyText: text() ?? '', text };
}

const marked = (root: Element, cls = 'tmt-speaking') =>
  Array.from(root.querySelectorAll(`mark.${cls}`))
    .map((m) => m.textContent)
    .join('');

afterEach(() => {
  const w = window as unknown as Record<string, unknown>;
  delete w.speechSynthesis;
  delete w.SpeechSynthesisUtterance;
});

describe('read aloud: sentences', () => {
  it('the title and the story blocks, sentence by sentence, captions left out', () => {
    const { root, story } = setup();
    const s = collectSentences([root.querySelector('.tmt-title')!, ...Array.from(story.querySelectorAll('p'))]);
    expect(s.map((x) => x.text)).toEqual(['Заголовок статьи', 'Об этом заявил В. В. Путин.', 'Кремль согласен.', '«Мы победим!» — сказал он.']);
  });
});

describe('read aloud', () => {
  it('reads one sentence at a time in a voice of the article language, highlighting the one being read', async () => {
    const { n, synth, root, story, storyText, text } = setup();
    await n.toggle();
    expect(synth.spoken).toHaveLength(1);
    expect(synth.now.text).toBe('Заголовок статьи');
    expect(synth.now.lang).toBe('ru-RU');
    expect((synth.now.voice as { voiceURI: string }).voiceURI).toBe('urn:ru-ivan');
    expect(n.listen.dataset.state).toBe('speaking');
    expect(n.controls.hidden).toBe(false);
    synth.now.onstart!({});
    expect(marked(root)).toBe('Заголовок статьи');
    synth.now.onend!({});
    expect(synth.now.text).toBe('Об этом заявил В. В. Путин.');
    synth.now.onstart!({});
    expect(marked(story)).toBe('Об этом заявил В. В. Путин.');
    expect(marked(root.querySelector('.tmt-title')!)).toBe('');
    synth.now.onend!({});
    // A sentence that crosses an inline element is marked piece by piece; the text is unchanged.
    synth.now.onstart!({});
    expect(marked(story)).toBe('Кремль согласен.');
    expect(text()).toBe(storyText);
  });

  it('word boundaries mark the word being said inside the sentence', async () => {
    const { n, synth, story } = setup();
    await n.toggle();
    synth.now.onend!({});
    synth.now.onboundary!({ name: 'word', charIndex: 8, charLength: 6 });
    expect(marked(story)).toBe('Об этом заявил В. В. Путин.');
    expect(marked(story, 'tmt-word')).toBe('заявил');
    // Without a length (some engines), the word runs to the next space.
    synth.now.onboundary!({ name: 'word', charIndex: 15 });
    expect(marked(story, 'tmt-word')).toBe('В.');
  });

  it('skips forward and back by sentence, and pausing then skipping reads on', async () => {
    const { n, synth, story, root } = setup();
    await n.toggle();
    n.skip(1);
    expect(synth.now.text).toBe('Об этом заявил В. В. Путин.');
    n.skip(1);
    expect(synth.now.text).toBe('Кремль согласен.');
    synth.now.onstart!({});
    expect(marked(story)).toBe('Кремль согласен.');
    await n.toggle();
    expect(n.current).toBe('paused');
    n.skip(-1);
    expect(synth.paused).toBe(false);
    expect(n.current).toBe('speaking');
    expect(synth.now.text).toBe('Об этом заявил В. В. Путин.');
    synth.now.onstart!({});
    expect(marked(story)).toBe('Об этом заявил В. В. Путин.');
    n.skip(-5);
    synth.now.onstart!({});
    expect(marked(root)).toBe('Заголовок статьи');
  });

  it('a new speed or voice takes effect at once and is remembered (the voice per language)', async () => {
    const { n, synth, settings } = setup();
    await n.toggle();
    synth.now.onend!({});
    const rate = n.controls.querySelector('[data-testid="reader-rate"]') as HTMLSelectElement;
    rate.value = '1.5';
    rate.dispatchEvent(new Event('change'));
    expect(settings().speechRate).toBe(1.5);
    expect(synth.now.rate).toBe(1.5);
    expect(synth.now.text).toBe('Об этом заявил В. В. Путин.');
    const voice = n.controls.querySelector('[data-testid="reader-voice"]') as HTMLSelectElement;
    expect(Array.from(voice.options).map((o) => o.value)).toEqual(['urn:ru-ivan', 'urn:ru-olga']);
    voice.value = 'urn:ru-olga';
    voice.dispatchEvent(new Event('change'));
    expect(settings().voices).toEqual({ ru: 'urn:ru-olga' });
    expect((synth.now.voice as { voiceURI: string }).voiceURI).toBe('urn:ru-olga');
    expect(synth.now.text).toBe('Об этом заявил В. В. Путин.');
    // Next time, the saved voice is the one used.
    n.end();
    await n.toggle();
    expect((synth.now.voice as { voiceURI: string }).voiceURI).toBe('urn:ru-olga');
  });

  it('says clearly when no voice for the language is installed, and reads nothing', async () => {
    const { n, synth, said } = setup({ voices: [VOICES[0]!] });
    await n.toggle();
    expect(synth.spoken).toHaveLength(0);
    expect(n.current).toBe('idle');
    expect(said.at(-1)).toBe(translator('ru')('noVoice', 'русский'));
    const en = setup({ lang: 'en', voices: [VOICES[1]!] });
    await en.n.toggle();
    expect(en.said.at(-1)).toContain('No voice for English is installed');
  });

  it('waits for voices an engine loads late (voiceschanged)', async () => {
    const { n, synth } = setup({ voices: [] });
    const started = n.toggle();
    synth.voices = VOICES;
    synth.dispatchEvent(new Event('voiceschanged'));
    await started;
    expect(synth.now.text).toBe('Заголовок статьи');
  });

  it('Stop clears the highlight; events of the stopped utterance change nothing; the end of the story ends it', async () => {
    const { n, synth, root } = setup();
    await n.toggle();
    const first = synth.now;
    first.onstart!({});
    n.end();
    expect(n.current).toBe('idle');
    expect(n.stop.hidden).toBe(true);
    expect(root.querySelector('mark')).toBeNull();
    first.onstart!({});
    first.onend!({});
    expect(root.querySelector('mark')).toBeNull();
    expect(synth.spoken).toHaveLength(1);
    await n.toggle();
    for (let i = 0; i < 4; i++) synth.now.onend!({});
    expect(n.current).toBe('idle');
    expect(n.listen.dataset.state).toBe('idle');
  });

  it('an engine error other than a cancel stops and says so', async () => {
    const { n, synth, said } = setup();
    await n.toggle();
    synth.now.onerror!({ error: 'interrupted' });
    expect(n.current).toBe('speaking');
    synth.now.onerror!({ error: 'synthesis-failed' });
    expect(n.current).toBe('idle');
    expect(said.at(-1)).toBe(translator('ru')('speechFailed'));
  });

  it('says so when the browser has no speech synthesis', async () => {
    const { n, said } = setup({ speech: false });
    await n.toggle();
    expect(said).toEqual([translator('ru')('speechUnavailable')]);
    expect(n.current).toBe('idle');
  });
});

describe('read aloud: the speed list', () => {
  // Number#toLocaleString loads Intl's number data on first use (tens of ms in Chromium), on the way to the reader's
  // first paint: the labels come from the message tables instead (docs/performance.md, "No Intl on the reader's path").
  it('labels each speed with the decimal separator of the reader language, without Intl', () => {
    const spy = vi.spyOn(Number.prototype, 'toLocaleString');
    try {
      const labels = (lang: string) => Array.from(setup({ lang }).n.controls.querySelectorAll('option')).map((o) => [o.value, o.textContent]);
      expect(labels('ru')).toEqual([['0.5', '0,5×'], ['0.75', '0,75×'], ['1', '1×'], ['1.25', '1,25×'], ['1.5', '1,5×'], ['1.75', '1,75×'], ['2', '2×']]);
      expect(labels('en').map(([, text]) => text)).toEqual(['0.5×', '0.75×', '1×', '1.25×', '1.5×', '1.75×', '2×']);
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});
