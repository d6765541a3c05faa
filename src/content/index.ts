/**
 * Content script: runs with every Moscow Times page (and, on request, on any tab via activeTab), so it
 * costs the page next to nothing at load. Its top level only schedules `start` for the first idle moment:
 * then it listens for requests, tells the background what the page is (URL + a few selectors) and, if the
 * user turned auto-open on (the background answers that), opens the reader. Everything else — extraction,
 * the reader, the answers to the popup — is the reader app (app.ts), which the background injects into this
 * tab the first time it is needed. Nothing here may throw into the page.
 */
import { detectPage } from '../core/detect';
import { isMessage, type Message, type PageStatusResponse } from '../shared/messages';
import { ext as browser, type Browser } from '../ui/ext';

declare global {
  interface Window {
    /** This script's state in the tab (the background may inject it again: see `start`). */
    __tmtContent?: { start(): void };
    __tmtApp?: { handle(message: Message): Promise<unknown> };
  }
}

let appLoading: Promise<void> | null = null;

/** The reader app, injected by the background on first use (it has the permission; we don't). */
function app(): Promise<NonNullable<Window['__tmtApp']>> {
  if (window.__tmtApp) return Promise.resolve(window.__tmtApp);
  appLoading ??= browser.runtime.sendMessage({ type: 'tmt:load-app' }).then((res: unknown) => {
    const r = res as { ok?: boolean; error?: string } | undefined;
    if (!r?.ok || !window.__tmtApp) throw new Error(r?.error ?? 'The reader could not be loaded on this page.');
  });
  return appLoading
    .catch((err: unknown) => {
      appLoading = null; // let a later request try again
      throw err;
    })
    .then(() => window.__tmtApp as NonNullable<Window['__tmtApp']>);
}

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
    .sendMessage({ type: 'tmt:page-status', isArticle: detection.isArticle, isTmt: detection.profile !== null })
    .then((res: unknown) => {
      // The background reads the settings (no storage work here): open at once if the user asked for that.
      if (detection.isArticle && (res as PageStatusResponse | undefined)?.autoOpen) {
        return app().then((a) => a.handle({ type: 'tmt:reader', action: 'open' }));
      }
      return undefined;
    })
    .catch(() => undefined);
}

/** Runs `fn` when the page is idle (the page's own loading goes first), at the latest after `timeout` ms. */
function whenIdle(fn: () => void, timeout: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout });
  else setTimeout(fn, 0);
}

// The background injects this file again when a request finds nobody listening yet (the page is still busy
// loading, or it was open before the extension was installed): then start at once, the user is waiting.
if (window.__tmtContent) {
  window.__tmtContent.start();
} else {
  let started = false;
  const start = (): void => {
    if (started) return;
    started = true;
    try {
      listen();
      report();
    } catch {
      // never throw into the page
    }
  };
  window.__tmtContent = { start };
  whenIdle(start, 1000);
}
