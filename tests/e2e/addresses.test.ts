/**
 * Every address scheme of src/sites/tmt/urls.ts in real Chromium and Firefox ESR, with the manifest's real match
 * patterns: one real-looking address per scheme and host, each serving a story fixture of a fitting era (the
 * pre-2016 archive site's page as windows-1251 bytes, with that charset). What a reader notices: the toolbar button
 * says a clean view is available, and the reader opens on the headline with the story's first and last paragraph,
 * its buttons in the story's language. On look-alike hosts serving the same pages, the content script does not run.
 * One browser launch per browser; the pages are opened one after another.
 */
import type { Page } from 'puppeteer-core';
import { afterEach, describe, expect, it } from 'vitest';
import enMessages from '../../_locales/en/messages.json';
import { siteAddress, urlRule } from '../../src/core/detect';
import { TMT_PROFILE } from '../../src/sites';
import { translator } from '../../src/ui/i18n';
import { pageCase } from '../fixtures/index.mjs';
import { BROWSERS, firstOutOfOrder, normalizeText, setupE2E, toHttp, waitFor, type E2E } from './harness';
import { inReader, sendToTab, waitForReader } from './reader-helpers';

interface AddressCase {
  /** The scheme, as a test name. */
  scheme: string;
  /** Where the page is served (https addresses are opened over http: the test proxy speaks plain HTTP). */
  url: string;
  /** The story fixture served there (tests/fixtures/tmt or tmt-extra). */
  fixture: string;
  /** The charset the page is served with (the archive site's pages are windows-1251). */
  charset?: string;
}

const OLD_SLUG = 'netherlands-extradites-russian-accused-of-overseeing-shipments-of-cocaine-stashed-in-bananas';
const LETTER_PATH = '/2025/07/17/limitirovannaya-seriya-bokalov-k-godovschine-nezhelatelnosti-the-moscow-times-a169099';

const CASES: AddressCase[] = [
  { scheme: 'today, www', url: pageCase('seed-syria-2013').url, fixture: 'seed-syria-2013' },
  { scheme: 'today, bare host', url: 'https://themoscowtimes.com/2024/03/14/putins-landslide-is-a-ritual-not-a-vote-a84463', fixture: 'opinion-2024' },
  {
    scheme: 'dated, before -a<id> (2018-19)',
    url: 'https://www.themoscowtimes.com/2018/03/17/russia-says-23-british-diplomats-have-one-week-to-leave',
    fixture: 'news-2018-legacy',
  },
  { scheme: '2016-18 /news/', url: pageCase('news-2018-legacy').url, fixture: 'news-2018-legacy' },
  {
    scheme: '2016-18 /articles/',
    url: 'https://www.themoscowtimes.com/articles/russia-says-23-british-diplomats-have-one-week-to-leave-60848',
    fixture: 'news-2018-legacy',
  },
  { scheme: '/archive/', url: pageCase('archive-2005').url, fixture: 'archive-2005' },
  { scheme: 'pre-2009 /stories/', url: pageCase('old-site-stories-2008').url, fixture: 'old-site-stories-2008' },
  {
    scheme: 'archive site /sitemap/free/',
    url: pageCase('old-site-2014-cp1251').url,
    fixture: 'old-site-2014-cp1251',
    charset: 'windows-1251',
  },
  {
    scheme: 'archive site section address',
    url: `http://old.themoscowtimes.com/news/article/${OLD_SLUG}/492579.html`,
    fixture: 'old-site-2014-cp1251',
    charset: 'windows-1251',
  },
  { scheme: 'MT+ /plus/', url: 'https://www.themoscowtimes.com/plus/digital-future/lavrov-says-no-meeting-planned', fixture: 'news-lavrov-2025' },
  { scheme: 'Russian service /ru/ (2020)', url: pageCase('ru-service-2020').url, fixture: 'ru-service-2020' },
  { scheme: 'ru.themoscowtimes.com', url: pageCase('ru-news-2026').url, fixture: 'ru-news-2026' },
  { scheme: 'www.moscowtimes.ru', url: `https://www.moscowtimes.ru${LETTER_PATH}`, fixture: 'ru-publisher-letter-2025' },
  { scheme: 'moscowtimes.ru', url: `https://moscowtimes.ru${LETTER_PATH}`, fixture: 'ru-publisher-letter-2025' },
];

