/**
 * Self-test of the e2e harness with a tiny generated extension (not the product), in both browsers:
 * if these fail, the product's e2e failures are about the harness or the browsers, not the extension.
 */
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { BROWSERS, fixtureCase, normalizeText, setupE2E, waitFor } from './harness';
import { writeSelftestExtension } from './harness/selftest-extension';

const PAGE_URL = 'http://www.themoscowtimes.com/2024/01/02/harness-selftest-a10001';
const PAGE_HTML = `<!doctype html><html><head><title>selftest page</title></head><body>
<h1>Harness headline</h1><img src="http://static.themoscowtimes.com/img/selftest.jpg" alt=""></body></html>`;

describe.each(BROWSERS)('harness self-test in %s', (name) => {
  const extDir = writeSelftestExtension(name);
  afterAll(() => fs.rmSync(extDir, { recursive: true, force: true }));
  const e2e = setupE2E(name, { extensionDir: extDir });

  it('serves a fixture at its real www.themoscowtimes.com address over the proxy', async () => {
    const c = fixtureCase('seed-syria-2013');
    const page = await e2e.browser.openPage(c.url);
    try {
      expect(await page.evaluate(() => location.href)).toBe(c.url);
      const h1 = await page.evaluate(() => document.querySelector('h1')?.textContent ?? '');
      expect(normalizeText(h1)).toBe(c.expected.title);
      const doc = e2e.server.requests.find((r) => r.url === c.url);
      expect(doc?.status, `${name}: the proxy saw ${e2e.server.requestedUrls().join(', ')}`).toBe(200);
    } finally {
      await page.close();
    }
  });

  it('runs the content script on the real address: the toolbar state is set for that tab', async () => {
    e2e.server.setPage(PAGE_URL, PAGE_HTML);
    const page = await e2e.browser.openPage(PAGE_URL);
    try {
      const state = await e2e.browser.waitForActionState(page, (s) => s.badgeText === 'ok');
      expect(state.title).toBe('selftest: Harness headline');
      // Sub-resources of other hosts reach the proxy and get 404, and are recorded as the page's.
      const img = await e2e.server.waitForRequest((r) => r.url === 'http://static.themoscowtimes.com/img/selftest.jpg');
      expect(img.status).toBe(404);
      expect(img.initiator).toBe('page');
    } finally {
      await page.close();
    }
  });

  it('opens the real toolbar popup, which talks to the content script of the active tab', async () => {
    const page = await e2e.browser.openPage(PAGE_URL);
    try {
      await e2e.browser.waitForActionState(page, (s) => s.badgeText === 'ok');
      const popup = await e2e.browser.openPopup(page);
      await popup.waitForFunction(
        () => document.querySelector('[data-testid="article-title"]')?.textContent === 'Harness headline',
        { timeout: 10_000 },
      );
      expect(await popup.$eval('[data-testid="status-message"]', (el) => el.textContent)).toBe(`from ${PAGE_URL}`);
      expect(await popup.evaluate(() => location.href)).toBe(`${e2e.browser.extensionOrigin}/popup.html`);
      // Real input reaches the popup: its copy button puts text on the clipboard.
      await popup.click('#copy');
      await waitFor(async () => (await e2e.browser.readClipboard()) === '“Harness headline” — selftest', {
        timeout: 5_000,
        what: `${name}: the copied text on the clipboard`,
      });
      const shot = await e2e.browser.screenshot(popup, 'harness-selftest-popup');
      expect(fs.statSync(shot).size).toBeGreaterThan(500);
      await e2e.browser.closePopup();
      // A second popup opens as well (no stale state from the first).
      const again = await e2e.browser.openPopup(page);
      await again.waitForFunction(() => document.querySelector('[data-testid="article-title"]')?.textContent === 'Harness headline');
      await e2e.browser.closePopup();
    } finally {
      await page.close();
    }
  });

  it('finds the right tab and opens the popup in its window when a second window is open', async () => {
    const page = await e2e.browser.openPage(PAGE_URL);
    const other = await e2e.browser.browser.newPage({ type: 'window' });
    try {
      await other.goto('http://example.org/other-window').catch(() => undefined); // a 404 page
      const state = await e2e.browser.waitForActionState(page, (s) => s.badgeText === 'ok');
      expect(state.title).toBe('selftest: Harness headline');
      const popup = await e2e.browser.openPopup(page);
      await popup.waitForFunction(() => document.querySelector('[data-testid="article-title"]')?.textContent === 'Harness headline');
      await e2e.browser.closePopup();
    } finally {
      await other.close();
      await page.close();
    }
  });

  it('evaluates in the background context (where a command handler would be called)', async () => {
    const out = await e2e.browser.evalInBackground(({ bg }, cmd: string) => bg.selftestCommand(cmd) as string, 'toggle-reader');
    expect(out).toBe('handled toggle-reader');
    const kind = await e2e.browser.evalInBackground(({ bg }) => ('ServiceWorkerGlobalScope' in bg ? 'worker' : 'page'));
    expect(kind).toBe(name === 'chromium' ? 'worker' : 'page');
  });

  it('emulates dark colour scheme and reduced motion for the popup', async () => {
    const page = await e2e.browser.openPage(PAGE_URL);
    try {
      const popup = await e2e.browser.openPopup(page);
      const dark = (): Promise<boolean> => popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
      await e2e.browser.emulateMedia(popup, { colorScheme: 'dark' });
      expect(await dark()).toBe(true);
      await e2e.browser.emulateMedia(popup, { colorScheme: 'light' });
      expect(await dark()).toBe(false);
      await e2e.browser.emulateMedia(popup, { reducedMotion: true });
      expect(await popup.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
      await e2e.browser.emulateMedia(popup, { colorScheme: null, reducedMotion: null });
      await e2e.browser.closePopup();
    } finally {
      await page.close();
    }
  });

  it('delivers a real keyboard shortcut to commands.onCommand in Firefox, and says why not in Chromium', async () => {
    const page = await e2e.browser.openPage(PAGE_URL);
    try {
      if (name === 'chromium') {
        await expect(e2e.browser.pressShortcut('Alt+Shift+Y', page)).rejects.toThrow(/evalInBackground/);
        return;
      }
      await e2e.browser.pressShortcut('Alt+Shift+Y', page);
      await waitFor(() => e2e.browser.evalInBackground(({ bg }) => (bg.selftestCommands as string[]).includes('selftest-command')), {
        timeout: 5_000,
        what: 'the command to reach the background',
      });
    } finally {
      await page.close();
    }
  });

  it('opens an extension page as a tab', async () => {
    const page = await e2e.browser.openExtensionPage('options.html');
    try {
      expect(await page.evaluate(() => document.getElementById('o')?.textContent)).toBe('options');
      expect(await page.evaluate(() => location.origin)).toBe(e2e.browser.extensionOrigin);
    } finally {
      await page.close();
    }
  });

  it("records the extension's own requests, and canary hits", async () => {
    const tag = `bg-${name}`;
    const url = e2e.server.canaryUrl(tag);
    const outcome = await e2e.browser.evalInBackground(async ({ bg }, u: string) => {
      try {
        return `status ${(await bg.fetch(u)).status}`;
      } catch (e) {
        return `failed: ${(e as Error).message}`;
      }
    }, url);
    // Firefox's MV3 extension-page CSP upgrades http:// to https://; the proxy records both alike.
    expect(outcome).toBe('status 204');
    const hits = e2e.server.canaryHits(tag);
    expect(hits.map((h) => h.url)).toEqual([name === 'chromium' ? url : url.replace(/^http:/, 'https:')]);
    expect(hits[0]!.initiator, JSON.stringify(hits[0]!.headers)).toBe('extension');
    expect(e2e.server.extensionRequests().map((r) => r.url)).toEqual(hits.map((h) => h.url));
  });

  it("reports the extension's install warnings and uncaught errors", async () => {
    const before = await e2e.browser.extensionDiagnostics();
    expect(before.installWarnings.join('\n'), `${name}: install warnings`).toMatch(/selftest_unknown_key/);
    expect(before.errors.filter((e) => /selftest uncaught error/.test(e.message))).toEqual([]);
    await e2e.browser.evalInBackground(({ bg }) => bg.selftestThrowLater());
    await waitFor(
      async () => (await e2e.browser.extensionDiagnostics()).errors.some((e) => /selftest uncaught error/.test(e.message) && /background\.js/.test(e.source)),
      { timeout: 5_000, what: `${name}: the background's uncaught error to be reported` },
    );
  });
});
