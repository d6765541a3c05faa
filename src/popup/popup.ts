/**
 * Popup: asks the page's content script for the clean story and shows it with the key quotes and the
 * actions (reader, Markdown, print). On other pages it says why there is nothing to show and, on other
 * sites, offers "Read this page anyway" (activeTab: no standing permission for all sites).
 */
import type { ReadResult } from '../core/types';
import type { ArticleResponse, Message, ReaderResponse } from '../shared/messages';
import { DEFAULT_SETTINGS, loadSettings, type Settings } from '../shared/settings';
import { copyText } from '../ui/clipboard';
import { articleToMarkdown, citation, shownQuotes } from '../ui/format';
import { translator, type MsgKey, type T } from '../ui/i18n';
import { applySettings, h, renderArticle } from '../ui/render';
import { ARTICLE_CSS } from '../ui/styles';
import { icon as svgIcon, type IconName } from '../ui/icons';
import { ext as browser } from '../platform/ext';
import { matchPattern } from '../platform/match-pattern';
import { keepActions } from './keep-actions';

const shell = document.getElementById('shell') as HTMLElement;
const app = document.getElementById('app') as HTMLElement;
/** Messages about the page (before we know its language) follow the browser's language. */
const uiT = translator(browser.i18n.getUILanguage());

function adoptStyles(): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(ARTICLE_CSS);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // Very old engines: the popup still works with popup.css alone.
  }
}

function look(s: Settings): void {
  // The popup is narrow: keep the user's theme and font, cap the size.
  applySettings(shell, { ...s, fontSize: Math.min(s.fontSize, 17), lineHeight: Math.min(s.lineHeight, 1.6) });
}

function send<R>(tabId: number, msg: Message): Promise<R> {
  return browser.tabs.sendMessage(tabId, msg) as Promise<R>;
}

function status(t: T, key: MsgKey, detail?: string, actions: HTMLElement[] = []): void {
  app.setAttribute('aria-busy', 'false');
  app.replaceChildren(
    h(
      document,
      'div',
      { class: 'status-box' },
      h(document, 'p', { class: 'tmt-kicker' }, t('extName')),
      // Only the message is announced (role=status), never the whole story.
      h(document, 'p', { class: 'status', role: 'status', 'data-testid': 'status-message', 'data-status': key }, t(key)),
      detail ? h(document, 'p', { class: 'tmt-meta', 'data-testid': 'status-detail' }, detail) : null,
      actions.length ? h(document, 'div', { class: 'status-actions' }, ...actions) : null,
    ),
  );
}

/** A button; with `icon`, only the icon shows and the label is its accessible name and tooltip. */
function button(label: string, testid: string, onClick: (b: HTMLElement) => void, primary = false, icon?: IconName): HTMLElement {
  const b = h(
    document,
    'button',
    { type: 'button', class: `tmt-btn${primary ? ' tmt-primary' : ''}${icon ? ' icon' : ''}`, 'data-testid': testid, title: icon ? label : null },
    icon ? svgIcon(document, icon) : null,
    icon ? h(document, 'span', { class: 'sr' }, label) : label,
  );
  b.addEventListener('click', () => onClick(b));
  return b;
}

function isHttp(url: string | undefined): url is string {
  return !!url && /^https?:\/\//i.test(url);
}

/** Is `url` a page our content script runs on? The manifest's match patterns are the one list of hosts. */
function isTmt(url: string | undefined): boolean {
  if (!url) return false;
  const patterns = (browser.runtime.getManifest().content_scripts ?? []).flatMap((c) => c.matches ?? []);
  return patterns.some((p) => matchPattern(p, url));
}

