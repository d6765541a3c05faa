/**
 * A sample of the generated hostile pages (tests/fixtures/xss/hostile.ts) in real Chromium and Firefox ESR: story
 * fixtures with N vectors of the attack corpus between, inside and around their story blocks, served under their
 * real addresses. Each page is shown in the popup and in the in-page reader; both must show the whole story in
 * order with no text of a non-prose element (the same judge as the unit test, against what jsdom reads from the
 * clean page), hold nothing that could fire, and no vector may run from them (canary requests, document.title).
 *
 * The page itself is the attacker, so its own copy of the vectors runs when it loads: the test lets the page settle
 * and counts only what happens while our surface is shown (as tests/e2e/xss.test.ts does). Vectors that navigate
 * or re-base the page itself (the `meta` and `base` families) are left to the unit test: they move the page, not us.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, describe, it } from 'vitest';
import { readArticle } from '../../src/core';
import { NOT_GENERATED, STORY_NOT_JUDGED, closeGenerator, generatePage, judgeStory, type GeneratedPage } from '../fixtures/xss/hostile';
import { loadVectors } from '../fixtures/xss/inject';
import { domOf, loadCases } from '../unit/helpers/fixtures';
import { BROWSERS, setupE2E, toHttp, waitFor, type E2E, type RecordedRequest } from './harness';
import { inReader, openReaderOnQuietPage } from './reader-helpers';

const CANARY = 'canary.test';
/** How often the canary is polled while the page's own copy of the vectors fires. */
const QUIET_POLL_MS = 500;
const NS = [1, 5, 20, 40, 200];
const SAMPLE = 20;
const vectors = loadVectors().filter((v) => !['meta', 'base'].includes(v.family));
const stories = loadCases().filter((c) => c.expected.isArticle && (c.expected.body?.length ?? 0) > 0 && !NOT_GENERATED.has(c.name));
afterAll(() => closeGenerator());

function cleanParagraphs(html: string | Buffer, url: string): string[] {
  const dom = domOf(html, url);
  try {
    return readArticle(dom.window.document, url, { quotes: false }).paragraphs;
  } finally {
    dom.window.close();
  }
}

/** The sample: every story fixture in turn, every N in turn, seeds from 101 (the unit suite's are 1..k). */
const sample: { page: GeneratedPage; clean: string[]; url: string }[] = [];
const cleanOf = new Map<string, string[]>();
for (let i = 0; i < SAMPLE; i++) {
  const c = stories[i % stories.length]!;
  const url = c.expected.url;
  if (!cleanOf.has(c.name)) cleanOf.set(c.name, cleanParagraphs(c.html, url));
  const clean = cleanOf.get(c.name)!;
  const page = generatePage({ name: c.name, url, html: c.html }, vectors, clean, NS[i % NS.length]!, 101 + i);
  sample.push({ page, clean, url: `${toHttp(url)}?hostile=${i}` });
}

/**
 * What a surface shows and holds: the text of each block of the story (the lead caption first when it is shown
 * apart), and anything that could still fire. Serialized and run in the page's (or the popup's) main world.
 */
const VIEW = `(root) => {
  const d = root.querySelector('dialog');
  if (root.nodeType === 11 && !(d && d.open)) return null;
  const story = root.querySelector('[data-testid="article-body"]');
  if (!story) return null;
  const BLOCKS = new Set('P LI H1 H2 H3 H4 H5 H6 BLOCKQUOTE FIGCAPTION PRE DT DD TD TH DIV SECTION ARTICLE UL OL DL TABLE TBODY THEAD TR FIGURE HEADER FOOTER ASIDE MAIN HR'.split(' '));
  const blocks = [];
  const inline = (n, out) => {
    if (n.nodeType === 3) { out.push(n.nodeValue); return; }
    if (n.nodeType !== 1) return;
    if (n.tagName === 'BR') { out.push('\\n'); return; }
    if (n.tagName === 'SMALL' && n.closest('figcaption')) return;
    for (const c of n.childNodes) inline(c, out);
  };
  const visit = (el) => {
    let run = [];
    const flush = () => { const t = run.join('').replace(/\\s+/g, ' ').trim(); if (t) blocks.push(t); run = []; };
    for (const c of el.childNodes) {
      if (c.nodeType === 1 && BLOCKS.has(c.tagName)) { flush(); visit(c); } else inline(c, run);
    }
    flush();
  };
  const lead = root.querySelector('[data-testid="lead-image"] .tmt-caption');
  if (lead) blocks.push(lead.textContent.replace(/\\s+/g, ' ').trim());
  visit(story);
  const risky = [];
  const allowed = new Set('p h1 h2 h3 h4 h5 h6 ul ol li dl dt dd blockquote figure figcaption a em strong b i u s sub sup br hr code pre q cite small span time abbr mark del ins div table caption thead tbody tfoot tr th td img'.split(' '));
  for (const el of story.querySelectorAll('*')) {
    if (!allowed.has(el.localName)) risky.push('<' + el.localName + '>');
    for (const a of el.attributes) {
      if (/^on/i.test(a.name)) risky.push(el.localName + ' @' + a.name);
      if (/^(href|src|srcset|poster|background|action|formaction|data|ping|xlink:href)$/i.test(a.name) && /(^|,)\\s*(https?:)?\\/\\/canary\\.test/i.test(a.value)) risky.push(el.localName + ' @' + a.name + '=' + a.value);
      if (/^(href|src)$/i.test(a.name) && /^\\s*(javascript|data|vbscript):/i.test(a.value)) risky.push(el.localName + ' @' + a.name + '=' + a.value.slice(0, 40));
    }
  }
  return { blocks, risky };
}`;

