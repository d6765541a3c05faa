/**
 * What the content script does once started (`start.js`, which the background injects when the stub index.ts asks
 * at the page's first idle moment, or at once when a request found nobody listening): listen for requests, tell the
 * background what the page is (URL + a few selectors) and, if the user turned auto-open on (the background answers
 * that), open the reader. Everything else — extraction, the reader, the answers to the
 * popup — is the reader app (app.ts), which the background injects into this tab: on an article page once the page
 * is idle, so that the first open does not wait for it; elsewhere the first time it is needed.
 */
import { detectPage } from '../core/detect';
import { isMessage, type Message, type PageStatusResponse } from '../shared/messages';
import { ext as browser, type Browser } from '../platform/ext';
import { injectedBundle } from './inject';
import { whenIdle } from './idle';

declare global {
  interface Window {
    __tmtApp?: { handle(message: Message): Promise<unknown> };
    /** Set by the first start.js in the tab: a second copy (the stub's request and a toggle's both) does nothing. */
    __tmtStarted?: boolean;
  }
}

/** The reader app, injected by the background on first use. */
const app = injectedBundle('app', () => window.__tmtApp);

function listen(): void {
  const onMessage = (message: unknown, sender: Browser.Runtime.MessageSender, sendResponse: (r: unknown) => void) => {
    // Only this extension can reach us through runtime messaging; check anyway, and the shape too.
    if (sender.id !== browser.runtime.id || !isMessage(message)) return false;
    if (message.type !== 'tmt:get-article' && message.type !== 'tmt:reader' && message.type !== 'tmt:print') return false;
    void app()
      .then((a) => a.handle(message))
      .then(sendResponse, (err: unknown) => sendResponse({ ok: false, error: err instanceof Error ? err.message : String(err) }));
    return true; // the answer comes asynchronously
  };
  browser.runtime.onMessage.addListener(onMessage as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
}

function report(): void {
  const detection = detectPage(document, location.href);
  void browser.runtime
    .sendMessage({ type: 'tmt:page-status', isArticle: detection.isArticle, isTmt: detection.site !== null })
    .then((res: unknown) => {
      // The background reads the settings (no storage work here): open at once if the user asked for that.
      if (detection.isArticle && (res as PageStatusResponse | undefined)?.autoOpen) {
        return app().then((a) => a.handle({ type: 'tmt:reader', action: 'open' }));
      }
      // Compiling the reader app is a third of a first open's wait (docs/performance.md): do it while the
      // person reads the page, in idle time. Only the code: nothing is extracted until asked.
      if (detection.isArticle) whenIdle(() => void app().catch(() => undefined), 2000);
      return undefined;
    })
    .catch(() => undefined);
}

/** Listen and report, once per tab; never throws into the page. */
export function start(): void {
  if (window.__tmtStarted) return;
  window.__tmtStarted = true;
  try {
    listen();
    report();
  } catch {
    // never throw into the page
  }
}

start();
