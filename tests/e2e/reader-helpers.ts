/**
 * Helpers for the reader/popup/settings e2e tests.
 *
 * The in-page reader lives in a CLOSED shadow root, so neither page scripts nor puppeteer's selectors
 * can see into it. Tests reach it through the browsers' privileged protocols instead:
 * - Chromium: CDP `DOM.getDocument({pierce: true})` lists closed shadow roots; `DOM.resolveNode` gives
 *   a handle to call a function on.
 * - Firefox: WebDriver BiDi serializes closed shadow roots with `includeShadowTree: 'all'`; the
 *   shared reference is then passed to `script.callFunction`.
 * The function runs in the page's main world with the shadow root as its first argument; its result
 * comes back as JSON.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { ROOT, waitFor, type E2E } from './harness';

type BidiConnection = { send(method: string, params: unknown): Promise<{ result: any }> };

function bidi(browser: Browser): BidiConnection {
  return (browser as unknown as { connection: BidiConnection }).connection;
}

function contextIdOf(page: Page): string {
  return (page.mainFrame() as unknown as { _id: string })._id;
}

/** Runs `fn(shadowRoot, ...args)` on the reader's closed shadow root; null when the reader is not there. */
export async function inReader<R, A extends unknown[]>(
  e2e: E2E,
  page: Page,
  fn: (root: ShadowRoot, ...args: A) => R | Promise<R>,
  ...args: A
): Promise<Awaited<R> | null> {
  const body = `async function(root, argsJson) { const fn = ${fn.toString()}; return JSON.stringify(await fn(root, ...JSON.parse(argsJson))); }`;
  const argsJson = JSON.stringify(args);
  if (e2e.name === 'chromium') {
    const cdp = await page.createCDPSession();
    try {
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: any };
      const html = (root.children ?? []).find((n: any) => n.nodeName === 'HTML');
      const host = (html?.children ?? []).find((n: any) => (n.shadowRoots ?? []).some((s: any) => s.shadowRootType === 'closed'));
      if (!host) return null;
      const sr = host.shadowRoots.find((s: any) => s.shadowRootType === 'closed');
      const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: sr.backendNodeId })) as { object: { objectId: string } };
      const res = (await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: `function(argsJson) { return (${body}).call(null, this, argsJson); }`,
        arguments: [{ value: argsJson }],
        awaitPromise: true,
        returnByValue: true,
      })) as { result: { value?: string }; exceptionDetails?: { exception?: { description?: string } } };
      if (res.exceptionDetails) throw new Error(res.exceptionDetails.exception?.description ?? 'inReader failed');
      return res.result.value === undefined ? null : (JSON.parse(res.result.value) as Awaited<R>);
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  }
  const conn = bidi(e2e.browser.browser);
  const context = contextIdOf(page);
  const hosts = await conn.send('script.callFunction', {
    // Through the prototype's getter: a page can clobber `document.documentElement` (<img name=documentElement>).
    functionDeclaration: "() => Array.from(Object.getOwnPropertyDescriptor(Document.prototype, 'documentElement').get.call(document).children)",
    target: { context },
    awaitPromise: false,
    resultOwnership: 'root',
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  const list = (hosts.result?.value ?? hosts.result?.result?.value ?? []) as any[];
  const host = list.find((n) => n?.value?.shadowRoot?.value?.mode === 'closed');
  if (!host) return null;
  const res = await conn.send('script.callFunction', {
    functionDeclaration: body,
    target: { context },
    arguments: [{ sharedId: host.value.shadowRoot.sharedId }, { type: 'string', value: argsJson }],
    awaitPromise: true,
    resultOwnership: 'none',
  });
  const r = (res.result ?? res) as { type: string; result?: { type: string; value?: string }; exceptionDetails?: { text?: string } };
  if (r.type !== 'success') throw new Error(r.exceptionDetails?.text ?? JSON.stringify(r));
  return r.result?.type === 'string' ? (JSON.parse(r.result.value!) as Awaited<R>) : null;
}

/** Is the reader dialog open (modal) on `page`? */
export async function readerOpen(e2e: E2E, page: Page): Promise<boolean> {
  return (await inReader(e2e, page, (root) => !!root.querySelector('dialog')?.open)) === true;
}

/**
 * Waits for the reader to be closed, or open with its key quotes in place (the reader paints the story first
 * and adds the quotes a moment later: the dialog says which with data-quotes).
 */
export async function waitForReader(e2e: E2E, page: Page, open: boolean, timeout = 10_000): Promise<void> {
  const settled = async (): Promise<boolean> =>
    open
      ? (await inReader(e2e, page, (root) => {
          const d = root.querySelector('dialog');
          return !!d?.open && d.dataset.quotes !== 'pending';
        })) === true
      : !(await readerOpen(e2e, page));
  await waitFor(async () => ((await settled()) ? true : null), {
    timeout,
    what: `${e2e.name}: reader ${open ? 'open, with its key quotes' : 'closed'}`,
  });
}

/** Toggle the reader the way the keyboard shortcut does (the background's command handler). */
export async function toggleViaBackground(e2e: E2E, page: Page): Promise<{ ok: boolean; open?: boolean; error?: string }> {
  const tabId = await e2e.browser.tabId(page);
  return e2e.browser.evalInBackground(
    async ({ bg }, id: number) => (bg as unknown as { tmtToggleReader: (id: number) => Promise<any> }).tmtToggleReader(id),
    tabId,
  );
}

/**
 * Opens the reader on a hostile page once the page's own vectors have stopped hitting `canaryHost` (polled every
 * `pollMs`), with the request log cleared: what reaches the canary after this is the reader's or a late load of
 * the page's, which the caller tells apart.
 */
export async function openReaderOnQuietPage(e2e: E2E, page: Page, canaryHost: string, pollMs: number): Promise<void> {
  await e2e.server.quietOn(canaryHost, pollMs);
  e2e.server.clearRequests();
  const res = await toggleViaBackground(e2e, page);
  if (!res.ok) throw new Error(`the reader did not open: ${res.error ?? 'no error given'}`);
}

/** Sends a message from the extension (background) to the page's content script, as the popup does. */
export async function sendToTab<R = unknown>(e2e: E2E, page: Page, msg: unknown): Promise<R> {
  const tabId = await e2e.browser.tabId(page);
  return e2e.browser.evalInBackground(async ({ api }, id: number, m: unknown) => api.tabs.sendMessage(id, m), tabId, msg) as Promise<R>;
}

const AXE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core (injected from node_modules, offline) on the page, or on `selector` within it. */
export async function axe(page: Page, selector?: string): Promise<AxeViolation[]> {
  await page.evaluate(AXE);
  const json = await page.evaluate(async (sel) => {
    const w = window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<any> } };
    const res = await w.axe.run(sel ? { include: [sel] } : document, { resultTypes: ['violations'] });
    return JSON.stringify(
      res.violations.map((v: any) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n: any) => String(n.target)) })),
    );
  }, selector ?? null);
  return JSON.parse(json) as AxeViolation[];
}

