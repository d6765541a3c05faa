/**
 * Reader settings: schema, defaults, validation and migration.
 *
 * Everything here is pure (takes the raw stored object, returns data) except the two tiny adapter
 * functions at the bottom, which take the storage area as a parameter so this module never imports
 * the extension API (it is unit-tested in Node and bundled into every entry).
 *
 * Storage layout: one object under the key `settings` in `storage.sync`, carrying `version`.
 * Version history:
 *  - v1 (0.0.x, unversioned): `{dark: boolean, serif: boolean, textSize: 'small'|'medium'|'large'|'x-large',
 *    width: 'narrow'|'medium'|'wide', quotes: number, autoOpen: boolean}`.
 *  - v2 (current): the `Settings` interface below. `speechRate` and `voices` were added within v2: an
 *    object without them reads as the defaults (normal speed, no chosen voice), so no migration step.
 * Rule: a value the user set is migrated to its nearest equivalent, never dropped; a missing or corrupt
 * value falls back to its default, field by field.
 */

export type Theme = 'light' | 'sepia' | 'dark' | 'system';
export type Font = 'serif' | 'sans';

export interface Settings {
  theme: Theme;
  font: Font;
  /** Body text size in CSS px. */
  fontSize: number;
  /** Maximum line length in `ch` (characters). */
  lineWidth: number;
  /** Unitless CSS line-height. */
  lineHeight: number;
  /** How many key quotes to show (0 hides the section). */
  keyQuotes: number;
  /** Open the in-page reader by itself on Moscow Times articles. */
  autoOpen: boolean;
  /** Show the article's own images in the clean view. */
  images: boolean;
  /** Read-aloud speed (1 is the voice's normal pace). */
  speechRate: number;
  /** The reader's chosen voice per language: primary language subtag -> the voice's voiceURI. */
  voices: Record<string, string>;
}

export const SETTINGS_VERSION = 2;
export const STORAGE_KEY = 'settings';

export const THEMES: readonly Theme[] = ['light', 'sepia', 'dark', 'system'];
export const FONTS: readonly Font[] = ['serif', 'sans'];

/** Numeric ranges: [min, max, step]. Shared with the options page and the reader's quick controls. */
export const RANGES = {
  fontSize: [14, 28, 1],
  lineWidth: [45, 90, 5],
  lineHeight: [1.3, 2.0, 0.1],
  keyQuotes: [0, 10, 1],
  speechRate: [0.5, 2, 0.25],
} as const satisfies Record<string, readonly [number, number, number]>;

export type NumericKey = keyof typeof RANGES;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  theme: 'system',
  font: 'serif',
  fontSize: 19,
  lineWidth: 70,
  lineHeight: 1.6,
  keyQuotes: 5,
  autoOpen: false,
  images: true,
  speechRate: 1,
  voices: Object.freeze({}) as Record<string, string>,
});

type Raw = Record<string, unknown>;

function isObject(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Snap a number into its range and onto its step; non-numbers give undefined. */
export function clampSetting(key: NumericKey, value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) return undefined;
  const [min, max, step] = RANGES[key];
  const snapped = Math.round((Math.min(max, Math.max(min, n)) - min) / step) * step + min;
  // Round away float noise (1.3 + 3 * 0.1 = 1.6000000000000001).
  return Math.round(snapped * 1000) / 1000;
}

function pick<T extends string>(allowed: readonly T[], v: unknown): T | undefined {
  return typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : undefined;
}

/**
 * Validate a current-shape object field by field. Unknown fields are ignored; a field that is
 * missing or invalid takes its default.
 */
export function validateSettings(raw: unknown): Settings {
  const r = isObject(raw) ? raw : {};
  const out: Settings = { ...DEFAULT_SETTINGS, voices: {} };
  out.theme = pick(THEMES, r.theme) ?? out.theme;
  out.font = pick(FONTS, r.font) ?? out.font;
  for (const key of Object.keys(RANGES) as NumericKey[]) {
    out[key] = clampSetting(key, r[key]) ?? out[key];
  }
  if (typeof r.autoOpen === 'boolean') out.autoOpen = r.autoOpen;
  if (typeof r.images === 'boolean') out.images = r.images;
  out.voices = validVoices(r.voices);
  return out;
}

