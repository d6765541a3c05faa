/**
 * Launches Debian's Chromium or Firefox ESR headless with an unpacked extension installed and all
 * traffic routed through the test proxy, and drives the extension's real surfaces: toolbar popup,
 * background context, extension pages.
 * One module (over our ~350-line rule) on purpose: each method is one user-facing surface written twice, for
 * CDP (Chromium) and WebDriver BiDi (Firefox), side by side so that the two stay equivalent.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer-core';
import { ROOT } from './fixtures';
import { FirefoxChrome, withTimeout, type BidiConnection } from './firefox-chrome';
import { extractZip } from './native';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const FIREFOX_PATH = '/usr/bin/firefox-esr';
export const DEFAULT_GECKO_ID = 'tmt-reader@tmt-reader.org';
/** The moz-extension:// UUID pinned for the add-on under test (otherwise random per profile). */
export const FIREFOX_EXTENSION_UUID = '5e1f0c3a-7b2d-4c8e-9a6f-3d4b2e1a0c9f';
export const SCREENSHOT_DIR = path.join(ROOT, 'artifacts/screenshots');

export interface LaunchOptions {
  /** Port of the SiteServer proxy on 127.0.0.1. */
  proxyPort: number;
  /** Unpacked extension to install; default `dist/chrome` or `dist/firefox`. `null`: no extension. */
  extensionDir?: string | null;
  /** Default true. Set HEADFUL=1 to watch (needs a display). */
  headless?: boolean;
  /** Extra Chromium command-line flags. */
  chromiumArgs?: string[];
  /** Extra Firefox prefs. */
  firefoxPrefs?: Record<string, string | number | boolean>;
}

export function defaultExtensionDir(name: BrowserName): string {
  return path.join(ROOT, 'dist', name === 'chromium' ? 'chrome' : 'firefox');
}

