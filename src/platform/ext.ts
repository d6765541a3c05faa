/**
 * The extension API without the polyfill (3 KB gzipped per bundle, and the popup and content script
 * have size budgets): Firefox has promise-based `browser.*`; Chrome's MV3 `chrome.*` returns promises
 * for every call used through this object. Message listeners use `sendResponse` + `return true`,
 * which both browsers support, instead of returning a promise.
 */
import type Browser from 'webextension-polyfill';

const g = globalThis as { browser?: Browser.Browser; chrome?: Browser.Browser };
export const ext = (g.browser ?? g.chrome) as Browser.Browser;
export type Ext = Browser.Browser;
export type { Browser };
