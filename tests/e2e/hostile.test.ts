/**
 * A hostile page, end to end in real Chromium and Firefox ESR. Before our content script runs, the page patches
 * the DOM and JS built-ins it could use, sabotages `history`, and watches for our reader; while the reader is
 * open it tries to read and change it, forges messages, re-adds the donation modal in a loop and spams
 * `history`; its CSS and inline styles try to hide the reader. The reader must stay open, visible, on top,
 * correct, and unreadable to the page.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { BROWSERS, fixtureCase, setupE2E, waitFor } from './harness';
import { inReader, toggleViaBackground, waitForReader } from './reader-helpers';

const SEED = fixtureCase('seed-syria-2013');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs first in <head>, in the page's own JS world. */
const HOSTILE = `<style>html > div, html > :last-child { display: none !important; visibility: hidden !important; opacity: 0 !important }</style><script>
(() => {
  const h = (window.__hostile = { attachShadowCalls: 0, shadowRoots: [], readerFound: [], forged: 0, modals: 0, errors: [] });
  // Patch what an extension might call, hoping it runs in our world.
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) { h.attachShadowCalls++; return attach.call(this, { ...init, mode: 'open' }); };
  const create = Document.prototype.createElement;
  Document.prototype.createElement = function (tag, o) { const el = create.call(this, tag, o); if (String(tag).toLowerCase() === 'dialog') h.readerFound.push('createElement(dialog)'); return el; };
  const close = HTMLDialogElement.prototype.close;
  HTMLDialogElement.prototype.close = function () { h.readerFound.push('close() through the page prototype'); return close.call(this); };
  window.fetch = () => Promise.reject(new Error('blocked by the page'));
  // Sabotage history (keeping the real pushState for the page's own URL spam).
  const push = history.pushState;
  history.pushState = () => { throw new Error('pushState broken by the page'); };
  history.replaceState = null;
  // Once the page is parsed, watch for anything appended to <html> (where a reader host would go) and attack it.
  document.addEventListener('DOMContentLoaded', () => new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) {
      if (n.nodeType !== 1 || n.__mine) continue;
      h.shadowRoots.push(n.shadowRoot === null ? null : 'open shadow root!');
      try { attach.call(n, { mode: 'open' }); h.readerFound.push('re-attached a shadow root'); } catch (e) { h.errors.push(e.name); }
      try { n.innerHTML = '<p class="injected">pwned</p>'; } catch (e) { h.errors.push(e.name); }
      n.setAttribute('data-touched', 'yes');
      // Try to hide it with the strongest styles a page has.
      n.style.setProperty('display', 'none', 'important');
      n.style.setProperty('opacity', '0', 'important');
      n.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    }
  }).observe(document.documentElement, { childList: true }));
  window.__attack = () => {
    if (document.querySelector('dialog, .tmt-reader, [data-testid]')) h.readerFound.push('querySelector');
    for (const el of document.documentElement.children) if (el.shadowRoot && !el.__mine) h.readerFound.push('open shadowRoot of ' + el.localName);
    // Forged messages, in every shape our protocol has.
    for (const m of [{ type: 'tmt:reader', action: 'close' }, { type: 'tmt:reader', action: 'toggle' }, { type: 'tmt:get-article' }, { type: 'tmt:read-anyway', tabId: 1 }]) {
      window.postMessage(m, '*');
      document.dispatchEvent(new CustomEvent(m.type, { detail: m, bubbles: true }));
      h.forged++;
    }
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    // The donation modal, again and again, above everything, with the page locked.
    const m = document.createElement('div');
    m.__mine = true;
    m.className = 'contribute-modal';
    m.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:#fff;display:block';
    m.textContent = 'We have been named foreign agents. Contribute Today';
    document.documentElement.append(m);
    document.body.style.overflow = 'hidden';
    h.modals++;
    try { push.call(history, { n: h.modals }, '', location.pathname + '?hostile=1&n=' + h.modals); } catch (e) { h.errors.push(e.name); }
    try { location.hash = 'x' + h.modals; } catch (e) { h.errors.push(e.name); }
  };
})();
</script>`;