/** Background-context helpers get `api` (chrome.* in Chromium, browser.* in Firefox) and the global. */
export interface BackgroundScope {
  api: any;
  bg: any;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Temporary directories still in use; removed at process exit if a run ends without `close()`. */
const liveTempDirs = new Set<string>();
process.once('exit', () => {
  for (const d of liveTempDirs) fs.rmSync(d, { recursive: true, force: true });
});

/**
 * Polls `fn` until it returns a truthy value (errors count as "not yet"), then returns that value.
 * On timeout throws with `what` and the last value/error seen.
 */
export async function waitFor<T>(
  fn: () => T | Promise<T>,
  opts: { timeout?: number; interval?: number; what?: string } = {},
): Promise<NonNullable<T>> {
  const { timeout = 10_000, interval = 50, what = 'condition' } = opts;
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v as NonNullable<T>;
      last = v;
    } catch (e) {
      last = e instanceof Error ? `error: ${e.message}` : e;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what}; last seen: ${typeof last === 'string' ? last : JSON.stringify(last)}`);
    }
    await sleep(interval);
  }
}

function evalExpression(fnSource: string, scope: string, args: unknown[]): string {
  // `__name` guards against bundlers' keepNames helper leaking into the serialized function.
  return `(async () => { var __name = (f) => f; const __fn = (${fnSource}); const __r = await __fn(${scope}, ...${JSON.stringify(args)}); return __r === undefined ? undefined : JSON.stringify(__r); })()`;
}

export class TestBrowser {
  /** The popup page currently open (Chromium: a real target; Firefox: a page bound to the popup panel). */
  private popup: Page | null = null;
  private worker: WebWorker | null = null;
  private ffBackground: string | null = null;
  private readonly ff: FirefoxChrome | null;

  constructor(
    readonly name: BrowserName,
    /** The puppeteer Browser, for anything the helpers do not cover. */
    readonly browser: Browser,
    /** chrome-extension id, or the gecko id in Firefox; '' without an extension. */
    public extensionId: string,
    /** `chrome-extension://<id>` or `moz-extension://<uuid>`. */
    public extensionOrigin: string,
    /** The installed manifest (parsed). */
    public manifest: Record<string, any>,
    /** The installed unpacked extension: a snapshot of the build taken at launch ('' without an extension). */
    public extensionDir: string,
    private readonly userDataDir: string,
  ) {
    this.ff = name === 'firefox' ? new FirefoxChrome(bidi(browser)) : null;
  }

  /** Opens `url` (e.g. `http://www.themoscowtimes.com/...`) in a new tab and waits for its load event. */
  async openPage(url: string, opts: { timeout?: number } = {}): Promise<Page> {
    const page = await this.browser.newPage();
    const res = await page.goto(url, { waitUntil: 'load', timeout: opts.timeout ?? 30_000 });
    if (res && !res.ok()) throw new Error(`${this.name}: ${url} answered ${res.status()} (is it served by the SiteServer?)`);
    return page;
  }

  /** Runs `fn({api, bg}, ...args)` in the extension's background context; args and result go as JSON. */
  async evalInBackground<R, A extends unknown[]>(fn: (scope: BackgroundScope, ...args: A) => R | Promise<R>, ...args: A): Promise<Awaited<R>> {
    this.requireExtension();
    const src = fn.toString();
    for (let attempt = 0; ; attempt++) {
      try {
        const raw = this.ff ? await this.ffEvalBackground(src, args) : await this.chromiumEvalBackground(src, args);
        return (raw === undefined ? undefined : JSON.parse(raw)) as Awaited<R>;
      } catch (e) {
        // The service worker / background page may have been restarted: look it up again once.
        if (attempt > 0 || !isGoneError(e)) throw new Error(`${this.name} background: ${(e as Error).message}`);
        this.worker = null;
        this.ffBackground = null;
      }
    }
  }

  /** The tabs-API id of `page`'s tab (exact, also with several windows; brings the tab to the front). */
  async tabId(page: Page): Promise<number> {
    await page.bringToFront();
    if (this.ff) return this.ff.tabId(contextIdOf(page));
    // DevTools window ids are the extension API's window ids; the tab just brought to the front is that
    // window's active tab. ("lastFocusedWindow" would be wrong once a test opens a second window.)
    const windowId = Number(await page.windowId());
    const id = await this.evalInBackground(async ({ api }, w: number) => {
      const [tab] = await api.tabs.query({ active: true, windowId: w });
      return tab?.id as number | undefined;
    }, windowId);
    if (typeof id !== 'number') throw new Error(`${this.name}: could not find the tab id of ${page.url()}`);
    return id;
  }

  /** Toolbar button state of `page`'s tab, as the background sees it. */
  async actionState(page: Page): Promise<{ badgeText: string; title: string }> {
    const tabId = await this.tabId(page);
    return this.evalInBackground(
      async ({ api }, id: number) => ({ badgeText: await api.action.getBadgeText({ tabId: id }), title: await api.action.getTitle({ tabId: id }) }),
      tabId,
    );
  }

  /** Polls the toolbar state of `page`'s tab until `pred` holds. */
  async waitForActionState(
    page: Page,
    pred: (s: { badgeText: string; title: string }) => boolean,
    opts: { timeout?: number; what?: string } = {},
  ): Promise<{ badgeText: string; title: string }> {
    const tabId = await this.tabId(page);
    let last: { badgeText: string; title: string } | undefined;
    try {
      return await waitFor(
        async () => {
          last = await this.evalInBackground(
            async ({ api }, id: number) => ({ badgeText: await api.action.getBadgeText({ tabId: id }), title: await api.action.getTitle({ tabId: id }) }),
            tabId,
          );
          return pred(last) ? last : null;
        },
        { timeout: opts.timeout ?? 10_000, interval: 100, what: opts.what ?? 'toolbar state' },
      );
    } catch (e) {
      throw new Error(`${this.name}: ${(e as Error).message}; last toolbar state: ${JSON.stringify(last)}`);
    }
  }

  /**
   * Opens the extension's real toolbar popup for `page`'s tab (the active tab when omitted) and returns
   * it as a puppeteer Page once its document has loaded. Any popup already open is closed first.
   * Firefox caveat: navigation events are not reported for the popup (use evaluate/waitForFunction).
   */
  async openPopup(page?: Page, opts: { timeout?: number } = {}): Promise<Page> {
    this.requireExtension();
    const timeout = opts.timeout ?? 15_000;
    await this.closePopup();
    if (page) await page.bringToFront();
    let popup: Page;
    if (this.ff) {
      const tabContext = page ? contextIdOf(page) : null;
      const { id, url } = await this.ff.openPopup(this.extensionId, this.extensionOrigin, tabContext, timeout);
      const target = this.browser.waitForTarget((t) => t.url() === url && !this.knownPopupTargets.has(t), { timeout });
      // Tell puppeteer about the popup (Firefox does not announce extension contexts).
      bidi(this.browser).emit('browsingContext.contextCreated', {
        context: id,
        url,
        parent: null,
        children: [],
        userContext: 'default',
        originalOpener: null,
        clientWindow: '',
      });
      const t = await target;
      this.knownPopupTargets.add(t);
      const p = await t.asPage();
      if (!p) throw new Error('firefox: popup target has no page');
      popup = p;
      // Closing goes through the panel, and puppeteer must learn that the context is gone.
      const close = async (): Promise<void> => {
        await this.ff?.closePopup().catch(() => false);
        bidi(this.browser).emit('browsingContext.contextDestroyed', { context: id, url, parent: null, children: [], userContext: 'default', originalOpener: null, clientWindow: '' });
      };
      (popup as { close: () => Promise<void> }).close = close;
    } else {
      const popupPath = String(this.manifest.action?.default_popup ?? '').replace(/^\//, '');
      // Only a target that appears now (not, say, popup.html opened earlier as a tab).
      const before = new Set(this.browser.targets());
      const target = this.browser.waitForTarget(
        (t) =>
          !before.has(t) &&
          t.type() === 'page' &&
          t.url().startsWith(`${this.extensionOrigin}/`) &&
          (!popupPath || t.url().includes(popupPath)),
        { timeout },
      );
      // In the page's own window (the default, "current" window, may be another one).
      const windowId = page ? Number(await page.windowId()) : null;
      await this.evalInBackground(async ({ api }, w: number | null) => {
        if (w === null) return api.action.openPopup();
        await api.windows.update(w, { focused: true });
        return api.action.openPopup({ windowId: w });
      }, windowId);
      const p = await (await target).asPage();
      if (!p) throw new Error('chromium: popup target has no page');
      popup = p;
    }
    this.popup = popup;
    await waitFor(() => popup.evaluate(() => document.readyState === 'complete'), { timeout, what: `${this.name} popup document to load` });
    return popup;
  }

  private readonly knownPopupTargets = new WeakSet<object>();

  /** Closes the popup opened by `openPopup`, if it is still open. */
  async closePopup(): Promise<void> {
    const p = this.popup;
    this.popup = null;
    // In Firefox isClosed() stays false (closing goes through the panel, see openPopup).
    if (p && (this.ff || !p.isClosed())) await withTimeout(p.close(), 5_000, 'closing the popup').catch(() => {});
  }

  /** Opens an extension page (e.g. `options.html`) in a new tab; resolves when its document is complete. */
  async openExtensionPage(pagePath: string, opts: { timeout?: number } = {}): Promise<Page> {
    this.requireExtension();
    const url = `${this.extensionOrigin}/${pagePath.replace(/^\//, '')}`;
    const page = await this.browser.newPage();
    if (this.ff) {
      // goto() never resolves for moz-extension:// pages (BiDi does not report their load): navigate
      // without waiting, then poll, ignoring errors while the realm is swapped.
      await bidi(this.browser).send('browsingContext.navigate', { context: contextIdOf(page), url, wait: 'none' });
      await waitFor(
        () => page.evaluate((u) => location.href === u && document.readyState === 'complete', url),
        { timeout: opts.timeout ?? 15_000, what: `firefox: ${url} to load` },
      );
    } else {
      await page.goto(url, { waitUntil: 'load', timeout: opts.timeout ?? 15_000 });
    }
    return page;
  }

  /**
   * Presses a keyboard shortcut (manifest syntax, e.g. `Alt+Shift+R`) as real, trusted input with `page`'s
   * tab selected, so `commands.onCommand` fires. Firefox only: Chromium never delivers synthetic key
   * presses to extension commands (call the handler through `evalInBackground` there).
   */
  async pressShortcut(shortcut: string, page?: Page): Promise<void> {
    if (!this.ff) throw new Error('pressShortcut: Chromium does not deliver synthetic keys to extension commands; use evalInBackground');
    if (page) await page.bringToFront();
    await this.ff.pressShortcut(shortcut, page ? contextIdOf(page) : null);
  }

  /**
   * Emulates `prefers-color-scheme` / `prefers-reduced-motion` (null: back to the default).
   * Applies to `page` only (a tab or the popup), in both browsers.
   */
  async emulateMedia(page: Page, opts: { colorScheme?: 'light' | 'dark' | null; reducedMotion?: boolean | null }): Promise<void> {
    if (this.ff) return this.ff.emulateMedia(contextIdOf(page), opts);
    const features: Array<{ name: string; value: string }> = [];
    if (opts.colorScheme !== undefined) features.push({ name: 'prefers-color-scheme', value: opts.colorScheme ?? '' });
    if (opts.reducedMotion !== undefined) {
      features.push({ name: 'prefers-reduced-motion', value: opts.reducedMotion === null ? '' : opts.reducedMotion ? 'reduce' : 'no-preference' });
    }
    await page.emulateMediaFeatures(features);
  }

  /**
   * Text on the clipboard, e.g. after a "copy" button in the popup. Chromium reads it from an extension
   * page (the open popup, or a short-lived tab) with the clipboard-read permission granted for the test.
   */
  async readClipboard(): Promise<string> {
    if (this.ff) return this.ff.readClipboard();
    this.requireExtension();
    await this.browser.defaultBrowserContext().overridePermissions(this.extensionOrigin, ['clipboard-read', 'clipboard-sanitized-write']);
    const popup = this.popup && !this.popup.isClosed() ? this.popup : null;
    const page = popup ?? (await this.openExtensionPage('manifest.json'));
    try {
      // readText() wants a focused document; headless windows are never focused, so emulate it.
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
      await cdp.detach();
      return await page.evaluate(() => navigator.clipboard.readText());
    } finally {
      if (!popup) await page.close();
    }
  }

  /**
   * What the browser reports about the extension: install warnings (manifest problems) and the errors
   * its pages, service worker/background and content scripts raised since launch. Chromium: the
   * extensions error console (developer mode is switched on at launch), uncaught errors and
   * console.error calls. Firefox: uncaught script errors from moz-extension:// sources.
   */
  async extensionDiagnostics(): Promise<{ installWarnings: string[]; errors: Array<{ message: string; source: string }> }> {
    this.requireExtension();
    if (this.ff) return this.ff.extensionDiagnostics(this.extensionId, this.extensionOrigin);
    const page = await this.browser.newPage();
    try {
      await page.goto('chrome://extensions/');
      const info = (await page.evaluate(
        (id) => new Promise((resolve) => (globalThis as any).chrome.developerPrivate.getExtensionInfo(id, resolve)),
        this.extensionId,
      )) as { installWarnings?: string[]; manifestErrors?: Array<{ message: string; source?: string }>; runtimeErrors?: Array<{ message: string; source?: string; contextUrl?: string }> };
      return {
        installWarnings: [...(info.installWarnings ?? []), ...(info.manifestErrors ?? []).map((e) => e.message)],
        errors: (info.runtimeErrors ?? []).map((e) => ({ message: e.message, source: e.source || e.contextUrl || '' })),
      };
    } finally {
      await page.close();
    }
  }

  /** Saves a PNG to `artifacts/screenshots/<browser>-<name>.png` and returns its path. */
  async screenshot(page: Page, name: string, opts: { fullPage?: boolean } = {}): Promise<string> {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = path.join(SCREENSHOT_DIR, `${this.name}-${name.replace(/[^\w.-]+/g, '_')}.png`);
    await page.screenshot({ path: file as `${string}.png`, fullPage: opts.fullPage ?? false });
    return file;
  }

  private readonly tempDirs: string[] = [];

  /**
   * Replaces the installed extension with another build: an unpacked directory or a packaged `.zip`
   * (Firefox installs the archive itself; Chromium, which only loads unpacked extensions, gets the zip's
   * contents). Updates `extensionId`, `extensionOrigin`, `manifest` and `extensionDir`.
   */
  async reinstall(source: string): Promise<void> {
    await this.closePopup();
    const abs = path.resolve(source);
    const isZip = abs.endsWith('.zip');
    let dir = abs;
    if (isZip) {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), `tmt-e2e-unzipped-${this.name}-`));
      this.tempDirs.push(dir);
      liveTempDirs.add(dir);
      extractZip(abs, dir);
    }
    const manifest = readManifest(dir);
    if (this.extensionId) await this.browser.uninstallExtension(this.extensionId);
    this.worker = null;
    this.ffBackground = null;
    if (this.ff) {
      const res = await bidi(this.browser).send('webExtension.install', {
        extensionData: isZip ? { type: 'archivePath', path: abs } : { type: 'path', path: dir },
      });
      this.extensionId = String(res.result.extension);
      const uuid = await this.ff.extensionUuid(this.extensionId);
      if (!uuid) throw new Error(`firefox: ${this.extensionId} is not installed`);
      this.extensionOrigin = `moz-extension://${uuid}`;
    } else {
      this.extensionId = await this.browser.installExtension(dir);
      this.extensionOrigin = `chrome-extension://${this.extensionId}`;
    }
    this.manifest = manifest;
    this.extensionDir = dir;
    await this.waitForBackground();
  }

  /**
   * Waits until the background (service worker / page) runs with its extension API in place. In
   * Chromium this also attaches to the service worker, and an attached DevTools session keeps it from
   * being stopped when idle, so it stays reachable for the whole file.
   */
  async waitForBackground(timeout = 15_000): Promise<void> {
    if (!this.manifest.background) return;
    await waitFor(() => this.evalInBackground(({ api }) => Boolean(api?.runtime?.id)), {
      timeout,
      what: `${this.name}: the extension API in the background`,
    });
  }

  /** Closes the browser (killing it if it hangs) and removes its temporary profile. */
  async close(): Promise<void> {
    await this.closePopup().catch(() => {});
    try {
      await withTimeout(this.browser.close(), 15_000, `${this.name} close`);
    } catch {
      this.browser.process()?.kill('SIGKILL');
    }
    for (const d of [this.userDataDir, ...this.tempDirs]) {
      fs.rmSync(d, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
      liveTempDirs.delete(d);
    }
  }

  /**
   * Every UI message of the installed extension (`_locales/<lang>/messages.json`, all languages), for
   * telling the extension's own labels apart from page text.
   */
  uiMessages(): string[] {
    const dir = path.join(this.extensionDir, '_locales');
    if (!this.extensionDir || !fs.existsSync(dir)) return [];
    return fs.readdirSync(dir).flatMap((lang) => {
      const file = path.join(dir, lang, 'messages.json');
      if (!fs.existsSync(file)) return [];
      const msgs = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, { message?: string }>;
      return Object.values(msgs).map((m) => String(m.message ?? ''));
    });
  }

  private requireExtension(): void {
    if (!this.extensionId) throw new Error(`${this.name}: launched without an extension`);
  }

  private async chromiumEvalBackground(src: string, args: unknown[]): Promise<string | undefined> {
    if (!this.worker) {
      const t = await this.browser.waitForTarget(
        (t) => t.type() === 'service_worker' && t.url().startsWith(`${this.extensionOrigin}/`),
        { timeout: 10_000 },
      );
      const w = await t.worker();
      if (!w) throw new Error('service worker target has no worker');
      this.worker = w;
    }
    return (await this.worker.evaluate(evalExpression(src, '{ api: globalThis.chrome, bg: globalThis }', args))) as string | undefined;
  }

  private async ffEvalBackground(src: string, args: unknown[]): Promise<string | undefined> {
    const ff = this.ff!;
    this.ffBackground ??= await ff.backgroundContext(this.extensionId);
    const res = await bidi(this.browser).send('script.evaluate', {
      expression: evalExpression(src, '{ api: globalThis.browser, bg: globalThis }', args),
      target: { context: this.ffBackground },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    const r = res.result as { type: string; result?: { type: string; value?: string }; exceptionDetails?: { text?: string } };
    if (r.type !== 'success') throw new Error(r.exceptionDetails?.text ?? JSON.stringify(r));
    return r.result?.type === 'undefined' ? undefined : r.result?.value;
  }
}

function isGoneError(e: unknown): boolean {
  return /closed|detached|no such frame|not found|discarded|destroyed|Target/i.test(String((e as Error)?.message ?? e));
}

function bidi(browser: Browser): BidiConnection {
  return (browser as unknown as { connection: BidiConnection }).connection;
}

/** BiDi browsing-context id of a page (puppeteer's internal frame id). */
function contextIdOf(page: Page): string {
  return (page.mainFrame() as unknown as { _id: string })._id;
}

function readManifest(dir: string): Record<string, any> {
  const file = path.join(dir, 'manifest.json');
  if (!fs.existsSync(file)) {
    throw new Error(`no extension at ${dir} (missing manifest.json): run \`npm run build\` first`);
  }
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, any>;
}

/** Makes the browser keep the extension's errors from now on (see `extensionDiagnostics`). */
async function startErrorCollection(name: BrowserName, browser: Browser): Promise<void> {
  if (name === 'firefox') return new FirefoxChrome(bidi(browser)).recordExtensionErrors();
  // Chromium's extension error console only records in developer mode.
  const page = await browser.newPage();
  try {
    await page.goto('chrome://extensions/');
    await page.evaluate(
      () => new Promise((resolve) => (globalThis as any).chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, resolve)),
    );
  } finally {
    await page.close();
  }
}

/**
 * Launches `name` headless with `opts.extensionDir` (default the built extension) installed and every
 * request going through the proxy at `opts.proxyPort`.
 */
export async function launchBrowser(name: BrowserName, opts: LaunchOptions): Promise<TestBrowser> {
  const extensionDir = opts.extensionDir === undefined ? defaultExtensionDir(name) : opts.extensionDir;
  const manifest = extensionDir ? readManifest(extensionDir) : {};
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), `tmt-e2e-${name}-`));
  liveTempDirs.add(userDataDir);
  // Install a snapshot, so a rebuild of dist/ while the tests run cannot pull files from under the browser.
  const installDir = extensionDir ? path.join(userDataDir, 'extension-under-test') : '';
  if (extensionDir) fs.cpSync(extensionDir, installDir, { recursive: true });
  const headless = opts.headless ?? process.env.HEADFUL !== '1';
  let browser: Browser;
  try {
    if (name === 'chromium') {
      browser = await puppeteer.launch({
        executablePath: CHROMIUM_PATH,
        headless,
        pipe: true,
        enableExtensions: true,
        userDataDir,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--no-first-run',
          '--disable-quic',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          `--proxy-server=http://127.0.0.1:${opts.proxyPort}`,
          // Loopback through the proxy too, so no request escapes the record.
          '--proxy-bypass-list=<-loopback>',
          // Keep http:// test addresses on http (no automatic HTTPS upgrade attempts).
          '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
          // The proxy terminates HTTPS with a self-signed certificate so that https requests are recorded too.
          '--ignore-certificate-errors',
          '--lang=en-US',
          ...(opts.chromiumArgs ?? []),
        ],
      });
    } else {
      const geckoId = String(manifest.browser_specific_settings?.gecko?.id ?? DEFAULT_GECKO_ID);
      browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: FIREFOX_PATH,
        headless,
        protocol: 'webDriverBiDi',
        // The proxy terminates HTTPS with a self-signed certificate so that https requests are recorded too.
        acceptInsecureCerts: true,
        userDataDir,
        args: ['--remote-allow-system-access'],
        extraPrefsFirefox: {
          'network.proxy.type': 1,
          'network.proxy.http': '127.0.0.1',
          'network.proxy.http_port': opts.proxyPort,
          'network.proxy.ssl': '127.0.0.1',
          'network.proxy.ssl_port': opts.proxyPort,
          'network.proxy.no_proxies_on': '',
          'network.proxy.allow_hijacking_localhost': true,
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
          'dom.security.https_first': false,
          'dom.security.https_first_schemeless': false,
          'dom.security.https_only_mode': false,
          'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
          // Keep the event page alive so the background stays addressable for the whole file.
          'extensions.background.idle.enabled': false,
          // The popup panel stays open while the test works in other tabs or windows.
          'ui.popup.disable_autohide': true,
          'intl.locale.requested': 'en-US',
          ...(opts.firefoxPrefs ?? {}),
        },
      });
    }
  } catch (e) {
    fs.rmSync(userDataDir, { recursive: true, force: true });
    throw new Error(`could not launch ${name}: ${(e as Error).message}`);
  }

  let extensionId = '';
  let origin = '';
  try {
    if (extensionDir) {
      await startErrorCollection(name, browser);
      extensionId = await browser.installExtension(installDir);
      if (name === 'chromium') {
        origin = `chrome-extension://${extensionId}`;
      } else {
        const uuid = await new FirefoxChrome(bidi(browser)).extensionUuid(extensionId);
        if (!uuid) throw new Error(`firefox: ${extensionId} is not installed`);
        origin = `moz-extension://${uuid}`;
      }
    }
  } catch (e) {
    await withTimeout(browser.close(), 15_000, 'close').catch(() => browser.process()?.kill('SIGKILL'));
    fs.rmSync(userDataDir, { recursive: true, force: true });
    throw new Error(`${name}: installing ${extensionDir} failed: ${(e as Error).message}`);
  }
  const tb = new TestBrowser(name, browser, extensionId, origin, manifest, installDir, userDataDir);
  if (extensionId) {
    await tb.waitForBackground().catch(async (e: Error) => {
      await tb.close();
      throw new Error(`${name}: the extension's background did not start: ${e.message}`);
    });
  }
  return tb;
}
