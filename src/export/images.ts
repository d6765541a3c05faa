/** The article's images for an offline copy: fetched once per address by the caller's fetcher, typed by their bytes. */
import { httpUrl } from '../core/url';

/** Fetches one image; null when it cannot be had (offline, refused, not an image). */
export type ImageFetcher = (url: string) => Promise<Uint8Array | null>;

export interface KeptImage {
  url: string;
  mime: 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp' | 'image/svg+xml';
  ext: string;
  bytes: Uint8Array;
}

/** At most this many images and bytes per image: an article's own pictures, not a gallery of hundreds. */
export const MAX_IMAGES = 60;
export const MAX_IMAGE_BYTES = 15 * 1024 * 1024;

/** The image type from the file's first bytes (a server's Content-Type can be wrong; EPUB checkers look at bytes). */
export function sniffImage(bytes: Uint8Array): Pick<KeptImage, 'mime' | 'ext'> | null {
  const b = bytes;
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return { mime: 'image/jpeg', ext: 'jpg' };
  if (b.length >= 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return { mime: 'image/png', ext: 'png' };
  if (b.length >= 6 && b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38) return { mime: 'image/gif', ext: 'gif' };
  if (b.length >= 12 && b[0] === 0x52 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x46 && b[8] === 0x57 && b[9] === 0x45 && b[10] === 0x42 && b[11] === 0x50) {
    return { mime: 'image/webp', ext: 'webp' };
  }
  // SVG is text and may carry script: never kept.
  return null;
}


/** Fetch each distinct address once, in parallel; what fails is simply left out. */
export async function fetchImages(urls: Iterable<string | null | undefined>, base: string, fetcher: ImageFetcher): Promise<Map<string, KeptImage>> {
  const wanted = [...new Set(Array.from(urls, (u) => httpUrl(u, base)).filter((u): u is string => !!u))].slice(0, MAX_IMAGES);
  const kept = new Map<string, KeptImage>();
  await Promise.all(
    wanted.map(async (url) => {
      const bytes = await fetcher(url).catch(() => null);
      if (!bytes || bytes.length > MAX_IMAGE_BYTES) return;
      const type = sniffImage(bytes);
      if (type) kept.set(url, { url, bytes, ...type });
    }),
  );
  return kept;
}

/** Standard base64 of bytes, in chunks (String.fromCharCode has an argument limit). */
export function base64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function dataUrl(img: KeptImage): string {
  return `data:${img.mime};base64,${base64(img.bytes)}`;
}

/** A fetcher over the Fetch API: the response must be OK and say it is an image. */
export function httpImageFetcher(fetchFn: typeof fetch, timeoutMs = 20_000): ImageFetcher {
  return async (url) => {
    const ctl = new AbortController();
    const timer = setTimeout(() => ctl.abort(), timeoutMs);
    try {
      const res = await fetchFn(url, { credentials: 'omit', referrerPolicy: 'no-referrer', signal: ctl.signal, cache: 'force-cache' });
      if (!res.ok || !/^image\//i.test(res.headers.get('content-type') ?? 'image/')) return null;
      return new Uint8Array(await res.arrayBuffer());
    } catch {
      return null;
    } finally {
      clearTimeout(timer);
    }
  };
}
