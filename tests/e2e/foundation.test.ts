/**
 * Foundation, end to end: the built extension (dist/chrome, dist/firefox) in real Chromium and Firefox ESR,
 * fixtures served under their real Moscow Times addresses. The content script recognises articles and the
 * toolbar button says so; the real popup shows the clean story without the appeals and clutter; pages of
 * the site that are not articles get their message.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import {
  BROWSERS,
  clutterShown,
  excerpt,
  fixtureCase,
  firstOutOfOrder,
  loadFixtureCases,
  missingStrings,
  normalizeText,
  ROOT,
  setupE2E,
  waitFor,
  type E2E,
  type FixtureCase,
} from './harness';

const cases = loadFixtureCases();
const articles = cases.filter((c) => c.expected.isArticle);
const nonArticles = cases.filter((c) => !c.expected.isArticle);

interface PopupView {
  title: string;
  body: string;
  status: string;
  all: string;
  /** Language the story is marked with (nearest lang attribute). */
  storyLang: string;
}

const readPopup = (popup: Page): Promise<PopupView> =>
  popup.evaluate(() => {
    const text = (sel: string): string => (document.querySelector(sel) as HTMLElement | null)?.innerText ?? '';
    return {
      title: text('[data-testid="article-title"]'),
      body: text('[data-testid="article-body"]'),
      status: text('[data-testid="status-message"]'),
      all: document.body.innerText,
      storyLang: document.querySelector('[data-testid="article-body"]')?.closest('[lang]')?.getAttribute('lang') ?? '',
    };
  });

/** Polls the popup until `done` holds; on timeout says which browser and what the popup showed. */
async function waitForPopup(e2e: E2E, popup: Page, done: (v: PopupView) => boolean, what: string): Promise<PopupView> {
  let last: PopupView | undefined;
  try {
    return await waitFor(
      async () => {
        last = await readPopup(popup);
        return done(last) ? last : null;
      },
      { timeout: 15_000, interval: 100, what },
    );
  } catch {
    const shot = await e2e.browser.screenshot(popup, `foundation-timeout-${Date.now()}`).catch(() => '(no screenshot)');
    throw new Error(`${e2e.name}: popup never showed ${what}; it shows: "${excerpt(last?.all ?? '(nothing)')}" (${shot})`);
  }
}

describe.each(BROWSERS)('foundation in %s', (name) => {
  const e2e = setupE2E(name);

  it('installs the built extension', async () => {
    const m = await e2e.browser.evalInBackground(({ api }) => {
      const man = api.runtime.getManifest();
      return { version: man.manifest_version as number, name: man.name as string };
    });
    expect(m).toEqual({ version: 3, name: 'TMT Reader' });
    expect(e2e.browser.extensionOrigin).toMatch(name === 'chromium' ? /^chrome-extension:\/\/[a-p]{32}$/ : /^moz-extension:\/\//);
  });

  /** An article page: toolbar state, then the real popup with the clean story and no clutter. */
  async function checkArticle(c: FixtureCase, shot: string): Promise<void> {
    const caseName = c.name;
    const exp = c.expected;
    const page = await e2e.browser.openPage(c.url);
    try {
      // The content script runs on the real address and tells the background what the page is.
      const defaultTitle = await e2e.browser.evalInBackground(({ api }) => api.action.getTitle({}) as Promise<string>);
      const state = await e2e.browser.waitForActionState(page, (s) => s.badgeText !== '' && s.title !== defaultTitle, {
        what: `${name}: badge and title saying a clean view of ${caseName} is available`,
      });
      expect(state.title).not.toBe(defaultTitle);

      const popup = await e2e.browser.openPopup(page);
      const view = await waitForPopup(
        e2e,
        popup,
        (v) => normalizeText(v.title) !== '' && normalizeText(v.body) !== '',
        `the title and body of ${caseName}`,
      );
      await e2e.browser.screenshot(popup, shot);

      expect(normalizeText(view.title), `${name}: popup title`).toBe(normalizeText(exp.title ?? ''));
      if (exp.byline) expect(normalizeText(view.all), `${name}: byline in the popup`).toContain(normalizeText(exp.byline));
      // Marked with the article's language (hyphenation, screen-reader pronunciation).
      expect(view.storyLang.split('-')[0], `${name}: lang of the story in the popup`).toBe(exp.lang);
      const missing = missingStrings(view.all, exp.body ?? []);
      expect(missing, `${name}: story paragraphs missing from the popup, which shows "${excerpt(view.all)}"`).toEqual([]);
      const outOfOrder = firstOutOfOrder(view.all, exp.body ?? []);
      expect(outOfOrder, `${name}: story paragraph #${outOfOrder} is out of order in the popup`).toBe(-1);
      const clutter = clutterShown(view.all, exp, e2e.browser.uiMessages());
      expect(clutter, `${name}: appeal/clutter strings shown in the popup`).toEqual([]);
      await e2e.browser.closePopup();
    } finally {
      await page.close();
    }
  }

  describe.each(articles.map((c) => [c.name, c] as const))('article %s', (caseName, c) => {
    it('the toolbar button says a clean view is available, and the popup shows the clean story', async () => {
      await checkArticle(c, `foundation-popup-${caseName}`);
    });
  });

  describe.each(nonArticles.map((c) => [c.name, c] as const))('non-article %s', (caseName, c) => {
    it('the popup says the page is not an article, and the toolbar button stays inactive', async () => {
      const page = await e2e.browser.openPage(c.url);
      try {
        const popup = await e2e.browser.openPopup(page);
        const view = await waitForPopup(e2e, popup, (v) => /not an article/i.test(v.status), `its "not an article" message for ${caseName}`);
        await e2e.browser.screenshot(popup, `foundation-popup-${caseName}`);
        expect(normalizeText(view.title), `${name}: no article title on a non-article page`).toBe('');
        expect(normalizeText(view.body), `${name}: no story on a non-article page`).toBe('');
        await e2e.browser.closePopup();
        const state = await e2e.browser.actionState(page);
        expect(state.badgeText, `${name}: badge on ${caseName}`).toBe('');
      } finally {
        await page.close();
      }
    });
  });

  // After the flows above: nothing the browser reports as wrong with the extension.
  it('installs without warnings, and raised no errors while reading the pages above', async () => {
    const d = await e2e.browser.extensionDiagnostics();
    expect(d.installWarnings, `${name}: install warnings`).toEqual([]);
    expect(d.errors, `${name}: errors from the extension's pages, worker or content scripts`).toEqual([]);
  });

  // Last, because it replaces the installed extension: the package users install works too.
  it('the packaged zip installs and shows the clean story', async () => {
    const version = String(e2e.browser.manifest.version);
    const zip = path.join(ROOT, 'dist/packages', `tmt-reader-${name === 'chromium' ? 'chrome' : 'firefox'}-${version}.zip`);
    expect(fs.existsSync(zip), `${name}: ${zip} was not built`).toBe(true);
    const unpacked = e2e.browser.manifest;
    await e2e.browser.reinstall(zip);
    expect(e2e.browser.manifest, `${name}: the zip's manifest is the unpacked build's`).toEqual(unpacked);
    await checkArticle(fixtureCase('seed-syria-2013'), 'foundation-popup-packaged');
  });
});
