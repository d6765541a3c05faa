/** Addresses taken from a page: only http(s) ones are ever followed, shown or saved. */

/** `u` resolved against `base` (when given) if it is an http(s) address; otherwise null. */
export function httpAddress(u: unknown, base?: string): URL | null {
  if (typeof u !== 'string' || !u) return null;
  try {
    const url = base === undefined ? new URL(u) : new URL(u, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** httpAddress as a string. */
export function httpUrl(u: unknown, base?: string): string | null {
  return httpAddress(u, base)?.href ?? null;
}

const TRAILING_SLASHES = /\/+$/;

/** An address's path without its trailing slashes: "/news/a/" and "/news/a" name one page. */
export function pagePath(url: URL): string {
  return url.pathname.replace(TRAILING_SLASHES, '');
}
