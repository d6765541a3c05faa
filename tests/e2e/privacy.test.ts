/**
 * Privacy, end to end in real Chromium and Firefox ESR: every request made while the extension is used (popup,
 * key quotes, in-page reader, "show in article", options page, a settings change) is recorded by the proxy.
 * With images on, the only requests the extension may cause are the article's own images; with images off,
 * none at all. No telemetry, fonts, scripts or anything else of its own.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { BROWSERS, fixtureCase, setupE2E, waitFor, type RecordedRequest } from './harness';
import { sendToTab, toggleViaBackground, waitForReader } from './reader-helpers';

// An article with a lead image, so that "only the article's own images" is tested, not assumed.
const SEED = fixtureCase('news-lavrov-2025');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Scheme-less key: Firefox upgrades an extension page's http:// requests to https://. */
const key = (url: string) => url.replace(/^https?:\/\//i, '//').replace(/#.*$/, '');

describe.each(BROWSERS)('privacy in %s', (name) => {
  const e2e = setupE2E(name);

  it('the extension makes no requests of its own: only the article images, and none with images off', { timeout: 240_000 }, async () => {
    const seen = () => e2e.server.requests.filter((r) => r.initiator !== 'browser');
    const settle = async () => {
      let n = -1;
      for (let i = 0; i < 20 && n !== seen().length; i++) {
        n = seen().length;
        await sleep(500);
      }
    };

    const page: Page = await e2e.browser.openPage(SEED.url);
    try {
      await e2e.browser.waitForActionState(page, (s) => s.badgeText !== '');
      await settle();
      // What the page loads by itself (its scripts, styles, images) is the page's business.
      const pageOwn = new Set(seen().map((r) => key(r.url)));
      // The article's own images, as the extension extracted them.
      const got = await sendToTab<{ ok: boolean; result: { html: string; leadImage: { src: string } | null } }>(e2e, page, { type: 'tmt:get-article' });
      expect(got.ok).toBe(true);
      const images = new Set<string>();
      if (got.result.leadImage) images.add(key(got.result.leadImage.src));
      for (const m of got.result.html.matchAll(/\s(?:src|srcset)="([^"]+)"/g)) {
        for (const c of m[1]!.split(/,\s+/)) images.add(key(c.trim().split(/\s+/)[0]!));
      }
      expect(images.size, 'the seed article has images').toBeGreaterThan(0);

      const useEverything = async (phase: string) => {
        const popup = await e2e.browser.openPopup(page);
        await waitFor(async () => ((await popup.evaluate(() => document.querySelector('[data-testid="article-body"]')?.textContent ?? '')).length > 200 ? true : null), {
          timeout: 20_000,
          what: `${name}: popup (${phase})`,
        });
        await waitFor(async () => ((await popup.evaluate(() => !!document.querySelector('[data-testid="key-quotes"]'))) ? true : null), {
          timeout: 10_000,
          what: `${name}: key quotes in the popup (${phase})`,
        });
        await sleep(1000);
        await e2e.browser.closePopup();
        const open = await toggleViaBackground(e2e, page);
        expect(open.ok, open.error).toBe(true);
        await waitForReader(e2e, page, true, 20_000);
        const shown = await sendToTab<{ ok: boolean }>(e2e, page, { type: 'tmt:reader', action: 'open', quoteIndex: 0 });
        expect(shown.ok).toBe(true);
        await sleep(1000);
        await toggleViaBackground(e2e, page);
        await waitForReader(e2e, page, false, 20_000);
        const options = await e2e.browser.openExtensionPage('options.html');
        await sleep(1500);
        await options.close();
        await settle();
      };

      /** Requests that are not the page reloading its own things, nor (when allowed) article images. */
      const offending = (allowImages: boolean): RecordedRequest[] =>
        seen().filter((r) => {
          const k = key(r.url);
          if (allowImages && images.has(k)) return false;
          // The page's own requests repeated (its scripts keep polling): not ours, unless they carry our origin.
          return r.initiator === 'extension' || !pageOwn.has(k);
        });

      e2e.server.clearRequests();
      await useEverything('images on');
      const withImages = offending(true);
      const imageRequests = seen().filter((r) => images.has(key(r.url)));
      console.log(`${name}, images on: ${seen().length} requests while using the extension; article images ${imageRequests.length}; other: ${withImages.length}`);
      expect(withImages.map((r) => `${r.initiator} ${r.url}`)).toEqual([]);

      await e2e.browser.evalInBackground(async ({ api }) => {
        const cur = ((await api.storage.sync.get('settings')) as { settings?: Record<string, unknown> }).settings ?? {};
        await api.storage.sync.set({ settings: { version: 2, ...cur, images: false } });
      });
      await settle();
      e2e.server.clearRequests();
      await useEverything('images off');
      const without = offending(false).concat(seen().filter((r) => images.has(key(r.url)) && !pageOwn.has(key(r.url))));
      console.log(`${name}, images off: ${seen().length} requests while using the extension; ours: ${without.length}`);
      expect(without.map((r) => `${r.initiator} ${r.url}`)).toEqual([]);
    } finally {
      await page.close().catch(() => undefined);
      await e2e.browser.evalInBackground(async ({ api }) => api.storage.sync.clear());
    }
  });
});