describe.each(BROWSERS)('hostile page in %s', (name) => {
  const e2e = setupE2E(name);

  it('cannot read, change, close or cover the reader, nor steer the extension', { timeout: 120_000 }, async () => {
    const url = `${SEED.url}?hostile=1`;
    e2e.server.setPage(url, String(SEED.html).replace(/<head([^>]*)>/i, `<head$1>${HOSTILE}`));
    const page: Page = await e2e.browser.openPage(url);
    try {
      await e2e.browser.waitForActionState(page, (s) => s.badgeText !== '');
      const open = await toggleViaBackground(e2e, page);
      expect(open.ok, open.error).toBe(true);
      await waitForReader(e2e, page, true, 20_000);
      const view = () =>
        inReader(e2e, page, (root) => {
          const d = root.querySelector('dialog');
          return {
            open: !!d?.open,
            modal: d?.matches(':modal') ?? false,
            text: root.querySelector('[data-testid="article-body"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
            injected: !!root.querySelector('.injected'),
            // Visible despite the page's !important rules and inline styles on the host.
            visible: !!d && d.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && d.getBoundingClientRect().height > 100,
          };
        });
      const before = await view();
      expect(before?.text.length).toBeGreaterThan(1000);

      // Attack for a few seconds: every 100 ms.
      await page.evaluate(() => {
        const w = window as unknown as { __attack: () => void; __timer: number };
        w.__timer = window.setInterval(() => w.__attack(), 100);
      });
      await sleep(3000);
      await page.evaluate(() => clearInterval((window as unknown as { __timer: number }).__timer));

      const after = await view();
      expect(after?.open, 'reader still open').toBe(true);
      expect(after?.modal, 'reader still modal (top layer, page inert)').toBe(true);
      expect(after?.text, 'reader text unchanged').toBe(before?.text);
      expect(after?.injected).toBe(false);
      expect(before?.visible, 'reader visible under page CSS').toBe(true);
      expect(after?.visible, 'reader visible after the page styled its host').toBe(true);
      const spy: Record<string, unknown> = await page.evaluate(() => {
        const h = (window as unknown as { __hostile: Record<string, unknown> }).__hostile;
        // What is on top in the middle of the viewport: our host (the shadow tree is retargeted), not the modal.
        const top = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
        const hidden = Array.from(document.documentElement.children).filter((e) => e.getAttribute('data-touched') && (e as HTMLElement).style.display === 'none');
        return { ...h, hiddenHosts: hidden.length, onTop: top?.className === 'contribute-modal' ? 'modal' : top?.localName ?? null };
      });
      expect(spy.hiddenHosts, 'the page did style our host display:none !important').toBe(1);
      expect(spy.modals as number).toBeGreaterThan(5);
      expect(spy.forged as number).toBeGreaterThan(5);
      expect(spy.attachShadowCalls, "the page's patched attachShadow was never used").toBe(0);
      expect((spy.shadowRoots as unknown[]).length, 'the page saw our host appended').toBeGreaterThan(0);
      expect(spy.shadowRoots, 'the page saw no open shadow root').toEqual((spy.shadowRoots as unknown[]).map(() => null));
      expect(spy.readerFound, 'the page never found the reader').toEqual([]);
      expect(spy.onTop).not.toBe('modal');

      // It still closes normally, and opens again.
      await toggleViaBackground(e2e, page);
      await waitForReader(e2e, page, false, 20_000);
      await toggleViaBackground(e2e, page);
      await waitForReader(e2e, page, true, 20_000);
      await waitFor(async () => ((await view())?.text === before?.text ? true : null), { timeout: 10_000, what: `${name}: reader reopened with the story` });
    } finally {
      await page.close().catch(() => undefined);
    }
  });
});
