/**
 * The one message protocol between popup, options, background and content script.
 * Every receiver validates the shape with `isMessage` and ignores anything else:
 * messages come through runtime messaging only (never window.postMessage), and the
 * background also checks that the sender is this extension.
 */
import type { ReadResult } from '../core/types';

export type ReaderAction = 'open' | 'close' | 'toggle';

export type Message =
  /** popup -> content: extract (or return the cached extraction of) the current page. */
  | { type: 'tmt:get-article' }
  /** popup/background -> content: open, close or toggle the in-page reader; optionally scroll to a quote. */
  | { type: 'tmt:reader'; action: ReaderAction; quoteIndex?: number }
  /** content -> background: what this page is, so the toolbar icon can say so. */
  | { type: 'tmt:page-status'; isArticle: boolean; isTmt: boolean }
  /** popup -> background: run the generic reader on the active tab of a non-TMT site (activeTab). */
  | { type: 'tmt:read-anyway'; tabId: number }
  /** popup -> content: open the in-page reader and print it (the reader has the print stylesheet). */
  | { type: 'tmt:print' }
  /**
   * content -> background: inject the reader app (app.js) into this tab, the first time it is needed; with
   * part 'quotes', the quote finder (quotes.js), which the reader loads after painting the story; with part
   * 'start', the content script's own code (start.js), which its stub asks for once the page is idle.
   */
  | { type: 'tmt:load-app'; part?: 'quotes' | 'keep' | 'start' }
  /**
   * content -> background, when the user saves a copy from the in-page reader: one of the article's own images
   * (the page's origin may not read it; the extension may, for TMT's image hosts only: the CSP's connect-src).
   */
  | { type: 'tmt:fetch-image'; url: string }
  /** content -> background: hand a saved copy to the downloads API (content scripts have none). */
  | { type: 'tmt:download'; filename: string; mime: string; base64: string };

/** What a saved copy may be called and be: our own names and types only. */
export const DOWNLOAD_NAME = /^[^\\/:*?"<>|\u0000-\u001f]{1,120}\.(html|md|epub)$/u;
export const DOWNLOAD_MIMES = new Set(['text/html;charset=utf-8', 'text/markdown;charset=utf-8', 'application/epub+zip']);
/** A copy larger than this is refused (base64 of the file, images included). */
export const MAX_DOWNLOAD_BASE64 = 64 * 1024 * 1024;

export type ArticleResponse =
  | { ok: true; result: ReadResult }
  | { ok: false; error: string };

/** background -> content, the answer to tmt:page-status: whether to open the reader at once (a setting). */
export type PageStatusResponse = { autoOpen: boolean };

export type ReaderResponse = { ok: true; open: boolean } | { ok: false; error: string };

const TYPES = new Set([
  'tmt:get-article', 'tmt:reader', 'tmt:page-status', 'tmt:read-anyway', 'tmt:print', 'tmt:load-app', 'tmt:fetch-image', 'tmt:download',
]);
const ACTIONS = new Set(['open', 'close', 'toggle']);

/** Shape check for anything received over runtime messaging. */
export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  if (typeof m.type !== 'string' || !TYPES.has(m.type)) return false;
  switch (m.type) {
    case 'tmt:get-article':
    case 'tmt:print':
      return true;
    case 'tmt:load-app':
      return m.part === undefined || m.part === 'quotes' || m.part === 'keep' || m.part === 'start';
    case 'tmt:fetch-image':
      return typeof m.url === 'string' && /^https?:\/\//i.test(m.url) && m.url.length < 4096;
    case 'tmt:download':
      return (
        typeof m.filename === 'string' &&
        DOWNLOAD_NAME.test(m.filename) &&
        typeof m.mime === 'string' &&
        DOWNLOAD_MIMES.has(m.mime) &&
        typeof m.base64 === 'string' &&
        m.base64.length <= MAX_DOWNLOAD_BASE64
      );
    case 'tmt:reader':
      return (
        typeof m.action === 'string' &&
        ACTIONS.has(m.action) &&
        (m.quoteIndex === undefined || (Number.isInteger(m.quoteIndex) && (m.quoteIndex as number) >= 0))
      );
    case 'tmt:page-status':
      return typeof m.isArticle === 'boolean' && typeof m.isTmt === 'boolean';
    case 'tmt:read-anyway':
      return Number.isInteger(m.tabId);
    default:
      return false;
  }
}
