/**
 * The XSS corpus in real Chromium and Firefox ESR: batches of vectors placed inside a story paragraph of the
 * seed article, served under its real address; each page is shown in the popup and in the in-page reader.
 * A vector that runs or loads anything requests http://canary.test/hit/<id> (through the recording proxy) or
 * sets document.title to XSS-<id>: the test asserts no trace on either surface, in either browser.
 *
 * The page itself is the attacker, so its own copy of the vectors runs when it loads: the test lets the page
 * settle, then clears the request log, and only counts what happens while our surface is shown. Vectors that
 * need a click/hover/focus, and those that navigate or re-base the page itself (meta refresh, base href), are
 * left to the unit test: they would fire from the page, not from us.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { BROWSERS, fixtureCase, setupE2E, waitFor, type E2E, type RecordedRequest } from './harness';
import { inReader, openReaderOnQuietPage } from './reader-helpers';
import { END_MARKER, injectVectors, loadArticle, loadVectors } from '../fixtures/xss/inject';

const CANARY = 'canary.test';
/** How often the canary is polled while the page's own copy of the vectors fires. */
const QUIET_POLL_MS = 600;
const vectors = loadVectors().filter((v) => ['auto', 'legacy', 'structural'].includes(v.needs) && !['meta', 'base'].includes(v.family));
const BATCH = 40;
const batches: (typeof vectors)[] = [];
for (let i = 0; i < vectors.length; i += BATCH) batches.push(vectors.slice(i, i + BATCH));
const article = loadArticle();
const SEED = fixtureCase('seed-syria-2013');

/** What a render shows: its story text, and anything in it that could still fire (none expected). */
interface Inspection {
  text: string;
  risky: string[];
}

/**
 * Inspects the story in `root` (the reader's shadow root or the popup's document): every element inside the
 * story must be one the sanitizer allows, and nothing anywhere may carry a handler or a canary URL.
 * Serialized and run in the page's (or popup's) main world, so it uses no outside variables.
 */
const INSPECT = `(root) => {
  const d = root.querySelector('dialog');
  if (root.nodeType === 11 && !(d && d.open)) return null;
  const story = root.querySelector('[data-testid="article-body"]');
  const allowed = new Set('p h1 h2 h3 h4 h5 h6 ul ol li dl dt dd blockquote figure figcaption a em strong b i u s sub sup br hr code pre q cite small span time abbr mark del ins div table caption thead tbody tfoot tr th td img'.split(' '));
  const risky = [];
  for (const el of root.querySelectorAll('*')) {
    for (const a of el.attributes) {
      if (/^on/i.test(a.name)) risky.push(el.localName + ' @' + a.name);
      // A URL that points at the canary (text that merely mentions it, e.g. in a title, is inert).
      const url = /^(href|src|srcset|poster|background|action|formaction|data|ping|xlink:href)$/i.test(a.name);
      if (url && /(^|,)\\s*(https?:)?\\/\\/canary\\.test/i.test(a.value)) risky.push(el.localName + ' @' + a.name + '=' + a.value);
    }
    if (story && story.contains(el) && el !== story && !allowed.has(el.localName)) risky.push('<' + el.localName + '> in the story');
  }
  return { text: story ? story.textContent : '', risky };
}`;

/**
 * INSPECT on the reader's closed shadow root. The page may clobber `document.documentElement` for its own scripts
 * (<img name=documentElement>, in Firefox): inReader finds the host through the prototype's getter.
 */
async function inspectReader(e2e: E2E, page: Page): Promise<Inspection | null> {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const fn = new Function('root', `return (${INSPECT})(root);`) as (root: ShadowRoot) => Inspection | null;
  return inReader(e2e, page, fn);
}