/** Only language-tag keys and voice URIs of a sane length (storage.sync items are small). */
function validVoices(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isObject(v)) return out;
  for (const [lang, uri] of Object.entries(v).slice(0, 20)) {
    if (/^[a-z]{2,3}$/.test(lang) && typeof uri === 'string' && uri.length > 0 && uri.length <= 300) out[lang] = uri;
  }
  return out;
}

const V1_TEXT_SIZE: Record<string, number> = { small: 16, medium: 19, large: 22, 'x-large': 25 };
const V1_WIDTH: Record<string, number> = { narrow: 55, medium: 70, wide: 85 };

/** Map a v1 object to v2 field names; current-shape fields already present win (a partial upgrade). */
function migrateV1(r: Raw): Raw {
  const out: Raw = {};
  if (typeof r.dark === 'boolean') out.theme = r.dark ? 'dark' : 'light';
  if (typeof r.serif === 'boolean') out.font = r.serif ? 'serif' : 'sans';
  if (typeof r.textSize === 'string' && r.textSize in V1_TEXT_SIZE) out.fontSize = V1_TEXT_SIZE[r.textSize];
  else if (typeof r.textSize === 'number') out.fontSize = r.textSize;
  if (typeof r.width === 'string' && r.width in V1_WIDTH) out.lineWidth = V1_WIDTH[r.width];
  if (r.quotes !== undefined) out.keyQuotes = r.quotes;
  if (typeof r.autoOpen === 'boolean') out.autoOpen = r.autoOpen;
  for (const [k, v] of Object.entries(r)) {
    if (k in DEFAULT_SETTINGS) out[k] = v;
  }
  return out;
}

/** The version of a stored object: explicit `version`, or 1 for the unversioned shape. */
function versionOf(r: Raw): number {
  return typeof r.version === 'number' && Number.isInteger(r.version) ? r.version : 1;
}

/**
 * Turn whatever is stored (nothing, garbage, an old shape, the current shape, a newer shape) into
 * valid current settings. A newer version than we know is read as the current shape: its known
 * fields are kept, unknown ones ignored.
 */
export function parseSettings(raw: unknown): Settings {
  if (!isObject(raw)) return validateSettings({});
  let r = raw;
  if (versionOf(r) < 2) r = migrateV1(r);
  return validateSettings(r);
}

/** What we write back: current settings plus the schema version. */
export function serializeSettings(s: Settings): Settings & { version: number } {
  return { ...validateSettings(s), version: SETTINGS_VERSION };
}

/** Merge a partial change into settings, validating the result. */
export function updateSettings(current: Settings, change: Partial<Settings>): Settings {
  return validateSettings({ ...current, ...change });
}

// ---- thin adapter over `browser.storage.sync` (the area is passed in) ----

export interface StorageAreaLike {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Read settings; an old-shape object is migrated and written back so the upgrade happens once. */
export async function loadSettings(area: StorageAreaLike): Promise<Settings> {
  let raw: unknown;
  try {
    raw = (await area.get(STORAGE_KEY))[STORAGE_KEY];
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
  const settings = parseSettings(raw);
  if (isObject(raw) && versionOf(raw) < SETTINGS_VERSION) {
    // Best effort: if the write fails we still return the migrated values and retry next time.
    await area.set({ [STORAGE_KEY]: serializeSettings(settings) }).catch(() => undefined);
  }
  return settings;
}

export async function saveSettings(area: StorageAreaLike, settings: Settings): Promise<Settings> {
  const valid = validateSettings(settings);
  await area.set({ [STORAGE_KEY]: serializeSettings(valid) });
  return valid;
}

/** Read the settings out of a `storage.onChanged` change set, if they changed. */
export function settingsFromChange(changes: Record<string, { newValue?: unknown }>): Settings | null {
  const c = changes[STORAGE_KEY];
  return c ? parseSettings(c.newValue) : null;
}
