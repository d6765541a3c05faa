/**
 * Settings, end to end in real Chromium and Firefox ESR: the options page saves every change to
 * storage.sync, the values survive closing and reopening it, the reader follows them (auto-open
 * included), a corrupt or old-shape stored object is read safely, and axe finds nothing on the options
 * page in light and dark.
 */
import type { Page } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import { BROWSERS, fixtureCase, setupE2E, waitFor } from './harness';
import { axe, inReader, waitForReader } from './reader-helpers';

const SEED = fixtureCase('seed-syria-2013');

describe.each(BROWSERS)('settings in %s', (name) => {
  const e2e = setupE2E(name);
  const pages: Page[] = [];

  afterEach(async () => {
    for (const p of pages.splice(0)) await p.close().catch(() => undefined);
    await e2e.browser.evalInBackground(async ({ api }) => api.storage.sync.clear());
  });

  async function options(): Promise<Page> {
    const p = await e2e.browser.openExtensionPage('options.html');
    pages.push(p);
    await p.waitForSelector('[data-testid="options-form"]');
    return p;
  }

  const stored = () =>
    e2e.browser.evalInBackground(async ({ api }) => (await api.storage.sync.get('settings')).settings) as Promise<Record<string, unknown> | undefined>;

  async function readForm(p: Page) {
    return p.evaluate(() => {
      const q = (sel: string) => document.querySelector(sel) as HTMLInputElement;
      return {
        theme: (document.querySelector('input[name="theme"]:checked') as HTMLInputElement | null)?.value,
        font: (document.querySelector('input[name="font"]:checked') as HTMLInputElement | null)?.value,
        fontSize: Number(q('[data-testid="opt-fontSize"]').value),
        lineWidth: Number(q('[data-testid="opt-lineWidth"]').value),
        lineHeight: Number(q('[data-testid="opt-lineHeight"]').value),
        keyQuotes: Number(q('[data-testid="opt-keyQuotes"]').value),
        autoOpen: q('[data-testid="opt-autoOpen"]').checked,
        images: q('[data-testid="opt-images"]').checked,
      };
    });
  }

  it('every setting is saved, survives closing and reopening, and the reader follows it', async () => {
    const p = await options();
    expect(await readForm(p)).toEqual({ theme: 'system', font: 'serif', fontSize: 19, lineWidth: 70, lineHeight: 1.6, keyQuotes: 5, autoOpen: false, images: true });

    await p.click('[data-testid="opt-theme-sepia"]');
    await p.click('[data-testid="opt-font-sans"]');
    // Sliders by keyboard, as a user without a mouse would.
    await p.focus('[data-testid="opt-fontSize"]');
    for (let i = 0; i < 3; i++) await p.keyboard.press('ArrowRight');
    await p.focus('[data-testid="opt-keyQuotes"]');
    for (let i = 0; i < 2; i++) await p.keyboard.press('ArrowLeft');
    await p.click('[data-testid="opt-autoOpen"]');
    await p.click('[data-testid="opt-images"]');
    await waitFor(async () => ((await p.$eval('[data-testid="opt-saved"]', (e) => e.textContent)) === 'Saved' ? true : null), { what: 'Saved' });
    const want = { theme: 'sepia', font: 'sans', fontSize: 22, lineWidth: 70, lineHeight: 1.6, keyQuotes: 3, autoOpen: true, images: false };
    expect(await stored()).toMatchObject({ version: 2, ...want });
    await e2e.browser.screenshot(p, 'options-sepia');
    await p.close();
    pages.length = 0;

    const again = await options();
    expect(await readForm(again)).toEqual(want);

    // Auto-open: the reader opens by itself on an article, in the chosen look, with the chosen count.
    const article = await e2e.browser.openPage(SEED.url);
    pages.push(article);
    await waitForReader(e2e, article, true);
    const look = await inReader(e2e, article, (root) => ({
      theme: root.querySelector('dialog')!.dataset.theme,
      font: root.querySelector('dialog')!.dataset.font,
      size: getComputedStyle(root.querySelector('.tmt-story p')!).fontSize,
      quotes: root.querySelectorAll('[data-testid="key-quote"]').length,
      images: root.querySelectorAll('img').length,
    }));
    expect(look).toMatchObject({ theme: 'sepia', font: 'sans', size: '22px', images: 0 });
    expect(look!.quotes).toBeLessThanOrEqual(3);
    expect(look!.quotes).toBeGreaterThan(0);
  });

  it('a change on the options page reaches an open reader at once', async () => {
    const article = await e2e.browser.openPage(SEED.url);
    pages.push(article);
    await e2e.browser.waitForActionState(article, (s) => s.badgeText !== '');
    const tabId = await e2e.browser.tabId(article);
    await e2e.browser.evalInBackground(async ({ api }, id: number) => api.tabs.sendMessage(id, { type: 'tmt:reader', action: 'open' }), tabId);
    await waitForReader(e2e, article, true);
    const p = await options();
    await p.click('[data-testid="opt-theme-dark"]');
    await waitFor(async () => ((await inReader(e2e, article, (root) => root.querySelector('dialog')!.dataset.theme)) === 'dark' ? true : null), {
      what: `${name}: reader turned dark`,
    });
  });

  it('corrupt and old-shape stored settings are read safely; nothing the user set is lost', async () => {
    // v1 shape (unversioned) with one corrupt field.
    await e2e.browser.evalInBackground(async ({ api }) =>
      api.storage.sync.set({ settings: { dark: true, serif: false, textSize: 'large', width: 'gigantic', quotes: 7 } }),
    );
    const p = await options();
    expect(await readForm(p)).toEqual({ theme: 'dark', font: 'sans', fontSize: 22, lineWidth: 70, lineHeight: 1.6, keyQuotes: 7, autoOpen: false, images: true });
    // Migrated once and written back in the current shape.
    expect(await stored()).toMatchObject({ version: 2, theme: 'dark', font: 'sans', fontSize: 22, keyQuotes: 7 });

    await e2e.browser.evalInBackground(async ({ api }) => api.storage.sync.set({ settings: 'garbage' }));
    const p2 = await options();
    expect((await readForm(p2)).theme).toBe('system');
  });

  it('axe finds no violations on the options page, light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      await e2e.browser.evalInBackground(async ({ api }, t: string) => api.storage.sync.set({ settings: { version: 2, theme: t } }), theme);
      const p = await options();
      expect(await p.$eval('#shell', (e) => (e as HTMLElement).dataset.theme)).toBe(theme);
      const violations = await axe(p);
      expect(violations, `${name} ${theme}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
      await e2e.browser.screenshot(p, `options-${theme}`, { fullPage: true });
    }
  });

  it('the extension raised no errors and no install warnings during these tests', async () => {
    const d = await e2e.browser.extensionDiagnostics();
    expect(d.installWarnings).toEqual([]);
    expect(d.errors, JSON.stringify(d.errors, null, 1)).toEqual([]);
  });
});