/** Hosts that only look like TMT's, each serving a genuine case's page: the manifest's patterns must not match. */
const LOOK_ALIKES: Array<{ url: string; twin: string }> = [
  { url: 'http://themoscowtimes.com.evil.example/2025/08/22/lavrov-says-no-meeting-planned-between-putin-and-zelensky-a90330', twin: 'today, www' },
  { url: `http://moscowtimes.ru.example${LETTER_PATH}`, twin: 'moscowtimes.ru' },
  { url: `http://old.themoscowtimes.com.example/sitemap/free/2014/1/article/${OLD_SLUG}/492579.html`, twin: 'archive site /sitemap/free/' },
];

const caseOf = (scheme: string): AddressCase => CASES.find((c) => c.scheme === scheme)!;

/** The rule (or path service) an address falls under, as the detector sees it. */
function placeOf(url: string): { host: string; lang: string; service: string; rule: object | undefined } {
  const a = siteAddress(url);
  if (!a) throw new Error(`${url}: not a Moscow Times address`);
  return { host: a.host, lang: a.lang, service: a.name, rule: urlRule(TMT_PROFILE, a.path, a.host)?.rule };
}

describe('the cases cover every scheme of the site profile', () => {
  it('every article rule, every host and every path service has a case; each case is an article in its fixture\'s language', () => {
    const places = CASES.map((c) => ({ c, ...placeOf(c.url) }));
    for (const rule of TMT_PROFILE.articleRules) {
      expect(places.some((p) => p.rule === rule), `no case for "${rule.kind}" ${rule.pattern}`).toBe(true);
    }
    for (const { host } of TMT_PROFILE.hosts) expect(places.some((p) => p.host === host), host).toBe(true);
    for (const service of TMT_PROFILE.pathServices) expect(places.some((p) => p.service === service.name), service.name).toBe(true);
    for (const p of places) {
      expect(TMT_PROFILE.articleRules, p.c.url).toContain(p.rule);
      expect(p.lang, p.c.url).toBe(pageCase(p.c.fixture).expected.lang);
    }
    for (const l of LOOK_ALIKES) expect(siteAddress(l.url), l.url).toBeNull();
  });
});

