/**
 * Content script: runs with every Moscow Times page (and, on request, on any tab via activeTab), so it
 * costs the page next to nothing at load. Its top level only schedules the start for the first idle moment;
 * the rest of the script (start.ts: detection, messaging) is not even initialised before then. Nothing here
 * may throw into the page.
 */

export {};

declare global {
  interface Window {
    /** This script's state in the tab (the background may inject it again: see below). */
    __tmtContent?: { start(): void };
  }
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
    // Bundled in this file, but its modules are initialised only here: esbuild turns this require() into a lazy,
    // synchronous init (an import() would run it in a later microtask, outside the idle callback).
    try {
      (require('./start') as typeof import('./start')).start();
    } catch {
      // never throw into the page
    }
  };
  window.__tmtContent = { start };
  whenIdle(start, 1000);
}