interface View {
  blocks: string[];
  risky: string[];
}

/**
 * VIEW on the reader's closed shadow root. The page may clobber `document.documentElement` for its own scripts
 * (<img name=documentElement>, in Firefox): inReader finds the host through the prototype's getter.
 */
async function readerView(e2e: E2E, page: Page): Promise<View | null> {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const fn = new Function('root', `return (${VIEW})(root);`) as (root: ShadowRoot) => View | null;
  return inReader(e2e, page, fn);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const hitId = (h: RecordedRequest) => /\/hit\/(\d+)/.exec(h.path)?.[1] ?? h.url;

/**
 * The two browsers' runs go side by side (each has its own browser and server): most of a run is waiting, for the
 * page's own vectors to stop and for a second in which nothing of ours may fire, and one browser waits while the
 * other works.
 */
describe.concurrent.each(BROWSERS)('generated hostile pages in %s', (name) => {
  const e2e = setupE2E(name);

  it(`${SAMPLE} pages: the whole story in the popup and the reader, nothing of the vectors shown or run`, { timeout: 900_000 }, async ({ expect }) => {
    const canaryHits = () => e2e.server.hitsOn(CANARY);
    /** Waits until the page has stopped hitting the canary by itself (its own copy of the vectors). */
    const settle = () => e2e.server.quietOn(CANARY, QUIET_POLL_MS);
    const failures: string[] = [];
    const perN = new Map<number, { pages: number; passed: number }>();
    for (const [i, { page: gen, clean, url }] of sample.entries()) {
      const label = `${gen.fixture} N=${gen.n} seed ${gen.seed}`;
      const before = failures.length;
      e2e.server.setPage(url, gen.html);
      let page: Page | null = null;
      try {
        page = await e2e.browser.openPage(url);
        await e2e.browser.waitForActionState(page, (s) => s.badgeText !== '');
        await settle();
        const ownHits = new Set(canaryHits().map(hitId));
        const pageTitle = await page.evaluate(() => document.title);

        // The popup: whatever it loads carries its extension origin (or no referrer at all).
        e2e.server.clearRequests();
        const popup = await e2e.browser.openPopup(page);
        let shown: View | null = null;
        await waitFor(async () => ((shown = (await popup.evaluate(`(${VIEW})(document)`)) as View | null)?.blocks.length ? true : null), {
          timeout: 20_000,
          what: `${name}: popup shows ${label}`,
        });
        await sleep(1000);
        shown = (await popup.evaluate(`(${VIEW})(document)`)) as View | null;
        const judged = !STORY_NOT_JUDGED.has(gen.fixture);
        if (judged) for (const p of judgeStory(gen, clean, shown?.blocks ?? [])) failures.push(`popup, ${label}: ${p}`);
        if (shown?.risky.length) failures.push(`popup, ${label}: holds ${shown.risky.join(', ')}`);
        const popupHits = canaryHits().filter((h) => h.initiator !== 'page');
        if (popupHits.length) failures.push(`popup, ${label}: canary hits from vectors ${[...new Set(popupHits.map(hitId))].join(', ')}`);
        const popupTitle = await popup.evaluate(() => document.title);
        if (/XSS-/.test(popupTitle)) failures.push(`popup, ${label}: title ${popupTitle}`);
        await e2e.browser.closePopup();

        // The in-page reader: its requests look like the page's, so a hit counts unless the page made it at load.
        await openReaderOnQuietPage(e2e, page, CANARY, QUIET_POLL_MS);
        const p = page;
        let view: View | null = null;
        await waitFor(async () => ((view = await readerView(e2e, p))?.blocks.length ? true : null), {
          timeout: 20_000,
          what: `${name}: reader shows ${label}`,
        });
        await sleep(1000);
        view = await readerView(e2e, page);
        if (judged) for (const problem of judgeStory(gen, clean, view?.blocks ?? [])) failures.push(`reader, ${label}: ${problem}`);
        if (view?.risky.length) failures.push(`reader, ${label}: holds ${view.risky.join(', ')}`);
        const ours = canaryHits().filter((h) => view?.risky.length || !ownHits.has(hitId(h)));
        if (ours.length) failures.push(`reader, ${label}: canary hits from vectors ${[...new Set(ours.map(hitId))].join(', ')}`);
        const titleNow = await page.evaluate(() => document.title);
        if (titleNow !== pageTitle) failures.push(`reader, ${label}: page title changed to ${titleNow}`);
      } catch (err) {
        failures.push(`${label}: ${(err as Error).message}`);
      } finally {
        await page?.close().catch(() => undefined);
        e2e.server.removePage(url);
      }
      const cell = perN.get(gen.n) ?? { pages: 0, passed: 0 };
      cell.pages++;
      if (failures.length === before) cell.passed++;
      perN.set(gen.n, cell);
      if (failures.length > before) console.log(`${name}, page ${i} (${label}):\n  ${failures.slice(before).join('\n  ')}`);
    }
    console.log(
      `${name}: ${SAMPLE} generated pages, passed per N: ${[...perN.entries()].map(([n, c]) => `N=${n} ${c.passed}/${c.pages}`).join(', ')}`,
    );
    expect(failures).toEqual([]);
  });
});
