/**
 * Firefox-only plumbing: privileged ("chrome") script over WebDriver BiDi.
 *
 * Firefox's BiDi implementation only exposes tab contents. The extension's toolbar popup and its
 * background page live in other <browser> elements, so to drive them we run privileged script in the
 * browser window (allowed by `--remote-allow-system-access`) that
 *  - clicks the real toolbar button (`browserActionFor(ext).triggerAction(window)`), and
 *  - makes a popup/background <browser> addressable by BiDi: the remote agent's NavigableManager only
 *    resolves ids of tab browsers, so we wrap its `getBrowserById` to also resolve our own ids,
 *    `e2e-bc-<BrowsingContext id>`, to the element that currently embeds that browsing context.
 * With that id, `script.evaluate`, input actions and screenshots work on the popup like on a tab, and
 * we tell puppeteer about it by emitting a synthetic `browsingContext.contextCreated` event.
 * This touches remote-agent internals of Firefox ESR 153; `firefox-chrome.ts` is the one place to fix
 * if a later ESR changes them.
 */

/** What we need of puppeteer's (internal) BiDi connection. */
export interface BidiConnection {
  send(method: string, params: object): Promise<{ result: any }>;
  emit(type: string, event: unknown): boolean;
}

/** Prelude: imports and the NavigableManager patch (idempotent). */
const PRELUDE = `
  const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
  const { NavigableManager } = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
  // Ids of the form e2e-bc-<BrowsingContext id>: resolved through the browsing context, because
  // Firefox moves a popup's document into a new <browser> element once the panel opens.
  if (!NavigableManager.__e2ePatched) {
    const orig = NavigableManager.getBrowserById.bind(NavigableManager);
    NavigableManager.getBrowserById = (id) => {
      const found = orig(id);
      if (found) return found;
      const m = /^e2e-bc-(\\d+)$/.exec(String(id));
      if (!m) return null;
      const bc = BrowsingContext.get(Number(m[1]));
      return bc && !bc.isDiscarded ? bc.top.embedderElement ?? null : null;
    };
    NavigableManager.__e2ePatched = true;
  }
  const expose = (b) => 'e2e-bc-' + b.browsingContext.id;
  // The tab (and its window) showing a BiDi context id. (ownerGlobal is not visible from this scope.)
  const tabOf = (id) => {
    const b = id ? NavigableManager.getBrowserById(id) : null;
    const win = b?.ownerDocument?.defaultView;
    const tab = win?.gBrowser?.getTabForBrowser(b);
    return tab ? { win, tab } : null;
  };
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
`;

export class FirefoxChrome {
  constructor(private readonly conn: BidiConnection) {}

  /** Evaluates privileged script (an expression, awaited) in the first browser window; returns its JSON value. */
  async eval<T>(body: string, timeoutMs = 15_000): Promise<T> {
    const tree = await this.conn.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const win = (tree.result.contexts as Array<{ context: string; url: string }>).find((c) =>
      c.url.startsWith('chrome://browser/content/browser.xhtml'),
    );
    // ESR 140 and older ignore 'moz:scope' and list tabs only (a machine whose apt lists were not updated installs it).
    if (!win) throw new Error('Firefox: no browser window found in chrome scope (chrome-scope BiDi needs Firefox ESR 153 or later; `apt-get update` before installing firefox-esr)');
    const expression = `(async () => { ${PRELUDE}\n return JSON.stringify(await (async () => { ${body} })()); })()`;
    const res = await withTimeout(
      this.conn.send('script.evaluate', {
        expression,
        target: { context: win.context },
        awaitPromise: true,
        resultOwnership: 'none',
      }),
      timeoutMs,
      'Firefox chrome-scope script',
    );
    const r = res.result as { type: string; result?: { value?: string }; exceptionDetails?: { text?: string } };
    if (r.type !== 'success') throw new Error(`Firefox chrome-scope script failed: ${r.exceptionDetails?.text ?? JSON.stringify(r)}`);
    const v = r.result?.value;
    return (v === undefined ? undefined : JSON.parse(v)) as T;
  }

  /** moz-extension UUID of an installed add-on. */
  extensionUuid(extId: string): Promise<string | null> {
    return this.eval(`return ExtensionParent.GlobalManager.getExtension(${JSON.stringify(extId)})?.uuid ?? null;`);
  }