/**
 * axe cannot enter a closed shadow root: copy the reader (its styles and markup, theme attributes
 * included) into an OPEN shadow root in the same page, scan that copy, then remove it.
 */
export async function axeReader(e2e: E2E, page: Page): Promise<AxeViolation[]> {
  const copied = await inReader(e2e, page, (root) => {
    const host = document.createElement('div');
    host.id = 'tmt-axe-copy';
    const open = host.attachShadow({ mode: 'open' });
    open.innerHTML = root.innerHTML;
    document.body.append(host);
    return true;
  });
  if (!copied) throw new Error('reader not open');
  try {
    // Scan the copy only (the page behind the reader is not ours).
    return await axe(page, '#tmt-axe-copy');
  } finally {
    await page.evaluate(() => document.getElementById('tmt-axe-copy')?.remove());
  }
}

/**
 * Opens the popup the way a real click on the toolbar button does, so the browser grants activeTab.
 * Chromium: `chrome.action.openPopup()` does not grant it; the DevTools-protocol `Extensions.triggerAction`
 * does (the browser must run with --enable-unsafe-extension-debugging). Firefox: the harness's
 * openPopup already is a real toolbar click.
 */
export async function clickToolbarButton(e2e: E2E, page: Page): Promise<Page> {
  if (e2e.name !== 'chromium') return e2e.browser.openPopup(page);
  await e2e.browser.closePopup();
  await page.bringToFront();
  const browser = e2e.browser.browser;
  const target = browser.waitForTarget((t) => t.type() === 'page' && t.url().startsWith(`${e2e.browser.extensionOrigin}/popup.html`), {
    timeout: 10_000,
  });
  const session = await browser.target().createCDPSession();
  try {
    // The action wants the TAB target (the parent of puppeteer's page target).
    const pageTargetId = (page.target() as unknown as { _targetId: string })._targetId;
    const { targetInfos } = (await session.send('Target.getTargets' as never, { filter: [{}] } as never)) as unknown as {
      targetInfos: { targetId: string; type: string; url: string; parentId?: string }[];
    };
    const pageInfo = targetInfos.find((t) => t.targetId === pageTargetId);
    const tab =
      targetInfos.find((t) => t.type === 'tab' && pageInfo?.parentId === t.targetId) ??
      targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
    if (!tab) throw new Error(`no tab target for ${page.url()}`);
    await session.send('Extensions.triggerAction' as never, { id: e2e.browser.extensionId, targetId: tab.targetId } as never);
  } finally {
    await session.detach().catch(() => undefined);
  }
  const popup = (await (await target).asPage())!;
  await waitFor(() => popup.evaluate(() => document.readyState === 'complete'), { what: 'popup loaded' });
  return popup;
}
