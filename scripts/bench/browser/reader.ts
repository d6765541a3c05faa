/**
 * Time to reader (Chromium, Firefox): from the background's message to the reader painted, as a toggle from the
 * popup, the shortcut or the menu takes; and the open/close helpers the memory part uses too.
 */
import type { Page } from 'puppeteer-core';
import { waitFor } from '../../../tests/e2e/harness/browser';
import type { BenchCase } from '../cases';
import { serve, type Session } from './session';

type ReaderReply = { ok: true; open: boolean } | { ok: false; error: string };

/**
 * Sends {type:'tmt:reader', action} to the tab from the background, as the popup button, the shortcut and
 * the context menu do ('toggle' there; here 'open' and 'close', the two paths a toggle takes, because they
 * are idempotent: a message retried after a lost reply cannot flip the reader back). Returns the
 * background's wall clock (Date.now()) just before sending, and the reply. Retries while the content
 * script is not listening yet.
 */
async function send(s: Session, tabId: number, action: 'open' | 'close'): Promise<{ t0: number; reply: ReaderReply }> {
  return waitFor(
    () =>
      s.tb.evalInBackground(
        async ({ api }, id: number, a: string) => {
          const t0 = Date.now();
          const reply = await api.tabs.sendMessage(id, { type: 'tmt:reader', action: a });
          return { t0, reply };
        },
        tabId,
        action,
      ),
    { timeout: 15_000, interval: 50, what: `the content script to answer a reader ${action}` },
  ) as Promise<{ t0: number; reply: ReaderReply }>;
}

/**
 * Arms a watcher in the page's own world: when a new element is appended to <html> (the reader's host;
 * its shadow root is closed, so the page cannot look inside), wait for the next animation frame (it runs
 * just before the frame that shows the dialog is painted) and record Date.now() in the first task after
 * it, once that frame is painted. Also
 * checks that the element is what the page shows at the centre of the viewport (the modal is on top).
 */
async function armPaintWatch(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __benchPaint?: Promise<{ tPaint: number; onTop: boolean; connected: boolean }>; __benchHost?: Element | null; __benchLog?: string[] };
    const before = new Set(Array.from(document.documentElement.children));
    w.__benchHost = null;
    // What happens to <html>'s children from now on, for the error message if the reader does not stay.
    const log: string[] = (w.__benchLog = []);
    const t0 = performance.now();
    // One logger at a time (an observer per cycle would pile up in the heap the memory part measures).
    const ww = w as unknown as { __benchLogger?: MutationObserver };
    ww.__benchLogger?.disconnect();
    ww.__benchLogger = new MutationObserver((recs) => {
      for (const r of recs) {
        for (const n of Array.from(r.addedNodes)) log.push(`+${n.nodeName}@${Math.round(performance.now() - t0)}`);
        for (const n of Array.from(r.removedNodes)) log.push(`-${n.nodeName}@${Math.round(performance.now() - t0)}`);
      }
    });
    ww.__benchLogger.observe(document.documentElement, { childList: true });
    w.__benchPaint = new Promise((resolve) => {
      const mo = new MutationObserver(() => {
        const host = Array.from(document.documentElement.children).find((el) => !before.has(el) && el.tagName === 'DIV');
        if (!host) return;
        mo.disconnect();
        w.__benchHost = host;
        // The frame that shows the reader is produced right after its animation-frame callbacks, in the same
        // task: a message posted from one runs after that paint (a second animation frame would also wait for
        // whatever the page or the reader does after painting, such as adding the key quotes).
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => {
            const tPaint = Date.now();
            const top = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
            resolve({ tPaint, onTop: top === host, connected: host.isConnected });
          };
          ch.port2.postMessage(null);
        });
      });
      mo.observe(document.documentElement, { childList: true });
    });
  });
}

async function paintTime(page: Page): Promise<{ tPaint: number; onTop: boolean; connected: boolean }> {
  return page.evaluate(() => (window as unknown as { __benchPaint: Promise<{ tPaint: number; onTop: boolean; connected: boolean }> }).__benchPaint);
}

class VanishedError extends Error {}

/** Opens that had to be tried again because the reader vanished at once, and the last such message. */
export interface Flakes {
  n: number;
  last?: string;
}

