/**
 * Listen and Resume, end to end in real Chromium and Firefox ESR.
 *
 * Listen: headless browsers have no voices, so the speech ENGINE is stubbed, and only it: the stub is put
 * into the extension's own content-script world (scripting.executeScript, the world the reader runs in),
 * lists test voices, and fires real SpeechSynthesisEvent start / boundary / end (and the 'interrupted' error
 * of a cancel) on the reader's real utterances when the test says so. Everything else is the product: the
 * reader's sentence splitting, voice choice, highlighting, scrolling, skipping, speed, saved choices.
 *
 * Resume: the position is recorded while reading, offered after a reload, and the options page's button
 * forgets it.
 */
import type { Page } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { BROWSERS, fixtureCase, normalizeText, setupE2E, waitFor, type E2E } from './harness';
import { inReader, sendToTab, waitForReader } from './reader-helpers';

const SEED = fixtureCase('seed-syria-2013');
const RU = fixtureCase('ru-publisher-letter-2025');

interface Voice {
  voiceURI: string;
  name: string;
  lang: string;
}
const EN_VOICES: Voice[] = [
  { voiceURI: 'urn:test:en-gb', name: 'Test Amy', lang: 'en-GB' },
  { voiceURI: 'urn:test:en-us', name: 'Test Bob', lang: 'en-US' },
];

interface Spoken {
  text: string;
  lang: string;
  rate: number;
  voice: string | null;
}

/** Installs the speech-engine stub in the extension's content-script world of `page`'s tab. */
async function stubSpeech(e2e: E2E, page: Page, voices: Voice[]): Promise<void> {
  const tabId = await e2e.browser.tabId(page);
  await e2e.browser.evalInBackground(
    async ({ api }, id: number, list: Voice[]) => {
      await api.scripting.executeScript({
        target: { tabId: id },
        args: [list],
        func: (vs: Voice[]) => {
          const w = window as unknown as Record<string, any>;
          const synth = w.speechSynthesis as SpeechSynthesis;
          const s: Record<string, any> = { log: [] as unknown[], queue: [] as SpeechSynthesisUtterance[], current: null, paused: false };
          w.__tmtSpeechStub = s;
          // The engine's voices are not constructible: an utterance keeps the stub's voice object instead.
          const voiceOf = new WeakMap<object, unknown>();
          Object.defineProperty(w.SpeechSynthesisUtterance.prototype, 'voice', {
            configurable: true,
            get() {
              return voiceOf.get(this) ?? null;
            },
            set(v: unknown) {
              voiceOf.set(this, v);
            },
          });
          const voices = vs.map((v) => ({ ...v, default: false, localService: true }));
          const fire = (u: SpeechSynthesisUtterance, type: string, init: Record<string, unknown> = {}) =>
            u.dispatchEvent(
              type === 'error'
                ? new w.SpeechSynthesisErrorEvent('error', { utterance: u, error: init.error })
                : new w.SpeechSynthesisEvent(type, { utterance: u, charIndex: 0, ...init }),
            );
          const startNext = () => {
            if (s.current || !s.queue.length) return;
            const u = s.queue.shift();
            s.current = u;
            setTimeout(() => s.current === u && fire(u, 'start'), 0);
          };
          synth.getVoices = () => voices as unknown as SpeechSynthesisVoice[];
          synth.speak = (u: SpeechSynthesisUtterance) => {
            s.log.push({ text: u.text, lang: u.lang, rate: u.rate, voice: (u.voice as { voiceURI?: string } | null)?.voiceURI ?? null });
            s.queue.push(u);
            startNext();
          };
          synth.cancel = () => {
            const c = s.current;
            s.current = null;
            s.queue = [];
            if (c) fire(c, 'error', { error: 'interrupted' });
          };
          synth.pause = () => void (s.paused = true);
          synth.resume = () => void (s.paused = false);
          Object.defineProperty(synth, 'paused', { configurable: true, get: () => s.paused });
          // Driven by the test: the engine says word `n` of the current utterance, or finishes it.
          s.word = (n: number) => {
            const u = s.current as SpeechSynthesisUtterance;
            const words = Array.from(u.text.matchAll(/\S+/g));
            const m = words[n]!;
            fire(u, 'boundary', { name: 'word', charIndex: m.index, charLength: m[0].length });
            return m[0];
          };
          s.finish = () => {
            const u = s.current as SpeechSynthesisUtterance;
            s.current = null;
            fire(u, 'end', { charIndex: u.text.length });
            startNext();
          };
        },
      });
    },
    tabId,
    voices,
  );
}

