/**
 * Background: keeps the toolbar button in step with each tab (a clean view is available or not),
 * toggles the in-page reader from the keyboard shortcut and the context menu, and runs the generic
 * reader on other sites when the user asks (activeTab + scripting: no standing host permission).
 */
import browser from 'webextension-polyfill';
import { isMessage, type PageStatusResponse, type ReaderResponse } from '../shared/messages';
import { loadSettings } from '../shared/settings';

const MENU_ID = 'tmt-toggle-reader';

async function setPageStatus(tabId: number, isArticle: boolean): Promise<void> {
  const size = (n: number): string => `icons/icon${isArticle ? '' : '-inactive'}-${n}.png`;
  await browser.action.setIcon({ tabId, path: { 16: size(16), 32: size(32), 48: size(48) } });
  await browser.action.setBadgeText({ tabId, text: isArticle ? '✓' : '' });
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#2f5f8f' });
  await browser.action.setTitle({
    tabId,
    title: browser.i18n.getMessage(isArticle ? 'actionTitleArticle' : 'actionTitle'),
  });
}

/**
 * Inject the content script's code into a tab (activeTab grants it after a click, shortcut or menu use; Moscow
 * Times hosts are in host_permissions): start.js listens at once, where the manifest's stub would only ask for it
 * once the page is idle. In a tab that has it already, the second copy does nothing.
 */
async function inject(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['start.js'] });
}

/**
 * Toggle the reader in a tab. On a page without our content script (any other site), inject it first:
 * the shortcut and the context menu both grant activeTab for that tab.
 */
export async function toggleReader(tabId: number): Promise<ReaderResponse> {
  const msg = { type: 'tmt:reader', action: 'toggle' } as const;
  try {
    return (await browser.tabs.sendMessage(tabId, msg)) as ReaderResponse;
  } catch {
    try {
      await inject(tabId);
      return (await browser.tabs.sendMessage(tabId, msg)) as ReaderResponse;
    } catch (err) {
      return { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
  }
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id || !isMessage(message)) return undefined;
  if (message.type === 'tmt:page-status') {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    const status = setPageStatus(tabId, message.isArticle).catch(() => undefined);
    // The content script does no storage work at load: tell it here whether to open the reader at once.
    const autoOpen = message.isArticle ? loadSettings(browser.storage.sync).then((s) => s.autoOpen, () => false) : Promise.resolve(false);
    return Promise.all([status, autoOpen]).then(([, open]): PageStatusResponse => ({ autoOpen: open }));
  }
  if (message.type === 'tmt:load-app') {
    // Our content script asks for the reader app in its own tab and frame, on first use. Moscow Times hosts
    // are in host_permissions; on other sites the user's click, shortcut or menu use granted activeTab.
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    return browser.scripting
      .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [`${message.part ?? 'app'}.js`] })
      .then(() => ({ ok: true }))
      .catch((err: unknown) => ({ ok: false, error: err instanceof Error ? err.message : String(err) }));
  }
  if (message.type === 'tmt:fetch-image') {
    // Only for our content script, while the user saves a copy from the reader; the CSP's connect-src limits
    // this to TMT's image hosts, whatever the address.
    if (!sender.tab) return undefined;
    return fetchImageBase64(message.url);
  }
  if (message.type === 'tmt:download') {
    if (!sender.tab) return undefined;
    return saveDownload(message.filename, message.mime, message.base64);
  }
  if (message.type === 'tmt:read-anyway') {
    // Only from our own pages (the popup), never from a content script.
    if (sender.tab) return undefined;
    return inject(message.tabId)
      .then(() => ({ ok: true }))
      .catch((err: unknown) => ({ ok: false, error: err instanceof Error ? err.message : String(err) }));
  }
  return undefined;
});

/** One image as base64 (JSON messaging carries no bytes), or null when it cannot be had. */
async function fetchImageBase64(url: string): Promise<{ base64: string | null }> {
  try {
    const res = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'force-cache' });
    if (!res.ok || !/^image\//i.test(res.headers.get('content-type') ?? 'image/')) return { base64: null };
    const bytes = new Uint8Array(await res.arrayBuffer());
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { base64: btoa(s) };
  } catch {
    return { base64: null };
  }
}

/**
 * A copy saved from the reader, to the download folder. A service worker (Chrome) has no object URLs: a data: URL
 * there; a blob URL where the background is a page (Firefox), which does not download data: URLs.
 */
async function saveDownload(filename: string, mime: string, base64: string): Promise<{ ok: boolean; error?: string }> {
  let url: string;
  let blobUrl: string | null = null;
  if (typeof URL.createObjectURL === 'function') {
    const bin = atob(base64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    url = blobUrl = URL.createObjectURL(new Blob([bytes], { type: mime }));
  } else {
    url = `data:${mime.replace(/;.*$/, '')};base64,${base64}`;
  }
  try {
    await browser.downloads.download({ url, filename, saveAs: false, conflictAction: 'uniquify' });
    return { ok: true };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  } finally {
    if (blobUrl) setTimeout(() => URL.revokeObjectURL(blobUrl!), 60_000);
  }
}

browser.commands.onCommand.addListener((command: string, tab?: browser.Tabs.Tab) => {
  if (command !== 'toggle-reader') return;
  void (async () => {
    const id = tab?.id ?? (await activeTabId());
    if (id !== undefined) await toggleReader(id);
  })();
});

function createMenu(): void {
  try {
    browser.contextMenus.create(
      { id: MENU_ID, title: browser.i18n.getMessage('menuToggleReader'), contexts: ['page', 'selection'] },
      // A duplicate id after a restart is harmless; read lastError so it is not reported.
      () => void browser.runtime.lastError,
    );
  } catch {
    // already there
  }
}

browser.runtime.onInstalled.addListener(createMenu);
// Firefox event pages and a restarted Chrome worker may miss onInstalled: create on startup too.
browser.runtime.onStartup.addListener(createMenu);

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
  void toggleReader(tab.id);
});

// Tests and the popup reach the toggle through the background in Chromium, where synthetic key
// presses never reach commands.onCommand.
(globalThis as { tmtToggleReader?: typeof toggleReader }).tmtToggleReader = toggleReader;