describe.each(BROWSERS)('every address scheme in %s', (name) => {
  const e2e = setupE2E(name, { fixtures: false });
  let pages: Page[] = [];
  let served = false;

  afterEach(async () => {
    for (const p of pages) await p.close().catch(() => undefined);
    pages = [];
  });

  function serve(e2e: E2E): void {
    if (served) return;
    served = true;
    for (const c of CASES) {
      const f = pageCase(c.fixture);
      e2e.server.setPage(toHttp(c.url), c.charset ? f.bytes : f.html, c.charset ? { 'content-type': `text/html; charset=${c.charset}` } : undefined);
    }
    for (const l of LOOK_ALIKES) {
      const twin = caseOf(l.twin);
      e2e.server.setPage(l.url, pageCase(twin.fixture).bytes, twin.charset ? { 'content-type': `text/html; charset=${twin.charset}` } : undefined);
    }
  }

  async function open(url: string): Promise<Page> {
    const page = await e2e.browser.openPage(url);
    pages.push(page);
    return page;
  }

  it.each(CASES.map((c) => [c.scheme, c] as const))('%s: the toolbar says article, the reader shows the story', async (_, c) => {
    serve(e2e);
    const f = pageCase(c.fixture);
    const lang = f.expected.lang;
    const body = f.expected.body!;
    const page = await open(toHttp(c.url));
    // The badge and the title are set one after the other: wait for both (on timeout the error shows the last state).
    const article = { badgeText: '✓', title: enMessages.actionTitleArticle.message };
    const action = await e2e.browser.waitForActionState(page, (s) => s.badgeText === article.badgeText && s.title === article.title, {
      timeout: 20_000,
      what: `${name}: the toolbar button of ${c.url}`,
    });
    expect(action).toEqual(article);
    if (c.charset) expect(await page.evaluate(() => document.characterSet.toLowerCase())).toBe(c.charset);

    // Straight to the content script (no injection fallback): it is there because the manifest matched.
    await sendToTab(e2e, page, { type: 'tmt:reader', action: 'open' });
    await waitForReader(e2e, page, true, 20_000);
    const view = await inReader(e2e, page, (root) => ({
      lang: root.querySelector('dialog')?.getAttribute('lang') ?? '',
      close: root.querySelector('[data-testid="reader-close"]')?.textContent ?? '',
      title: root.querySelector('[data-testid="article-title"]')?.textContent ?? '',
      body: (root.querySelector('[data-testid="article-body"]') as HTMLElement | null)?.innerText ?? '',
    }));
    expect(view, `${name}: no reader on ${c.url}`).not.toBeNull();
    expect(view!.lang).toBe(lang);
    expect(normalizeText(view!.close)).toContain(translator(lang)('closeReader'));
    expect(normalizeText(view!.title)).toBe(f.expected.title);
    expect(firstOutOfOrder(view!.body, [body[0]!, body[body.length - 1]!]), `${name}: ${c.url}\n${view!.body.slice(0, 600)}`).toBe(-1);
  });

  it('look-alike hosts: the content script does not run, and the popup says it is not a Moscow Times page', async () => {
    serve(e2e);
    const fakes: Page[] = [];
    for (const l of LOOK_ALIKES) fakes.push(await open(l.url));
    // The genuine twin of the last page, opened after the look-alikes: once its content script has reported, the
    // look-alikes (same bytes, loaded earlier) have had as long to do the same.
    const genuine = await open(toHttp(caseOf(LOOK_ALIKES[LOOK_ALIKES.length - 1]!.twin).url));
    await e2e.browser.waitForActionState(genuine, (s) => s.badgeText === '✓', { timeout: 20_000, what: `${name}: the genuine twin's badge` });
    for (const [i, page] of fakes.entries()) {
      const url = LOOK_ALIKES[i]!.url;
      expect(await page.evaluate(() => location.href), url).toBe(url);
      expect(await e2e.browser.actionState(page), url).toEqual({ badgeText: '', title: enMessages.actionTitle.message });
      const tabId = await e2e.browser.tabId(page);
      const answer = await e2e.browser.evalInBackground(async ({ api }, id: number) => {
        try {
          return { answered: true, value: JSON.stringify(await api.tabs.sendMessage(id, { type: 'tmt:get-article' })) };
        } catch (err) {
          return { answered: false, value: String(err) };
        }
      }, tabId);
      expect(answer.answered, `${name}: something answered on ${url}: ${answer.value}`).toBe(false);
    }
    const popup = await e2e.browser.openPopup(fakes[0]!);
    const status = await waitFor(
      async () => {
        const t = normalizeText(await popup.evaluate(() => (document.querySelector('[data-testid="status-message"]') as HTMLElement | null)?.innerText ?? ''));
        return t && t !== normalizeText(enMessages.loading.message) ? t : null;
      },
      { timeout: 15_000, what: `${name}: the popup's status on a look-alike` },
    );
    expect(status).toBe(enMessages.notTmt.message);
    await e2e.browser.closePopup();
  });

  it('the extension raised no errors during these pages', async () => {
    const d = await e2e.browser.extensionDiagnostics();
    expect(d.errors, JSON.stringify(d.errors, null, 1)).toEqual([]);
  });
});
