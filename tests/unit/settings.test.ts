import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  STORAGE_KEY,
  clampSetting,
  loadSettings,
  parseSettings,
  saveSettings,
  serializeSettings,
  settingsFromChange,
  updateSettings,
  validateSettings,
  type Settings,
  type StorageAreaLike,
} from '../../src/shared/settings';

function memoryArea(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = structuredClone(initial);
  const writes: Record<string, unknown>[] = [];
  const area: StorageAreaLike = {
    async get(key) {
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items) {
      writes.push(structuredClone(items));
      Object.assign(data, structuredClone(items));
    },
  };
  return { area, data, writes };
}

describe('settings: validation on read', () => {
  it('nothing stored gives the defaults', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('the defaults are themselves valid (on their ranges and steps)', () => {
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
  });

  it('garbage of any type gives the defaults', () => {
    for (const raw of ['dark', 42, true, [], ['theme', 'dark'], () => 1]) {
      expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('a corrupt field falls back to its own default and keeps the valid ones', () => {
    const s = parseSettings({
      version: 2,
      theme: 'purple',
      font: 'sans',
      fontSize: 'huge',
      lineWidth: NaN,
      lineHeight: 1.8,
      keyQuotes: null,
      autoOpen: 'yes',
      images: false,
    });
    expect(s).toEqual({
      ...DEFAULT_SETTINGS,
      font: 'sans',
      lineHeight: 1.8,
      images: false,
    });
  });

  it('numbers are clamped into range and snapped to the step', () => {
    expect(clampSetting('fontSize', 100)).toBe(28);
    expect(clampSetting('fontSize', 3)).toBe(14);
    expect(clampSetting('fontSize', 19.4)).toBe(19);
    expect(clampSetting('lineHeight', 1.63)).toBe(1.6);
    expect(clampSetting('lineWidth', 71)).toBe(70);
    expect(clampSetting('keyQuotes', -2)).toBe(0);
    expect(clampSetting('keyQuotes', '7')).toBe(7);
    expect(clampSetting('keyQuotes', Infinity)).toBeUndefined();
    expect(clampSetting('keyQuotes', '')).toBeUndefined();
  });

  it('every field of a valid current object survives a round trip', () => {
    const mine: Settings = {
      theme: 'sepia',
      font: 'sans',
      fontSize: 23,
      lineWidth: 80,
      lineHeight: 1.9,
      keyQuotes: 3,
      autoOpen: true,
      images: false,
      speechRate: 1.5,
      voices: { ru: 'urn:voice:ivan' },
    };
    expect(parseSettings(serializeSettings(mine))).toEqual(mine);
    expect(serializeSettings(mine).version).toBe(SETTINGS_VERSION);
  });

  it('unknown fields are ignored, prototype keys do not leak in', () => {
    const raw = JSON.parse('{"version":2,"theme":"dark","__proto__":{"autoOpen":true},"extra":1}');
    const s = validateSettings(raw);
    expect(s.theme).toBe('dark');
    expect(s.autoOpen).toBe(false);
    expect(Object.keys(s).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  });

  it('a newer version is read by its known fields', () => {
    expect(parseSettings({ version: 9, theme: 'dark', newThing: 'x' }).theme).toBe('dark');
  });
});

describe('settings: migration of the old (v1, unversioned) shape', () => {
  it('maps every v1 value to its nearest v2 equivalent', () => {
    const s = parseSettings({ dark: true, serif: false, textSize: 'large', width: 'narrow', quotes: 8, autoOpen: true });
    expect(s).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'dark',
      font: 'sans',
      fontSize: 22,
      lineWidth: 55,
      keyQuotes: 8,
      autoOpen: true,
    });
  });

  it('a light v1 user stays light (not "system")', () => {
    expect(parseSettings({ dark: false }).theme).toBe('light');
  });

  it('a corrupt v1 field falls back to its default, the others still migrate', () => {
    const s = parseSettings({ dark: 'maybe', textSize: 'gigantic', width: 'wide', quotes: 'many' });
    expect(s).toEqual({ ...DEFAULT_SETTINGS, lineWidth: 85 });
  });

  it('loadSettings migrates once and writes the new shape back', async () => {
    const { area, data, writes } = memoryArea({ [STORAGE_KEY]: { dark: true, textSize: 'small' } });
    const s = await loadSettings(area);
    expect(s.theme).toBe('dark');
    expect(s.fontSize).toBe(16);
    expect(writes).toHaveLength(1);
    expect(data[STORAGE_KEY]).toMatchObject({ version: SETTINGS_VERSION, theme: 'dark', fontSize: 16 });
    // Second read: already current, nothing rewritten, nothing lost.
    expect(await loadSettings(area)).toEqual(s);
    expect(writes).toHaveLength(1);
  });
});

describe('settings: storage adapter', () => {
  it('save then load gives back what the user chose', async () => {
    const { area } = memoryArea();
    await saveSettings(area, updateSettings(DEFAULT_SETTINGS, { theme: 'sepia', fontSize: 24 }));
    const s = await loadSettings(area);
    expect(s.theme).toBe('sepia');
    expect(s.fontSize).toBe(24);
  });

  it('a failing storage read gives the defaults instead of throwing', async () => {
    const area: StorageAreaLike = {
      get: () => Promise.reject(new Error('quota')),
      set: () => Promise.resolve(),
    };
    expect(await loadSettings(area)).toEqual(DEFAULT_SETTINGS);
  });

  it('updateSettings rejects an invalid change', () => {
    const s = updateSettings(DEFAULT_SETTINGS, { theme: 'neon' as never, fontSize: 1000 });
    expect(s.theme).toBe(DEFAULT_SETTINGS.theme);
    expect(s.fontSize).toBe(28);
  });

  it('settingsFromChange reads only our key', () => {
    expect(settingsFromChange({ other: { newValue: 1 } })).toBeNull();
    expect(settingsFromChange({ [STORAGE_KEY]: { newValue: { version: 2, font: 'sans' } } })?.font).toBe('sans');
  });
});

describe('settings: read-aloud speed and voices', () => {
  it('an object stored before these fields existed reads as normal speed and no chosen voice', () => {
    const s = parseSettings({ version: 2, theme: 'dark' });
    expect(s.speechRate).toBe(1);
    expect(s.voices).toEqual({});
    expect(s.theme).toBe('dark');
  });

  it('speed is kept on its range and steps; voices keep only language keys with a voice URI', () => {
    expect(parseSettings({ version: 2, speechRate: 5 }).speechRate).toBe(2);
    expect(parseSettings({ version: 2, speechRate: 1.3 }).speechRate).toBe(1.25);
    expect(parseSettings({ version: 2, voices: { ru: 'urn:voice:ivan', en: 'Google US English', 'bad key': 'x', de: 7, fr: '' } }).voices).toEqual({
      ru: 'urn:voice:ivan',
      en: 'Google US English',
    });
    expect(parseSettings({ version: 2, voices: ['x'] }).voices).toEqual({});
  });

  it('choosing a voice for one language keeps the others, and the defaults are not changed by it', () => {
    const a = updateSettings(DEFAULT_SETTINGS, { voices: { ru: 'ivan' } });
    const b = updateSettings(a, { voices: { ...a.voices, en: 'amy' } });
    expect(b.voices).toEqual({ ru: 'ivan', en: 'amy' });
    expect(DEFAULT_SETTINGS.voices).toEqual({});
  });
});
