/**
 * Content script: runs with every Moscow Times page, so it costs the page next to nothing at load. It is only
 * this stub: at the first idle moment (at the latest after 1 s) it asks the background to inject `start.js`
 * (start.ts: detection, messaging), so that not even that code is compiled while the page loads. Nothing here
 * may throw into the page.
 */
import { ext as browser } from '../platform/ext';
import { whenIdle } from './idle';

export {};

declare global {
  interface Window {
    /** This stub's state in the tab (the manifest and the background may both load it). */
    __tmtContent?: { start(): void };
  }
}


if (!window.__tmtContent) {
  let asked = false;
  const start = (): void => {
    if (asked) return;
    asked = true;
    // start.js starts itself once per tab; a tab the background already gave it (a toggle came first) ignores this.
    try {
      void browser.runtime.sendMessage({ type: 'tmt:load-app', part: 'start' }).catch(() => undefined);
    } catch {
      // never throw into the page
    }
  };
  window.__tmtContent = { start };
  whenIdle(start, 1000);
}