/**
 * openAndTime, tried again once if the reader vanished right after opening (seen intermittently under
 * load: the host is removed a few ms after it is added; see closeReader). Counts those in `flakes`.
 */
export async function openTimed(s: Session, page: Page, tabId: number, flakes: Flakes): Promise<{ ms: number; onTop: boolean }> {
  try {
    return await openAndTime(s, page, tabId);
  } catch (e) {
    if (!(e instanceof VanishedError)) throw e;
    flakes.n++;
    flakes.last = e.message;
    await page.evaluate(() => new Promise((r) => setTimeout(r, 200)));
    return openAndTime(s, page, tabId);
  }
}

async function openAndTime(s: Session, page: Page, tabId: number): Promise<{ ms: number; onTop: boolean }> {
  await armPaintWatch(page);
  const { t0, reply } = await send(s, tabId, 'open');
  if (!reply?.ok) throw new Error(`opening the reader failed: ${JSON.stringify(reply)}`);
  if (!reply.open) throw new Error('the reader did not open');
  const { tPaint, onTop, connected } = await paintTime(page);
  if (!connected) {
    const log = await page.evaluate(() => (window as unknown as { __benchLog?: string[] }).__benchLog ?? []);
    throw new VanishedError(`the reader host left the page before it was painted (children of <html> added/removed, ms after the toggle: ${log.join(' ')})`);
  }
  return { ms: tPaint - t0, onTop };
}

export async function closeReader(s: Session, page: Page, tabId: number): Promise<void> {
  const { reply } = await send(s, tabId, 'close');
  if (!reply?.ok || reply.open) throw new Error(`closing the reader failed: ${JSON.stringify(reply)}`);
  // The dialog's "close" event (which removes the host) fires in a later task.
  await waitFor(() => page.evaluate(() => !(window as unknown as { __benchHost?: Element | null }).__benchHost?.isConnected), {
    timeout: 5_000,
    what: 'the reader to be removed',
  });
  // The watcher's own reference must not keep the closed reader's DOM alive for the memory part.
  await page.evaluate(() => void ((window as unknown as { __benchHost?: Element | null }).__benchHost = null));
  // Let the closed dialog's queued "close" event fire before the next open: Reader.close() tears down at
  // once and the dialog's late "close" listener then tears down whatever reader is current, so an open
  // within those few ms vanishes again (src/content/reader/index.ts, Reader.build; reported).
  await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
}

/** Opens the page in a new tab and waits until the content script has reported it (toolbar badge). */
export async function openArticle(s: Session, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await s.tb.openPage(url, { timeout: 60_000 });
  await page.bringToFront();
  const tabId = await s.tb.tabId(page);
  await s.tb.waitForActionState(page, (st) => st.badgeText !== '', { timeout: 15_000, what: 'the article badge' }).catch(() => undefined);
  // Let the page's own load work finish, as it would before a person reaches for the button.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 150)));
  return { page, tabId };
}

export interface ReaderTiming {
  /** First open on a freshly loaded page (extraction + settings + render + paint), ms per load. */
  first: number[];
  /** Re-opening on the same page (article cached), ms. */
  again: number[];
  /** Whether the reader was the top element at the viewport's centre after the paint, every time. */
  onTop: boolean;
  flakes: Flakes;
}

/** Toggle -> reader painted, `n` fresh page loads: first open, close, open again. */
export async function timeToReader(s: Session, c: BenchCase, n: number): Promise<ReaderTiming> {
  const url = serve(s, c);
  const first: number[] = [];
  const again: number[] = [];
  let onTop = true;
  const flakes: Flakes = { n: 0 };
  for (let i = 0; i < n; i++) {
    const { page, tabId } = await openArticle(s, url);
    try {
      const a = await openTimed(s, page, tabId, flakes);
      first.push(a.ms);
      await closeReader(s, page, tabId);
      const b = await openTimed(s, page, tabId, flakes);
      again.push(b.ms);
      onTop &&= a.onTop && b.onTop;
      await closeReader(s, page, tabId);
    } finally {
      await page.close().catch(() => undefined);
    }
  }
  return { first, again, onTop, flakes };
}
