/**
 * Content script: runs with every Moscow Times page (and, on request, on any tab via activeTab), so it is
 * small and does almost nothing at load: it tells the background what the page is (URL + a few selectors)
 * and opens the reader if the user asked for that in the settings. Everything else — extraction, the reader,
 * the answers to the popup — is the reader app (app.ts), which the background injects into this tab the first
 * time it is needed. Nothing here may throw into the page.
 */
import { detectPage } from '../core/detect';
import { isMessage, type Message } from '../shared/messages';
import { loadSettings } from '../shared/settings';
import { ext as browser, type Browser } from '../ui/ext';

declare global {
  interface Window {
    __tmtReaderLoaded?: boolean;
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

function start(): void {
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

  const detection = detectPage(document, location.href);
  void browser.runtime
    .sendMessage({ type: 'tmt:page-status', isArticle: detection.isArticle, isTmt: detection.profile !== null })
    .catch(() => undefined);
  if (detection.isArticle) {
    // Auto-open costs one storage read at load; the app is loaded only if the user turned it on.
    void loadSettings(browser.storage.sync)
      .then((s) => (s.autoOpen ? app().then((a) => a.handle({ type: 'tmt:reader', action: 'open' })) : undefined))
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
