/**
 * Reading positions, so the reader can offer "Continue where you left off". Kept on this device only
 * (`storage.local`, never synced), one entry per article keyed by its canonical address, at most
 * MAX_POSITIONS of them: the least recently read are dropped first.
 *
 * Pure except the adapter functions at the bottom, which take the storage area as a parameter.
 */
import type { StorageAreaLike } from './settings';

export const POSITIONS_KEY = 'positions';
export const MAX_POSITIONS = 500;

export interface ReadingPosition {
  /** Index of the first story block in view (headings, paragraphs, list items, in order). */
  block: number;
  /** How many blocks the story had then (a position past the end of an article that got shorter is not offered). */
  blocks: number;
  /** When it was recorded (ms since the epoch). */
  at: number;
}

export type Positions = Record<string, ReadingPosition>;

/** Query parameters that only say where a visitor came from: the same article with or without them. */
const TRACKING_PARAM = /^(?:utm_\w+|fbclid|gclid|yclid|mc_cid|mc_eid|_ga|ref)$/i;

/**
 * The key for an article: its canonical address (the page's canonical link when it has one), without
 * the fragment or tracking parameters. null for an address that is not http(s).
 */
export function positionKey(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  for (const name of Array.from(u.searchParams.keys())) if (TRACKING_PARAM.test(name)) u.searchParams.delete(name);
  // http and https are the same article.
  return `${u.host}${u.pathname.replace(/\/+$/, '')}${u.search}`;
}

/**
 * The key for the article at `href` whose page declares `canonical` (or null). The canonical address wins
 * (it folds mirrors, hosts and parameters into one), but only when it names the same path: a page that moved
 * on to another story with pushState (infinite scroll) may still carry the first story's canonical link.
 */
export function articleKey(href: string, canonical: string | null): string | null {
  const here = positionKey(href);
  const canon = canonical ? positionKey(canonical) : null;
  if (!canon || !here) return here ?? canon;
  const path = (k: string) => k.slice(k.indexOf('/')).replace(/\?.*$/, '');
  return path(canon) === path(here) ? canon : here;
}

function validPosition(v: unknown): ReadingPosition | null {
  if (typeof v !== 'object' || v === null) return null;
  const { block, blocks, at } = v as Record<string, unknown>;
  if (!Number.isInteger(block) || !Number.isInteger(blocks) || typeof at !== 'number' || !Number.isFinite(at)) return null;
  if ((block as number) < 0 || (blocks as number) <= (block as number)) return null;
  return { block: block as number, blocks: blocks as number, at };
}

/** Whatever is stored, as valid positions (corrupt entries are dropped). */
export function parsePositions(raw: unknown): Positions {
  const out: Positions = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
  for (const [k, v] of Object.entries(raw)) {
    const p = validPosition(v);
    if (p) out[k] = p;
  }
  return out;
}

/** `positions` with `key` set to `pos`, keeping the `max` most recently read. */
export function withPosition(positions: Positions, key: string, pos: ReadingPosition, max = MAX_POSITIONS): Positions {
  const entries = Object.entries({ ...positions, [key]: pos }).sort((a, b) => b[1].at - a[1].at);
  return Object.fromEntries(entries.slice(0, max));
}

/** The position to offer for an article of `blocks` blocks, or null (none stored, the top, or past the end). */
export function positionToOffer(pos: ReadingPosition | null | undefined, blocks: number): ReadingPosition | null {
  if (!pos || pos.block < 1 || pos.block >= blocks) return null;
  return pos;
}

// ---- thin adapter over `browser.storage.local` (the area is passed in) ----

export interface LocalAreaLike extends StorageAreaLike {
  remove(keys: string): Promise<void>;
}

export async function loadPositions(area: StorageAreaLike): Promise<Positions> {
  try {
    return parsePositions((await area.get(POSITIONS_KEY))[POSITIONS_KEY]);
  } catch {
    return {};
  }
}

export async function savePosition(area: StorageAreaLike, key: string, pos: ReadingPosition, max = MAX_POSITIONS): Promise<void> {
  const all = await loadPositions(area);
  await area.set({ [POSITIONS_KEY]: withPosition(all, key, pos, max) });
}

export async function clearPositions(area: LocalAreaLike): Promise<void> {
  await area.remove(POSITIONS_KEY);
}
