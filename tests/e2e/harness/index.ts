/**
 * End-to-end harness: the built extension in real Chromium and Firefox ESR (headless, puppeteer-core),
 * with pages served under their real Moscow Times addresses by a local proxy that records every request.
 *
 * Usage (one browser per file and browser; `npm run build` first, `npm test` does it):
 *
 *   import { describe, it, expect } from 'vitest';
 *   import { BROWSERS, setupE2E, fixtureCase } from './harness';
 *
 *   describe.each(BROWSERS)('%s', (name) => {
 *     const e2e = setupE2E(name);                 // beforeAll: proxy + browser + dist/<browser>; afterAll: cleanup
 *     it('shows the story', async () => {
 *       const c = fixtureCase('seed-syria-2013');
 *       const page = await e2e.browser.openPage(c.url);          // http://www.themoscowtimes.com/...
 *       await e2e.browser.waitForActionState(page, (s) => s.badgeText !== '');
 *       const popup = await e2e.browser.openPopup(page);        // the real toolbar popup, a puppeteer Page
 *       await popup.waitForSelector('[data-testid="article-title"]');
 *       await e2e.browser.screenshot(popup, 'popup-seed');      // artifacts/screenshots/<browser>-popup-seed.png
 *       await page.close();
 *     });
 *   });
 *
 * What is here:
 * - `e2e.server` (SiteServer): every fixture is served at its expected.json url (`c.url` is its http://
 *   twin, which the tests use; https:// answers too); `setPage(url, html, headers?, status?)` adds pages on
 *   any host; other hosts get 404. HTTPS is intercepted (self-signed certificate, which the browsers are
 *   told to accept), so https requests are recorded with full URL and headers like http ones.
 *   `requests` records every request with an `initiator` guess ('extension' | 'page' | 'navigation' |
 *   'browser' | 'unknown'); `extensionRequests()`, `requestedUrls()` (browser background traffic left out
 *   unless asked), `clearRequests()`, `waitForRequest(pred)`; `canaryUrl(tag)` / `canaryHits(tag)` for
 *   "did anything phone home" checks.
 * - `e2e.browser` (TestBrowser): `openPage(url)`, `openPopup(page)`, `closePopup()`,
 *   `evalInBackground(({api, bg}, ...args) => ..., ...args)` (service worker in Chromium, background page in
 *   Firefox; `api` is chrome.* / browser.*, both promise-based; args and result travel as JSON, the function
 *   is serialized so it cannot use variables from the test), `tabId(page)`, `actionState(page)`,
 *   `waitForActionState(page, pred)`, `openExtensionPage('options.html')`, `screenshot(page, name)`,
 *   `emulateMedia(page, {colorScheme: 'dark', reducedMotion: true})` (tab or popup, both browsers),
 *   `pressShortcut('Alt+Shift+R', page)` (Firefox: real trusted keys reach `commands.onCommand`),
 *   `readClipboard()` (after a copy button; both browsers), `reinstall(dirOrZip)` (swap in another build,
 *   e.g. the packaged zip), `extensionDiagnostics()` (install warnings + errors the extension raised),
 *   `uiMessages()` (the extension's own locale strings), `waitForBackground()`, `browser` (the puppeteer
 *   Browser), `extensionOrigin`, `extensionId`, `manifest`. The installed extension is a snapshot of
 *   dist/<browser> taken at launch. `tabId(page)` and `openPopup(page)` are exact with several windows.
 * - `waitFor(fn, {timeout, what})`: polling without fixed sleeps; fixtures and text helpers from `./fixtures`.
 *
 * Browser caveats:
 * - Chromium: synthetic key presses never reach `commands.onCommand`; call the handler through
 *   `evalInBackground` instead.
 * - Firefox: tab/extension-page navigations of moz-extension:// documents are not reported by BiDi, so
 *   `page.goto()` of such URLs never resolves (use `openExtensionPage`), and `page.url()` of the popup and
 *   extension tabs may be stale; use `page.evaluate(() => location.href)`.
 * - Requests made by content scripts look like the page's own requests ('page'), in both browsers;
 *   requests from extension pages (background, popup, options) carry an extension Origin/Referer
 *   ('extension'). Firefox upgrades an extension page's http:// requests to https:// (MV3 CSP).
 * - The browsers' own background traffic (Google update/accounts, Mozilla remote settings) shows up
 *   as 'browser'; ignore it.
 */
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type BrowserName, type LaunchOptions, type TestBrowser } from './browser';
import { startServer, type SiteServer } from './server';

export * from './browser';
export * from './server';
export * from './fixtures';

export interface E2E {
  readonly server: SiteServer;
  readonly browser: TestBrowser;
  readonly name: BrowserName;
}

/**
 * Registers beforeAll/afterAll hooks that start a SiteServer (fixtures served) and launch `name` with
 * the built extension (or `opts.extensionDir`). Access the members inside tests/hooks, not at collection time.
 */
export function setupE2E(name: BrowserName, opts: Omit<LaunchOptions, 'proxyPort'> & { fixtures?: boolean } = {}): E2E {
  let server: SiteServer | undefined;
  let browser: TestBrowser | undefined;
  beforeAll(async () => {
    server = await startServer({ fixtures: opts.fixtures });
    browser = await launchBrowser(name, { ...opts, proxyPort: server.port });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    name,
    get server(): SiteServer {
      if (!server) throw new Error('setupE2E: server not started (use it inside a test or hook)');
      return server;
    },
    get browser(): TestBrowser {
      if (!browser) throw new Error(`setupE2E: ${name} not launched (see the beforeAll error above)`);
      return browser;
    },
  };
}
