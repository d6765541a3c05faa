import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, STORAGE_KEY, updateSettings, type Settings, type StorageAreaLike } from '../../src/shared/settings';
import { settingsWriter } from '../../src/shared/settings-writer';

type Change = Record<string, { newValue?: unknown }>;

/** A storage area whose writes resolve at once but whose change reports arrive later, as real ones can. */
function lateEchoArea(echoMs: number) {
  const data: Record<string, unknown> = {};
  const listeners: ((c: Change) => void)[] = [];
  const area: StorageAreaLike = {
    async get(key) {
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items) {
      Object.assign(data, structuredClone(items));
      const change: Change = {};
      for (const [k, v] of Object.entries(items)) change[k] = { newValue: structuredClone(v) };
      setTimeout(() => listeners.forEach((l) => l(change)), echoMs);
    },
  };
  return { area, data, onChanged: (l: (c: Change) => void) => listeners.push(l) };
}

/** What a page does: keeps its settings, writes edits, follows other pages' changes. */
function page(area: StorageAreaLike, onChanged: (l: (c: Change) => void) => void, delayMs: number) {
  let settings: Settings = { ...DEFAULT_SETTINGS };
  const written: unknown[] = [];
  const writer = settingsWriter(area, { delayMs, onWritten: (e) => written.push(e) });
  onChanged((c) => {
    const s = writer.othersChange(c);
    if (s) settings = s;
  });
  return {
    edit(change: Partial<Settings>) {
      settings = updateSettings(settings, change);
      writer.write(settings);
    },
    get settings() {
      return settings;
    },
    written,
  };
}

describe('settingsWriter', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('an echo of an older write that arrives after a newer edit does not undo that edit', async () => {
    const { area, data, onChanged } = lateEchoArea(50);
    const p = page(area, onChanged, 250);
    p.edit({ theme: 'sepia' });
    await vi.advanceTimersByTimeAsync(260); // first edit written; its echo is on its way
    p.edit({ fontSize: 22 });
    await vi.advanceTimersByTimeAsync(100); // the first echo arrives while the second edit waits
    expect(p.settings).toMatchObject({ theme: 'sepia', fontSize: 22 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(p.settings).toMatchObject({ theme: 'sepia', fontSize: 22 });
    expect(data[STORAGE_KEY]).toMatchObject({ theme: 'sepia', fontSize: 22 });
  });

  it('writes once edits settle, and reports written only for the newest edit', async () => {
    const { area, onChanged } = lateEchoArea(10);
    const writes: unknown[] = [];
    const counting: StorageAreaLike = { get: (k) => area.get(k), set: (i) => (writes.push(i), area.set(i)) };
    const p = page(counting, onChanged, 250);
    for (const fontSize of [20, 21, 22]) {
      p.edit({ fontSize });
      await vi.advanceTimersByTimeAsync(100);
    }
    await vi.advanceTimersByTimeAsync(500);
    expect(writes).toHaveLength(1);
    expect(p.written).toEqual([null]);
  });

  it("follows another page's change, but not while an edit here is still to be written", async () => {
    const { area, data, onChanged } = lateEchoArea(5);
    const here = page(area, onChanged, 250);
    const other = page(area, onChanged, 10);
    other.edit({ theme: 'dark' });
    await vi.advanceTimersByTimeAsync(50);
    expect(here.settings.theme).toBe('dark');

    here.edit({ font: 'sans' });
    await vi.advanceTimersByTimeAsync(50);
    other.edit({ theme: 'light' }); // written and reported while this page's edit waits
    await vi.advanceTimersByTimeAsync(50);
    expect(here.settings).toMatchObject({ theme: 'dark', font: 'sans' });
    await vi.advanceTimersByTimeAsync(300);
    // The last write wins, and both pages show what is stored.
    expect(data[STORAGE_KEY]).toMatchObject({ theme: 'dark', font: 'sans' });
    expect(other.settings).toMatchObject({ theme: 'dark', font: 'sans' });
  });

  it('a failed write is reported, and its value is not taken for an echo later', async () => {
    const { area, onChanged } = lateEchoArea(5);
    let fail = true;
    const flaky: StorageAreaLike = {
      get: (k) => area.get(k),
      set: (i) => (fail ? Promise.reject(new Error('quota')) : area.set(i)),
    };
    const p = page(flaky, onChanged, 10);
    p.edit({ theme: 'sepia' });
    await vi.advanceTimersByTimeAsync(20);
    expect(p.written).toEqual([new Error('quota')]);
    fail = false;
    p.edit({ theme: 'light' });
    await vi.advanceTimersByTimeAsync(20);
    // Another page now stores exactly what the failed write tried to: it is another page's change.
    const other = page(area, onChanged, 10);
    other.edit({ theme: 'sepia' });
    await vi.advanceTimersByTimeAsync(50);
    expect(p.settings.theme).toBe('sepia');
  });
});