async function inspectPopup(popup: Page): Promise<Inspection | null> {
  return popup.evaluate(`(${INSPECT})(document)`) as Promise<Inspection | null>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const idsOf = (hits: RecordedRequest[]) =>
  [...new Set(hits.map((h) => `${/\/hit\/(\d+)/.exec(h.path)?.[1] ?? h.url} (${h.initiator}, ${h.headers['sec-fetch-dest'] ?? h.headers.accept ?? '?'}, referer ${h.headers.referer ?? '-'})`))];

describe.each(BROWSERS)('XSS corpus in %s', (name) => {
  const e2e = setupE2E(name);

  it(`${vectors.length} vectors in ${batches.length} pages: no trace in the popup or the reader`, { timeout: 600_000 }, async () => {
    const canaryHits = () => e2e.server.hitsOn(CANARY);
    /** Waits until the page has stopped hitting the canary by itself (its own copy of the vectors). */
    const settle = () => e2e.server.quietOn(CANARY, QUIET_POLL_MS);
    const traces: string[] = [];
    let shownPopup = 0;
    let shownReader = 0;
    for (const [i, batch] of batches.entries()) {
      const url = `${SEED.url}?xss=${i}`;
      e2e.server.setPage(url, injectVectors(article, batch.map((v) => v.vector)));
      let page: Page | null = null;
      try {
        page = await e2e.browser.openPage(url);
        await e2e.browser.waitForActionState(page, (s) => s.badgeText !== '');
        await settle();
        const ownHits = new Set(canaryHits().map((h) => /\/hit\/(\d+)/.exec(h.path)?.[1]));
        const pageTitle = await page.evaluate(() => document.title);

        // The popup. Requests it makes carry its extension origin, or none at all (images: no referrer);
        // the page's own late loads (a video poster fetched again on a relayout) carry the page's.
        e2e.server.clearRequests();
        const popup = await e2e.browser.openPopup(page);
        let popupView: Inspection | null = null;
        await waitFor(async () => ((popupView = await inspectPopup(popup))?.text.includes(END_MARKER) ? true : null), {
          timeout: 20_000,
          what: `${name}: popup shows batch ${i}`,
        });
        await sleep(1500);
        popupView = await inspectPopup(popup);
        const popupHits = canaryHits().filter((h) => h.initiator !== 'page');
        const popupTitle = await popup.evaluate(() => document.title);
        if (popupHits.length) traces.push(`popup, batch ${i}: canary hits from vectors ${idsOf(popupHits).join(', ')}`);
        if (popupView?.risky.length) traces.push(`popup, batch ${i}: ${popupView.risky.join(', ')}`);
        if (/XSS-/.test(popupTitle)) traces.push(`popup, batch ${i}: title ${popupTitle}`);
        shownPopup++;
        await e2e.browser.closePopup();

        // The in-page reader. Its requests look like the page's, so a canary hit counts against the reader
        // unless the page itself made the same one at load and the reader holds nothing that could fire.
        await openReaderOnQuietPage(e2e, page, CANARY, QUIET_POLL_MS);
        const p = page;
        await waitFor(async () => ((await inspectReader(e2e, p))?.text.includes(END_MARKER) ? true : null), {
          timeout: 20_000,
          what: `${name}: reader shows batch ${i}`,
        });
        await sleep(1500);
        const readerView = await inspectReader(e2e, page);
        const readerHits = canaryHits();
        const titleNow = await page.evaluate(() => document.title);
        if (readerView?.risky.length) traces.push(`reader, batch ${i}: ${readerView.risky.join(', ')}`);
        const ours = readerHits.filter((h) => readerView?.risky.length || !ownHits.has(/\/hit\/(\d+)/.exec(h.path)?.[1]));
        if (ours.length) traces.push(`reader, batch ${i}: canary hits from vectors ${idsOf(ours).join(', ')}`);
        if (readerHits.length > ours.length) {
          console.log(`${name}, batch ${i}: the page's own copy hit again while the reader was open (reader clean): ${idsOf(readerHits).join(', ')}`);
        }
        if (titleNow !== pageTitle) traces.push(`reader, batch ${i}: page title changed to ${titleNow}`);
        shownReader++;
      } finally {
        await page?.close().catch(() => undefined);
      }
    }
    console.log(`${name}: ${vectors.length} vectors, ${shownPopup} popup and ${shownReader} reader renders, traces: ${traces.length}`);
    expect(traces).toEqual([]);
    expect(shownPopup).toBe(batches.length);
    expect(shownReader).toBe(batches.length);
  });
});