  /**
   * Selects the tab of `tabContextId` (a BiDi context id), clicks the extension's toolbar button and
   * waits for the popup document; returns the popup's BiDi context id and URL.
   */
  openPopup(extId: string, origin: string, tabContextId: string | null, timeoutMs: number): Promise<{ id: string; url: string }> {
    return this.eval(
      `
      const found = tabOf(${JSON.stringify(tabContextId)});
      if (${JSON.stringify(tabContextId)} && !found) throw new Error('no tab for ' + ${JSON.stringify(tabContextId)});
      const win = found?.win ?? Services.wm.getMostRecentWindow('navigator:browser');
      if (found) win.gBrowser.selectedTab = found.tab;
      win.focus();
      const ext = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(extId)});
      if (!ext) throw new Error('extension not installed: ' + ${JSON.stringify(extId)});
      const popupOf = () => [...win.document.querySelectorAll('browser')].find((b) =>
        b.getAttribute('webextension-view-type') === 'popup' || b.getAttribute('messagemanagergroup') === 'webext-browsers');
      // A second click on an open popup would close it: close any open one first.
      const open = popupOf();
      if (open) { open.closest('panel')?.hidePopup(); await sleep(50); }
      ExtensionParent.apiManager.global.browserActionFor(ext).triggerAction(win);
      const deadline = Date.now() + ${timeoutMs};
      while (Date.now() < deadline) {
        const b = popupOf();
        const spec = b?.currentURI?.spec ?? '';
        const wg = b?.browsingContext?.currentWindowGlobal;
        const panel = b?.closest('panel');
        if (b && panel?.state === 'open' && spec.startsWith(${JSON.stringify(origin + '/')}) && wg && !wg.isInitialDocument) {
          return { id: expose(b), url: spec };
        }
        await sleep(25);
      }
      throw new Error('the extension popup did not open within ${timeoutMs} ms (is action.default_popup set for this tab?)');
    `,
      timeoutMs + 5_000,
    );
  }

  /** The tabs-API id of the tab showing `tabContextId`. */
  tabId(tabContextId: string): Promise<number> {
    return this.eval(`
      const found = tabOf(${JSON.stringify(tabContextId)});
      if (!found) throw new Error('no tab for ' + ${JSON.stringify(tabContextId)});
      return ExtensionParent.apiManager.global.tabTracker.getId(found.tab);
    `);
  }

  /** Hides an open extension popup panel, if any; resolves true when one was open. */
  closePopup(): Promise<boolean> {
    return this.eval(`
      for (const win of Services.wm.getEnumerator('navigator:browser')) {
        for (const b of win.document.querySelectorAll('browser')) {
          if (b.getAttribute('webextension-view-type') === 'popup' || b.getAttribute('messagemanagergroup') === 'webext-browsers') {
            const panel = b.closest('panel');
            if (panel) { panel.hidePopup(); return true; }
          }
        }
      }
      return false;
    `);
  }

  /**
   * Presses a key combination (`Alt+Shift+R`, manifest `commands` syntax) as trusted native input in the
   * browser window holding `tabContextId` (or the most recent one), so extension shortcuts fire for real.
   */
  pressShortcut(shortcut: string, tabContextId: string | null): Promise<void> {
    return this.eval(`
      const found = tabOf(${JSON.stringify(tabContextId)});
      if (${JSON.stringify(tabContextId)} && !found) throw new Error('no tab for ' + ${JSON.stringify(tabContextId)});
      const win = found?.win ?? Services.wm.getMostRecentWindow('navigator:browser');
      if (found) win.gBrowser.selectedTab = found.tab;
      win.focus();
      const parts = ${JSON.stringify(shortcut)}.split('+').map((p) => p.trim());
      const key = parts.pop();
      const MODS = { Alt: 'Alt', Shift: 'Shift', Ctrl: 'Control', Control: 'Control', MacCtrl: 'Control', Command: 'Meta', Meta: 'Meta' };
      const tip = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
      if (!tip.beginInputTransactionForTests(win, () => true)) throw new Error('no input transaction');
      const modFlags = tip.KEY_NON_PRINTABLE_KEY | tip.KEY_DONT_DISPATCH_MODIFIER_KEY_EVENT;
      const mods = parts.map((p) => { if (!MODS[p]) throw new Error('unknown modifier ' + p); return new win.KeyboardEvent('', { key: MODS[p] }); });
      for (const m of mods) tip.keydown(m, modFlags);
      const single = key.length === 1;
      const upper = single ? key.toUpperCase() : key;
      const code = /^[A-Z]$/.test(upper) ? 'Key' + upper : /^[0-9]$/.test(upper) ? 'Digit' + upper : upper;
      const ev = new win.KeyboardEvent('', {
        key: single ? (parts.includes('Shift') ? upper : upper.toLowerCase()) : key,
        code,
        keyCode: single ? upper.charCodeAt(0) : 0,
      });
      try {
        tip.keydown(ev);
        tip.keyup(ev);
      } finally {
        for (const m of mods.reverse()) tip.keyup(m, modFlags);
      }
      return null;
    `);
  }

