/**
 * Background: keeps the toolbar button in step with the page (a clean view is available or not) and
 * runs the generic reader on other sites when the user asks (activeTab + scripting).
 */
import browser from 'webextension-polyfill';
import { isMessage } from '../shared/messages';

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

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id || !isMessage(message)) return undefined;
  if (message.type === 'tmt:page-status') {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    return setPageStatus(tabId, message.isArticle).catch(() => undefined);
  }
  if (message.type === 'tmt:read-anyway') {
    return browser.scripting
      .executeScript({ target: { tabId: message.tabId }, files: ['content.js'] })
      .then(() => ({ ok: true }))
      .catch((err: unknown) => ({ ok: false, error: err instanceof Error ? err.message : String(err) }));
  }
  return undefined;
});
