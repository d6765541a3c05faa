/**
 * Cite and Keep from the popup, end to end in real Chromium and Firefox ESR: "Copy citation" puts the chosen
 * format on the real clipboard; Save writes all three formats into the download folder through the downloads API,
 * with the article's own image fetched only then; the HTML copy opens offline (file://) with the story and its
 * image, loads nothing and holds no script; the EPUB passes epubcheck. The in-page reader cites and saves too.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { BROWSERS, fixtureCase, missingStrings, normalizeText, setupE2E, waitFor } from './harness';
import { inReader, sendToTab, waitForReader } from './reader-helpers';
import { QUICK_JVM } from '../helpers/java';

const LAVROV = fixtureCase('news-lavrov-2025');
/** A real 1×1 PNG, served as the article's lead image. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const LEAD_IMAGE = 'https://static.themoscowtimes.com/image/article_1360/5c/lavrov-placeholder.jpg';
const EPUBCHECK_JAR = '/usr/bin/epubcheck';
const FILE_BASE = '2025-08-22-lavrov-says-no-meeting-planned-between-putin-and-zelensky';

describe.each(BROWSERS)('cite and keep in %s', (name) => {
  const downloads = mkdtempSync(path.join(os.tmpdir(), `tmt-downloads-${name}-`));
  afterAll(() => rmSync(downloads, { recursive: true, force: true }));
  const e2e = setupE2E(name, {
    // Firefox's download folder for the test (Chromium uses its default one; the test removes its files).
    firefoxPrefs: { 'browser.download.dir': downloads, 'browser.download.folderList': 2, 'browser.download.useDownloadDir': true },
  });
  let page: Page | null = null;

  async function openPopup(): Promise<Page> {
    e2e.server.setPage(LEAD_IMAGE, PNG, { 'content-type': 'image/png' });
    page = await e2e.browser.openPage(LAVROV.url);
    await e2e.browser.waitForActionState(page, (s) => s.badgeText !== '');
    const popup = await e2e.browser.openPopup(page);
    await waitFor(async () => ((await popup.$('[data-testid="keep-actions"]')) ? true : null), { timeout: 20_000, what: `${name}: cite and save controls` });
    return popup;
  }

  const feedback = (popup: Page) => popup.$eval('[data-testid="popup-feedback"]', (e) => (e as HTMLElement).innerText);

  /** The finished download of that type, where the browser put it (its download folder), by the downloads API's own record. */
  async function downloaded(ext: string): Promise<string> {
    const file = await waitFor(
      async () => {
        const items = (await e2e.browser.evalInBackground(
          async ({ api }, base: string) => (await api.downloads.search({ query: [base] })).map((d: { id: number; filename: string; state: string }) => [d.id, d.filename, d.state]),
          FILE_BASE,
        )) as Array<[number, string, string]>;
        // A new one (the browser numbers a name already used: "… (1).html").
        const done = items.find(([id, f, state]) => !saved.includes(id) && f.endsWith(`.${ext}`) && state === 'complete');
        return done && existsSync(done[1]) ? done : null;
      },
      { timeout: 30_000, what: `${name}: ${FILE_BASE}.${ext} downloaded` },
    );
    saved.push(file[0]);
    expect(path.basename(file[1])).toMatch(new RegExp(`^${FILE_BASE}( ?\\(\\d+\\))?\\.${ext}$`));
    return file[1];
  }
  /** Downloads made here, removed from disk and from the browser's list afterwards. */
  const saved: number[] = [];
  afterAll(async () => {
    for (const id of saved) {
      await e2e.browser.evalInBackground(async ({ api }, i: number) => {
        await api.downloads.removeFile(i).catch(() => undefined);
        await api.downloads.erase({ id: i });
      }, id).catch(() => undefined);
    }
  });

  it('"Copy citation" puts the chosen format on the clipboard; the keep code loads only then', { timeout: 120_000 }, async () => {
    const popup = await openPopup();
    // Nothing of keep.js at popup start.
    expect(await popup.evaluate(() => ({ loaded: !!(globalThis as { __tmtKeep?: unknown }).__tmtKeep, script: !!document.querySelector('script[src="keep.js"]') }))).toEqual({
      loaded: false,
      script: false,
    });
    await popup.select('[data-testid="cite-format"]', 'bibtex');
    await popup.click('[data-testid="copy-citation"]');
    await waitFor(async () => ((await feedback(popup)) === 'Copied' ? true : null), { what: `${name}: copy feedback` });
    const bib = await e2e.browser.readClipboard();
    expect(bib).toMatch(/^@article\{moscowtimes2025lavrov,\n {2}author = \{\{The Moscow Times\}\},\n {2}title = \{\{Lavrov Says ‘No Meeting Planned’ Between Putin and Zelensky\}\},\n/);
    expect(bib).toContain('  date = {2025-08-22},\n');
    expect(bib).toContain(`  url = {${LAVROV.expected.url}},\n`);
    expect(bib).toMatch(/ {2}urldate = \{\d{4}-\d{2}-\d{2}\},\n/);
    expect(await popup.evaluate(() => !!(globalThis as { __tmtKeep?: unknown }).__tmtKeep)).toBe(true);

    await popup.select('[data-testid="cite-format"]', 'apa');
    await popup.click('[data-testid="copy-citation"]');
    await waitFor(async () => ((await e2e.browser.readClipboard()).startsWith('The Moscow Times. (2025, August 22).') ? true : null), {
      what: `${name}: APA on the clipboard`,
    });
    expect(await e2e.browser.readClipboard()).toBe(`The Moscow Times. (2025, August 22). Lavrov Says ‘No Meeting Planned’ Between Putin and Zelensky. ${LAVROV.expected.url}`);
  });

  it('saves HTML, Markdown and EPUB into the download folder; the image is fetched only on save', { timeout: 300_000 }, async () => {
    const popup = await openPopup();
    // What the popup itself fetched (resource timing sees it even when the answer comes from the HTTP cache).
    const fetched = () => popup.evaluate(() => performance.getEntriesByType('resource').filter((e) => (e as PerformanceResourceTiming).initiatorType === 'fetch').map((e) => e.name));
    expect(await fetched()).toEqual([]);

    await popup.click('[data-testid="save-md"]');
    const md = readFileSync(await downloaded('md'), 'utf8');
    expect(md.startsWith('---\ntitle: "Lavrov Says ‘No Meeting Planned’ Between Putin and Zelensky"\n')).toBe(true);
    expect(md).toContain('## Key quotes');
    expect(md).toContain('## Cite this article');
    // Markdown links to its images: nothing fetched for it.
    expect(await fetched()).toEqual([]);

    await popup.click('[data-testid="save-html"]');
    const htmlFile = await downloaded('html');
    await waitFor(async () => (/Saved to your downloads/.test(await feedback(popup)) ? true : null), { what: `${name}: saved feedback` });
    expect(await feedback(popup)).toBe('Saved to your downloads');
    // The article's own image, fetched because the user saved, and nothing else.
    expect(await fetched()).toEqual([LEAD_IMAGE]);

    await popup.click('[data-testid="save-epub"]');
    const epub = await downloaded('epub');

    // The HTML copy, opened from disk: the story and its image, no script, nothing requested.
    const html = readFileSync(htmlFile, 'utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('http-equiv="Content-Security-Policy"');
    e2e.server.clearRequests();
    const offline = await e2e.browser.openPage(pathToFileURL(htmlFile).href);
    try {
      const shown = await waitFor(
        () =>
          offline.evaluate(() => {
            const img = document.querySelector('img');
            return img && img.complete
              ? { text: document.body.innerText, images: Array.from(document.images, (i) => [i.naturalWidth, i.src.slice(0, 22)]), scripts: document.scripts.length }
              : null;
          }),
        { what: `${name}: the saved HTML opened from disk` },
      );
      expect(shown.scripts).toBe(0);
      expect(shown.images).toEqual([[1, 'data:image/png;base64,']]);
      expect(missingStrings(shown.text, LAVROV.expected.body!.slice(1, 4))).toEqual([]);
      expect(normalizeText(shown.text)).toContain('Cite this article');
      expect(e2e.server.requests.filter((r) => r.initiator !== 'browser')).toEqual([]);
    } finally {
      await offline.close();
    }

    // The EPUB, as Debian's validator sees it.
    if (!existsSync(EPUBCHECK_JAR)) throw new Error(`epubcheck is missing (${EPUBCHECK_JAR}): install it with apt-get install epubcheck`);
    const check = spawnSync('java', [...QUICK_JVM, '-jar', EPUBCHECK_JAR, epub], { encoding: 'utf8', timeout: 170_000 });
    expect(`${check.stdout}\n${check.stderr}`).toContain('No errors or warnings detected.');
    expect(check.status).toBe(0);
  });

  it('the in-page reader: Copy citation and Save as HTML (through the background)', { timeout: 180_000 }, async () => {
    e2e.server.setPage(LEAD_IMAGE, PNG, { 'content-type': 'image/png' });
    const p = await e2e.browser.openPage(LAVROV.url);
    await e2e.browser.waitForActionState(p, (st) => st.badgeText !== '');
    await sendToTab(e2e, p, { type: 'tmt:reader', action: 'open' });
    await waitForReader(e2e, p, true);
    // Real clicks (user activation), on buttons found through the closed shadow root.
    const click = async (testid: string) => {
      const pos = await inReader(e2e, p, (root, id: string) => {
        const b = root.querySelector(`[data-testid="${id}"]`) as HTMLElement;
        b.scrollIntoView({ block: 'center' });
        const r = b.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }, testid);
      await p.mouse.click(pos!.x, pos!.y);
    };
    const status = () => inReader(e2e, p, (root) => root.querySelector('[data-testid="reader-status"]')?.textContent ?? '');

    await click('reader-cite');
    await waitFor(async () => ((await status()) === 'Copied' ? true : null), { what: `${name}: reader citation copied` });
    // APA by default.
    expect(await e2e.browser.readClipboard()).toBe(`The Moscow Times. (2025, August 22). Lavrov Says ‘No Meeting Planned’ Between Putin and Zelensky. ${LAVROV.expected.url}`);

    await click('reader-save-html');
    await waitFor(async () => (/^Saved to your downloads/.test((await status()) ?? '') ? true : null), { timeout: 60_000, what: `${name}: reader save` });
    expect(await status()).toBe('Saved to your downloads');
    const html = readFileSync(await downloaded('html'), 'utf8');
    expect(html).toContain(`src="data:image/png;base64,${PNG.toString('base64')}"`);
    expect(html).not.toMatch(/<script/i);
    expect(missingStrings(html, LAVROV.expected.body!.slice(1, 3))).toEqual([]);
  });
});
