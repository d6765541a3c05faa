/**
 * Content script: runs on Moscow Times pages (and, on request, on any tab via activeTab).
 * At load it only tells the background what the page is (cheap: URL + a few selectors), and opens the
 * reader only if the user asked for that in the settings. Extraction happens on the first request and
 * is cached per URL (infinite scroll pushState()s new URLs). Nothing here may throw into the page.
 */
import { readArticle } from '../core';
import { detectPage } from '../core/detect';
import type { ReadResult } from '../core/types';
import { isMessage, type ArticleResponse, type ReaderResponse } from '../shared/messages';
import { RANGES, loadSettings, saveSettings, settingsFromChange, type Settings } from '../shared/settings';
import { ext as browser, type Browser } from '../ui/ext';
import { translator } from '../ui/i18n';
import { Reader, showNotice } from './reader';

declare global {
  interface Window {
    __tmtReaderLoaded?: boolean;
  }
}

let cache: { url: string; result: ReadResult } | null = null;
let reader: Reader | null = null;
/** Settings as last read or changed; on article pages read at load (one async storage call). */
let settingsP: Promise<Settings> | null = null;

function settings(): Promise<Settings> {
  settingsP ??= loadSettings(browser.storage.sync);
  return settingsP;
}

/** The article of the page as it is now (cached per URL). Throws when the page cannot be read. */
function article(): ReadResult {
  if (!cache || cache.url !== location.href) {
    // Ask for the most key quotes the settings allow; the UI shows as many as the user chose.
    cache = { url: location.href, result: readArticle(document, location.href, { keyQuotes: RANGES.keyQuotes[1] }) };
  }
  return cache.result;
}

function currentArticle(): ArticleResponse {
  try {
    return { ok: true, result: article() };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

let saveTimer: ReturnType<typeof setTimeout> | undefined;

function getReader(): Reader {
  reader ??= new Reader(document, {
    getArticle: () => {
      const r = article();
      if (!r.isArticle) throw new Error(r.reason);
      return r;
    },
    loadSettings: settings,
    saveSettings: (s: Settings) => {
      // Quick controls can fire fast (+ + +): write once they settle (storage.sync has write quotas).
      clearTimeout(saveTimer);
      saveTimer = setTimeout(() => void saveSettings(browser.storage.sync, s).catch(() => undefined), 400);
    },
  });
  return reader;
}

async function onReader(action: 'open' | 'close' | 'toggle', quoteIndex?: number): Promise<ReaderResponse> {
  try {
    const r = getReader();
    if (action === 'close') r.close();
    else if (action === 'open') await r.open(quoteIndex);
    else await r.toggle(quoteIndex);
    return { ok: true, open: r.isOpen };
  } catch (err) {
    if (action !== 'close') {
      // Say why nothing opened (shortcut or menu on a page that is not an article).
      try {
        const t = translator(document.documentElement.lang || navigator.language);
        showNotice(document, t(detectPage(document, location.href).profile ? 'notArticle' : 'noStory'));
      } catch {
        // never throw into the page
      }
    }
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

function start(): void {
  const onMessage = (message: unknown, sender: Browser.Runtime.MessageSender, sendResponse: (r: unknown) => void) => {
    // Only this extension can reach us through runtime messaging; check anyway, and the shape too.
    if (sender.id !== browser.runtime.id || !isMessage(message)) return false;
    let reply: Promise<unknown>;
    switch (message.type) {
      case 'tmt:get-article':
        reply = Promise.resolve(currentArticle());
        break;
      case 'tmt:reader':
        reply = onReader(message.action, message.quoteIndex);
        break;
      case 'tmt:print':
        reply = onReader('open').then((res) => {
          // Let the popup close first, then print (print() blocks until the dialog is dismissed).
          if (res.ok) setTimeout(() => reader?.print(), 50);
          return res;
        });
        break;
      default:
        return false;
    }
    void reply.then(sendResponse, (err: unknown) => sendResponse({ ok: false, error: String(err) }));
    return true; // the answer comes asynchronously
  };
  browser.runtime.onMessage.addListener(onMessage as Parameters<typeof browser.runtime.onMessage.addListener>[0]);

  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'sync') return;
    const s = settingsFromChange(changes);
    if (!s) return;
    settingsP = Promise.resolve(s);
    reader?.updateSettings(s);
  });

  let isArticle = false;
  try {
    const detection = detectPage(document, location.href);
    isArticle = detection.isArticle;
    void browser.runtime
      .sendMessage({ type: 'tmt:page-status', isArticle: detection.isArticle, isTmt: detection.profile !== null })
      .catch(() => undefined);
  } catch {
    // never throw into the page
  }
  if (isArticle) {
    // Auto-open costs one storage read at load; extraction happens only if the user turned it on.
    void settings()
      .then((s) => (s.autoOpen ? onReader('open') : undefined))
      .catch(() => undefined);
  }
}

// "Read this page anyway" may inject us into a tab that already has us.
if (!window.__tmtReaderLoaded) {
  window.__tmtReaderLoaded = true;
  try {
    start();
  } catch {
    // never throw into the page
  }
}
