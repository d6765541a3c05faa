/**
 * The story's other-language version, end to end in real Chromium and Firefox ESR: an English story that points to
 * its Russian version (news-russian-version-2025) shows "Also in Русский", a Russian one that points to its English
 * version (ru-service-2020) «Также на English», in the popup and in the in-page reader, with the version's address.
 * Clicked, the popup's link opens that page in a new tab and the reader's opens it in the tab itself.
 */
import type { Page } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { pageCase } from '../fixtures/index.mjs';
import { BROWSERS, setupE2E, toHttp, waitFor, type E2E } from './harness';
import { inReader, toggleViaBackground, waitForReader } from './reader-helpers';

interface Case {
  name: string;
  url: string;
  html: string | Buffer;
  /** The link as a reader sees it, and where it goes (from expected.json's alternates). */
  text: string;
  href: string;
}

function caseOf(name: string, text: string): Case {
  const c = pageCase(name);
  const alt = c.expected.alternates?.[0];
  if (!alt) throw new Error(`${name}: expected.json lists no alternate`);
  return { name, url: toHttp(c.expected.url), html: c.html, text, href: alt.url };
}

const CASES = [caseOf('news-russian-version-2025', 'Also in Русский'), caseOf('ru-service-2020', 'Также на English')];

/** A page at the other version's address: the click must land there. */
const targetHtml = (title: string) => `<!doctype html><html><head><title>${title}</title></head><body><p>${title}</p></body></html>`;

interface Shown {
  links: { text: string; href: string | null; target: string | null; rel: string | null }[];
}

/** The other-language links of a surface (the popup's document or the reader's shadow root), as shown. */
function linksIn(root: Document | ShadowRoot): Shown {
  const links = Array.from(root.querySelectorAll('[data-testid="alternate-link"]')).map((a) => ({
    text: ((a as HTMLElement).innerText ?? a.textContent ?? '').replace(/\s+/g, ' ').trim(),
    href: a.getAttribute('href'),
    target: a.getAttribute('target'),
    rel: a.getAttribute('rel'),
  }));
  return { links };
}

describe.each(BROWSERS)('other-language version in %s', (name) => {
  const e2e = setupE2E(name);
  const pages: Page[] = [];
  const open = async (url: string): Promise<Page> => {
    const page = await e2e.browser.openPage(url);
    pages.push(page);
    await e2e.browser.waitForActionState(page, (s) => s.badgeText !== '');
    return page;
  };

  afterEach(async () => {
    await e2e.browser.closePopup();
    for (const p of pages.splice(0)) await p.close().catch(() => undefined);
  });

  function serve(): void {
    for (const c of CASES) {
      e2e.server.setPage(c.url, c.html);
      e2e.server.setPage(c.href, targetHtml(`Target ${c.name}`));
    }
  }

  async function popupLinks(e2e: E2E, page: Page): Promise<{ popup: Page; shown: Shown }> {
    const popup = await e2e.browser.openPopup(page);
    const shown = await waitFor(
      async () => {
        const s = (await popup.evaluate(`(${linksIn.toString()})(document)`)) as Shown;
        return s.links.length ? s : null;
      },
      { timeout: 20_000, what: `${name}: the popup's other-language link` },
    );
    return { popup, shown };
  }

  it('the popup shows the link in the UI language, the language named in itself; it opens a new tab there', { timeout: 120_000 }, async () => {
    serve();
    for (const c of CASES) {
      const page = await open(c.url);
      const { popup, shown } = await popupLinks(e2e, page);
      expect(shown.links, c.name).toEqual([{ text: c.text, href: c.href, target: '_blank', rel: 'noopener noreferrer' }]);
      await e2e.browser.screenshot(popup, `popup-alternates-${c.name}`);
      if (c !== CASES[0]) continue;
      // Clicked: a new tab at the other version's address, the article's tab unchanged.
      const tabsAt = (url: string) =>
        e2e.browser.evalInBackground(async ({ api }, u: string) => (await api.tabs.query({})).filter((t: { url?: string }) => t.url === u).length, url);
      expect(await tabsAt(c.href)).toBe(0);
      // Chromium closes the popup as the new tab takes the focus, sometimes before the click's answer comes back:
      // the tab below is the proof.
      await popup.$eval('[data-testid="alternate-link"]', (a) => (a as HTMLElement).click()).catch((err: Error) => {
        if (err.name !== 'TargetCloseError') throw err;
      });
      await waitFor(async () => ((await tabsAt(c.href)) > 0 ? true : null), { timeout: 15_000, what: `${name}: a tab at ${c.href}` });
      expect(await page.evaluate(() => location.href)).toBe(c.url);
      const opened = (await e2e.browser.browser.pages()).find((p) => p.url() === c.href);
      if (opened) pages.push(opened);
    }
  });

  it('the reader shows the same link; it takes the tab itself to the other version', { timeout: 120_000 }, async () => {
    serve();
    for (const c of [...CASES].reverse()) {
      const page = await open(c.url);
      const res = await toggleViaBackground(e2e, page);
      expect(res.ok, res.error).toBe(true);
      await waitForReader(e2e, page, true, 20_000);
      const shown = await inReader(e2e, page, linksIn);
      expect(shown?.links, c.name).toEqual([{ text: c.text, href: c.href, target: null, rel: null }]);
      await e2e.browser.screenshot(page, `reader-alternates-${c.name}`);
      if (c !== CASES[1]) continue;
      await inReader(e2e, page, (root) => (root.querySelector('[data-testid="alternate-link"]') as HTMLElement).click());
      await waitFor(async () => ((await page.evaluate(() => location.href).catch(() => '')) === c.href ? true : null), {
        timeout: 15_000,
        what: `${name}: the tab at ${c.href}`,
      });
      expect(await page.evaluate(() => document.title)).toBe(`Target ${c.name}`);
    }
  });
});
