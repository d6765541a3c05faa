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
 * Inject the content script into a tab (activeTab grants it after a click, shortcut or menu use; Moscow
 * Times hosts are in host_permissions) and have it start listening now: on its own it waits for the page
 * to be idle. In a tab that has it already (still loading), the second copy only starts the first.
 */
async function inject(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
  await browser.scripting.executeScript({
    target: { tabId },
    func: () => (window as { __tmtContent?: { start(): void } }).__tmtContent?.start(),
  });
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
      .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [message.part === 'quotes' ? 'quotes.js' : 'app.js'] })
      .then(() => ({ ok: true }))
      .catch((err: unknown) => ({ ok: false, error: err instanceof Error ? err.message : String(err) }));
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