  /**
   * Emulates media features for one top-level page (tab or popup) through its browsing context's
   * overrides, the mechanism of the DevTools "simulate dark scheme" switch. Reduced motion falls back to
   * the browser-wide `ui.prefersReducedMotion` pref where the override does not exist.
   */
  emulateMedia(contextId: string, opts: { colorScheme?: 'light' | 'dark' | null; reducedMotion?: boolean | null }): Promise<void> {
    return this.eval(`
      const o = ${JSON.stringify(opts)};
      const bc = NavigableManager.getBrowsingContextById(${JSON.stringify(contextId)});
      if (!bc) throw new Error('no browsing context ' + ${JSON.stringify(contextId)});
      if (o.colorScheme !== undefined) bc.prefersColorSchemeOverride = o.colorScheme ?? 'none';
      if (o.reducedMotion !== undefined) {
        if ('prefersReducedMotionOverride' in bc) {
          bc.prefersReducedMotionOverride = o.reducedMotion === null ? 'none' : o.reducedMotion ? 'reduce' : 'no-preference';
        } else if (o.reducedMotion === null) {
          Services.prefs.clearUserPref('ui.prefersReducedMotion');
        } else {
          Services.prefs.setIntPref('ui.prefersReducedMotion', o.reducedMotion ? 1 : 0);
        }
      }
      return null;
    `);
  }

  /**
   * Starts recording uncaught script errors of extension documents (sourceName moz-extension://…):
   * errors of the extension process reach the parent's console service, like in the Browser Console.
   */
  recordExtensionErrors(): Promise<void> {
    return this.eval(`
      if (!window.__e2eExtensionErrors) {
        const errors = [];
        window.__e2eExtensionErrors = errors;
        Services.console.registerListener({
          observe(msg) {
            try {
              if (!(msg instanceof Ci.nsIScriptError)) return;
              if (msg.flags & (Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag)) return;
              if (!String(msg.sourceName).startsWith('moz-extension://')) return;
              errors.push({ message: msg.errorMessage, source: msg.sourceName + ':' + msg.lineNumber });
            } catch {}
          },
        });
      }
      return null;
    `);
  }

  /** Install-time warnings/errors of the add-on, and the uncaught errors recorded for its origin. */
  extensionDiagnostics(extId: string, origin: string): Promise<{ installWarnings: string[]; errors: Array<{ message: string; source: string }> }> {
    return this.eval(`
      const ext = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(extId)});
      const installWarnings = [...(ext?.warnings ?? []), ...(ext?.errors ?? [])].map(String);
      // "Promise rejected after context unloaded" is Firefox's own note that a tab was closed while one of our calls
      // was still waiting (e.g. the reader asking for the quote finder just as the test closes the page): the page is
      // gone, nothing failed for anyone. Every other message counts.
      const errors = (window.__e2eExtensionErrors ?? []).filter(
        (e) => e.source.startsWith(${JSON.stringify(origin + '/')}) && !/^Promise rejected after context unloaded: /.test(e.message),
      );
      return { installWarnings, errors };
    `);
  }

  /** Text on the system clipboard (headless Firefox keeps its own in-memory clipboard). */
  readClipboard(): Promise<string> {
    return this.eval(`
      const trans = Cc['@mozilla.org/widget/transferable;1'].createInstance(Ci.nsITransferable);
      trans.init(null);
      trans.addDataFlavor('text/plain');
      const win = Services.wm.getMostRecentWindow('navigator:browser');
      Services.clipboard.getData(trans, Ci.nsIClipboard.kGlobalClipboard, win.browsingContext.currentWindowContext);
      const data = {};
      try {
        trans.getTransferData('text/plain', data);
      } catch {
        return '';
      }
      return data.value?.QueryInterface(Ci.nsISupportsString).data ?? '';
    `);
  }

  /** BiDi context id of the extension's background page (waits for it to be running). */
  backgroundContext(extId: string, timeoutMs = 10_000): Promise<string> {
    return this.eval(
      `
      const ext = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(extId)});
      if (!ext) throw new Error('extension not installed: ' + ${JSON.stringify(extId)});
      const deadline = Date.now() + ${timeoutMs};
      while (Date.now() < deadline) {
        const view = [...ext.views].find((v) => v.viewType === 'background' && v.xulBrowser?.browsingContext?.currentWindowGlobal);
        if (view) return expose(view.xulBrowser);
        await sleep(25);
      }
      throw new Error('the background page of ' + ${JSON.stringify(extId)} + ' is not running');
    `,
      timeoutMs + 5_000,
    );
  }
}

export async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      p,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