/** Calls the stub (in the content-script world): 'log' gives what was spoken, 'word' / 'finish' fire events. */
async function engine<R>(e2e: E2E, page: Page, action: 'log' | 'word' | 'finish', arg?: number): Promise<R> {
  const tabId = await e2e.browser.tabId(page);
  return e2e.browser.evalInBackground(
    async ({ api }, id: number, a: string, n: number | null) => {
      const [res] = await api.scripting.executeScript({
        target: { tabId: id },
        args: [a, n],
        func: (act: string, x: number | null) => {
          const s = (window as unknown as { __tmtSpeechStub: Record<string, any> }).__tmtSpeechStub;
          return act === 'log' ? s.log : s[act](x);
        },
      });
      return res?.result;
    },
    tabId,
    action,
    arg ?? null,
  ) as Promise<R>;
}

/** What the reader shows of the narration. */
async function narration(e2e: E2E, page: Page) {
  return inReader(e2e, page, (root) => {
    const d = root.querySelector('dialog')!;
    const marks = Array.from(root.querySelectorAll('mark.tmt-speaking'));
    const bar = root.querySelector('.tmt-bar')!.getBoundingClientRect();
    const first = marks[0]?.getBoundingClientRect();
    const last = marks.at(-1)?.getBoundingClientRect();
    return {
      sentence: marks.map((m) => m.textContent).join(''),
      word: Array.from(root.querySelectorAll('mark.tmt-word')).map((m) => m.textContent).join(''),
      inView: !!first && !!last && first.top >= bar.bottom - 1 && last.bottom <= d.getBoundingClientRect().bottom + 1,
      scrollTop: d.scrollTop,
      state: (root.querySelector('[data-testid="reader-listen"]') as HTMLElement).dataset.state,
      status: root.querySelector('[data-testid="reader-status"]')?.textContent ?? '',
      story: root.querySelector('[data-testid="article-body"]')?.textContent ?? '',
    };
  });
}

async function click(e2e: E2E, page: Page, testId: string): Promise<void> {
  const ok = await inReader(e2e, page, (root, id: string) => {
    const b = root.querySelector(`[data-testid="${id}"]`) as HTMLElement | null;
    b?.click();
    return !!b;
  }, testId);
  expect(ok, `${testId} is in the reader`).toBe(true);
}

async function choose(e2e: E2E, page: Page, testId: string, value: string): Promise<void> {
  await inReader(e2e, page, (root, id: string, v: string) => {
    const s = root.querySelector(`[data-testid="${id}"]`) as HTMLSelectElement;
    s.value = v;
    s.dispatchEvent(new Event('change'));
  }, testId, value);
}

