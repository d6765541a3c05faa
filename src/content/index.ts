/**
 * Content script: runs on Moscow Times pages (and, on request, on any tab via activeTab).
 * At load it only tells the background what the page is (cheap: URL + a few selectors).
 * Extraction happens on the first request and is cached per URL (infinite scroll pushState()s new URLs).
 */
import browser from 'webextension-polyfill';
import { readArticle } from '../core';
import { detectPage } from '../core/detect';
import type { ReadResult } from '../core/types';
import { isMessage, type ArticleResponse } from '../shared/messages';

declare global {
  interface Window {
    __tmtReaderLoaded?: boolean;
  }
}

let cache: { url: string; result: ReadResult } | null = null;

function currentArticle(): ArticleResponse {
  try {
    if (!cache || cache.url !== location.href) cache = { url: location.href, result: readArticle(document, location.href) };
    return { ok: true, result: cache.result };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

function start(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
    // Only this extension can reach us through runtime messaging; check anyway, and the shape too.
    if (sender.id !== browser.runtime.id || !isMessage(message)) return undefined;
    if (message.type === 'tmt:get-article') return Promise.resolve(currentArticle());
    return undefined;
  });
  try {
    const detection = detectPage(document, location.href);
    void browser.runtime
      .sendMessage({ type: 'tmt:page-status', isArticle: detection.isArticle, isTmt: detection.profile !== null })
      .catch(() => undefined);
  } catch {
    // never throw into the page
  }
}

// "Read this page anyway" may inject us into a tab that already has us.
if (!window.__tmtReaderLoaded) {
  window.__tmtReaderLoaded = true;
  start();
}