function showArticle(tabId: number, r: ReadResult, settings: Settings): void {
  const t = translator(r.lang);
  document.documentElement.lang = r.lang || 'en';
  const feedback = h(document, 'span', { class: 'feedback', role: 'status', 'data-testid': 'popup-feedback' });
  const say = (key: MsgKey) => (feedback.textContent = t(key));
  const toReader = async (quoteIndex?: number) => {
    const res = await send<ReaderResponse>(tabId, { type: 'tmt:reader', action: 'open', quoteIndex }).catch(() => null);
    if (res?.ok) window.close();
  };
  const rendered = renderArticle(document, r, {
    t,
    settings,
    win: window,
    linkTitle: true,
    newTabLinks: true,
    onShowQuote: (i) => void toReader(i),
    onCopyQuote: (i) => {
      const q = r.keyQuotes[i];
      if (q) void copyText(citation(q, r, t)).then((ok) => say(ok ? 'copied' : 'copyFailed'));
    },
  });
  const actions = h(
    document,
    'div',
    { class: 'actions', role: 'toolbar', 'aria-label': t('extName') },
    button(t('openReader'), 'open-reader', () => void toReader(), true),
    button(
      t('copyMarkdown'),
      'copy-markdown',
      () => {
        const md = articleToMarkdown(r, rendered.story, t, shownQuotes(r, settings.keyQuotes));
        void copyText(md).then((ok) => say(ok ? 'copied' : 'copyFailed'));
      },
      false,
      'copy',
    ),
    feedback,
    h(document, 'span', { class: 'spacer' }),
    button(
      t('print'),
      'print',
      () => {
        void send<ReaderResponse>(tabId, { type: 'tmt:print' })
          .then((res) => res?.ok && window.close())
          .catch(() => undefined);
      },
      false,
      'print',
    ),
    button(t('settings'), 'open-settings', () => void browser.runtime.openOptionsPage().then(() => window.close()), false, 'settings'),
  );
  const keep = keepActions(document, { r, t, settings, say: (text) => (feedback.textContent = text) });
  app.setAttribute('aria-busy', 'false');
  app.replaceChildren(actions, keep, rendered.root);
  // Time from the popup's start to the story in the DOM (read by the e2e tests and the benchmark).
  performance.mark('tmt-popup-content');
}

async function readTab(tabId: number): Promise<ArticleResponse | null> {
  try {
    return (await send<ArticleResponse>(tabId, { type: 'tmt:get-article' })) ?? null;
  } catch {
    return null; // no content script in this tab
  }
}

async function main(): Promise<void> {
  adoptStyles();
  const settingsP = loadSettings(browser.storage.sync).catch(() => ({ ...DEFAULT_SETTINGS }));
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  // Say "reading…" only if it takes long enough to notice; on the sample article it never shows.
  const slow = setTimeout(() => status(uiT, 'loading'), 300);
  const done = (): void => clearTimeout(slow);
  if (tab?.id === undefined) return done(), status(uiT, 'restricted');
  const tabId = tab.id;
  // Ask the page first: the extraction is the long pole; settings arrive meanwhile.
  const resP = readTab(tabId).then(async (res) => {
    if (res || !isTmt(tab.url)) return res;
    // A Moscow Times tab whose content script is not listening yet (the page is still loading) or never ran
    // (it was open before the extension was installed): have the background start it, then ask again.
    const woke = (await browser.runtime.sendMessage({ type: 'tmt:read-anyway', tabId }).catch(() => null)) as { ok?: boolean } | null;
    return woke?.ok ? readTab(tabId) : null;
  });
  const settings = await settingsP;
  look(settings);
  const res = await resP;
  done();
  if (!res) {
    // Without a URL (no activeTab grant, e.g. a browser page) we cannot tell: offer to try.
    if (tab.url && !isHttp(tab.url)) return status(uiT, 'restricted');
    // A Moscow Times tab without our content script was loaded before the extension: read it now.
    return offerReadAnyway(tabId, settings, isTmt(tab.url) ? 'reloadHint' : 'notTmt');
  }
  if (!res.ok) return status(uiT, 'readError', res.error);
  const r = res.result;
  if (!r.isArticle) {
    if (isTmt(r.url) || isTmt(tab.url)) return status(translator(r.lang), 'notArticle');
    return status(uiT, 'noStory');
  }
  showArticle(tabId, r, settings);
}

function offerReadAnyway(tabId: number, settings: Settings, why: MsgKey): void {
  const go = button(
    uiT('readAnyway'),
    'read-anyway',
    async (b) => {
      b.setAttribute('disabled', '');
      const injected = (await browser.runtime.sendMessage({ type: 'tmt:read-anyway', tabId }).catch(() => null)) as
        | { ok: boolean; error?: string }
        | null;
      if (!injected?.ok) return status(uiT, 'restricted', injected?.error);
      const res = await readTab(tabId);
      if (!res?.ok) return status(uiT, 'readError', res && !res.ok ? res.error : undefined);
      if (!res.result.isArticle) return status(uiT, 'noStory');
      showArticle(tabId, res.result, settings);
    },
    true,
  );
  status(uiT, why, undefined, [go]);
}

main().catch((err: unknown) => status(uiT, 'readError', err instanceof Error ? err.message : String(err)));