describe.each(BROWSERS)('listen and resume in %s', (name) => {
  const e2e = setupE2E(name);
  let page: Page | null = null;

  afterEach(async () => {
    await page?.close().catch(() => undefined);
    page = null;
    await e2e.browser.evalInBackground(async ({ api }) => {
      await api.storage.sync.clear();
      await api.storage.local.clear();
    });
  });

  async function openReader(url: string, voices?: Voice[]): Promise<Page> {
    page ??= await e2e.browser.openPage(url);
    const p = page;
    await e2e.browser.waitForActionState(p, (s) => s.badgeText !== '');
    await p.setViewport({ width: 1280, height: 800 });
    // Instant scrolling: the test reads positions right after the reader moves.
    await e2e.browser.emulateMedia(p, { reducedMotion: true });
    if (voices) await stubSpeech(e2e, p, voices);
    await sendToTab(e2e, p, { type: 'tmt:reader', action: 'open' });
    await waitForReader(e2e, p, true);
    return p;
  }

  const lastSpoken = async (p: Page) => (await engine<Spoken[]>(e2e, p, 'log')).at(-1)!;

  /** Waits until the reader highlights exactly the sentence the engine is saying. */
  async function highlighted(p: Page, text: string) {
    return waitFor(
      async () => {
        const n = await narration(e2e, p);
        return n && normalizeText(n.sentence) === normalizeText(text) ? n : null;
      },
      { timeout: 5_000, what: `${name}: "${text.slice(0, 40)}…" highlighted` },
    );
  }

  it('Listen reads sentence by sentence in an English voice, highlighting and following the one being read', async () => {
    const p = await openReader(SEED.url, EN_VOICES);
    const pageBefore = await p.evaluate(() => document.body.outerHTML);
    const storyBefore = (await narration(e2e, p))!.story;

    await click(e2e, p, 'reader-listen');
    await waitFor(async () => ((await engine<Spoken[]>(e2e, p, 'log')).length ? true : null), { what: `${name}: first utterance` });
    const first = await lastSpoken(p);
    // The headline first, in the article's language, with the en-US voice (the usual region for English).
    expect(normalizeText(first.text)).toBe(SEED.expected.title);
    expect(first).toMatchObject({ lang: 'en-US', voice: 'urn:test:en-us', rate: 1 });
    let n = await highlighted(p, first.text);
    expect(n.state).toBe('speaking');

    // The engine reaches the end of the headline: the first sentence of the story is next, and highlighted.
    await engine(e2e, p, 'finish');
    const second = await lastSpoken(p);
    expect(second.text).not.toBe(first.text);
    expect(normalizeText(SEED.expected.body![0]!)).toContain(normalizeText(second.text));
    n = await highlighted(p, second.text);
    // Word boundaries mark the word being said.
    const said = await engine<string>(e2e, p, 'word', 2);
    await waitFor(async () => ((await narration(e2e, p))!.word === said ? true : null), { what: `${name}: word "${said}" marked` });

    // Skip forward several sentences: each is highlighted, and the reader scrolls to keep it in view.
    for (let i = 0; i < 12; i++) await click(e2e, p, 'reader-forward');
    const ahead = await lastSpoken(p);
    n = await highlighted(p, ahead.text);
    expect(n.inView, 'the sentence being read is on screen').toBe(true);
    expect(n.scrollTop).toBeGreaterThan(0);
    // And back one.
    await click(e2e, p, 'reader-back');
    const back = await lastSpoken(p);
    const log = await engine<Spoken[]>(e2e, p, 'log');
    expect(back.text).toBe(log.at(-3)!.text);
    await highlighted(p, back.text);

    // A new speed and a new voice take effect on the current sentence, and are remembered.
    await choose(e2e, p, 'reader-rate', '1.5');
    expect(await lastSpoken(p)).toMatchObject({ text: back.text, rate: 1.5 });
    await choose(e2e, p, 'reader-voice', 'urn:test:en-gb');
    expect(await lastSpoken(p)).toMatchObject({ text: back.text, rate: 1.5, voice: 'urn:test:en-gb', lang: 'en-GB' });
    const stored = await waitFor(
      async () => {
        const s = (await e2e.browser.evalInBackground(async ({ api }) => (await api.storage.sync.get('settings')).settings)) as Record<string, any> | undefined;
        return s?.voices?.en ? s : null;
      },
      { timeout: 5_000, what: `${name}: voice choice saved` },
    );
    expect(stored).toMatchObject({ speechRate: 1.5, voices: { en: 'urn:test:en-gb' } });

    // The highlight never changed the story's text, and the page was not touched.
    expect((await narration(e2e, p))!.story).toBe(storyBefore);
    expect(await p.evaluate(() => document.body.outerHTML)).toBe(pageBefore);

    // Listen pauses and resumes the engine.
    await click(e2e, p, 'reader-listen');
    expect((await narration(e2e, p))!.state).toBe('paused');
    await click(e2e, p, 'reader-listen');
    expect((await narration(e2e, p))!.state).toBe('speaking');

    await click(e2e, p, 'reader-stop');
    n = (await narration(e2e, p))!;
    expect(n.sentence).toBe('');
    expect(n.state).toBe('idle');
    expect(n.story).toBe(storyBefore);
  });

  it('says clearly that no Russian voice is installed, and reads nothing', async () => {
    const p = await openReader(RU.url, EN_VOICES);
    await click(e2e, p, 'reader-listen');
    const n = await waitFor(
      async () => {
        const x = await narration(e2e, p);
        return x?.status ? x : null;
      },
      { what: `${name}: the reader's answer to Listen` },
    );
    expect(n.status).toContain('русский');
    expect(n.status).toContain('голос');
    expect(n.state).toBe('idle');
    expect(n.sentence).toBe('');
    expect(await engine<Spoken[]>(e2e, p, 'log')).toEqual([]);
  });

  it('resume: the place is remembered, offered after a reload, and forgotten by the options page button', async () => {
    let p = await openReader(SEED.url);
    // Read on: bring the 6th paragraph of the story to the top of the reader.
    const target = await inReader(e2e, p, (root) => {
      const d = root.querySelector('dialog')!;
      const ps = Array.from(root.querySelectorAll('[data-testid="article-body"] p'));
      const el = ps[5]!;
      const bar = root.querySelector('.tmt-bar')!.getBoundingClientRect().bottom;
      d.scrollTop += el.getBoundingClientRect().top - bar - 4;
      return el.textContent ?? '';
    });
    const key = 'www.themoscowtimes.com' + new URL(SEED.url).pathname.replace(/\/+$/, '');
    const saved = await waitFor(
      async () => {
        const all = (await e2e.browser.evalInBackground(async ({ api }) => (await api.storage.local.get('positions')).positions)) as
          | Record<string, { block: number; at: number }>
          | undefined;
        return all?.[key]?.block ? all[key] : null;
      },
      { timeout: 5_000, what: `${name}: position saved under ${key}` },
    );
    expect(saved.block).toBeGreaterThanOrEqual(5);
    // Never synced.
    expect(await e2e.browser.evalInBackground(async ({ api }) => Object.keys(await api.storage.sync.get(null)))).not.toContain('positions');

    await p.reload();
    p = await openReader(SEED.url);
    await waitFor(async () => ((await inReader(e2e, p, (root) => !(root.querySelector('[data-testid="reader-continue"]') as HTMLElement).hidden)) ? true : null), {
      what: `${name}: "Continue where you left off" offered`,
    });
    await click(e2e, p, 'reader-continue');
    const top = await inReader(e2e, p, (root) => {
      const bar = root.querySelector('.tmt-bar')!.getBoundingClientRect().bottom;
      const blocks = Array.from(root.querySelectorAll('[data-testid="article-body"] p, [data-testid="article-body"] li, [data-testid="article-body"] h2, [data-testid="article-body"] h3'));
      const first = blocks.find((b) => b.getBoundingClientRect().bottom > bar + 1);
      return { text: first?.textContent ?? '', hidden: (root.querySelector('[data-testid="reader-continue"]') as HTMLElement).hidden };
    });
    expect(normalizeText(top!.text)).toBe(normalizeText(target!));
    expect(top!.hidden).toBe(true);
    // Continuing scrolled the reader, which records the place again a moment later: let that write land
    // before clearing, or it would bring a position back after the clear.
    await waitFor(
      async () => {
        const all = (await e2e.browser.evalInBackground(async ({ api }) => (await api.storage.local.get('positions')).positions)) as
          | Record<string, { at: number }>
          | undefined;
        return (all?.[key]?.at ?? 0) > saved.at ? true : null;
      },
      { timeout: 5_000, what: `${name}: the place recorded again after continuing` },
    );

    // The options page forgets every position.
    const opts = await e2e.browser.openExtensionPage('options.html');
    await opts.waitForSelector('[data-testid="opt-clear-positions"]');
    await opts.click('[data-testid="opt-clear-positions"]');
    await waitFor(async () => ((await opts.$eval('[data-testid="opt-positions-status"]', (el) => el.textContent)) ? true : null), {
      what: `${name}: cleared`,
    });
    expect(await e2e.browser.evalInBackground(async ({ api }) => (await api.storage.local.get('positions')).positions ?? null)).toBeNull();
    await opts.close();

    await p.reload();
    p = await openReader(SEED.url);
    // The stored position (none) is read just after the story is painted: give it that moment.
    await new Promise((r) => setTimeout(r, 800));
    expect(await inReader(e2e, p, (root) => (root.querySelector('[data-testid="reader-continue"]') as HTMLElement).hidden)).toBe(true);
  });
});
