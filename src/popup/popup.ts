/** Popup: asks the page's content script for the clean story and shows it. */
import browser from 'webextension-polyfill';
import { sanitizeHtml } from '../core/sanitize';
import type { ArticleResponse } from '../shared/messages';

const app = document.getElementById('app') as HTMLElement;
const t = (key: string): string => browser.i18n.getMessage(key) || key;

function status(text: string): void {
  app.replaceChildren();
  const p = document.createElement('p');
  p.className = 'status';
  p.dataset.testid = 'status-message';
  p.textContent = text;
  app.append(p);
}

async function main(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab?.id) return status(t('notTmt'));
  let response: ArticleResponse | undefined;
  try {
    response = (await browser.tabs.sendMessage(tab.id, { type: 'tmt:get-article' })) as ArticleResponse;
  } catch {
    return status(t('notTmt'));
  }
  if (!response?.ok) return status(response?.error ?? t('readError'));
  const r = response.result;
  if (!r.isArticle) return status(r.reason);
  app.replaceChildren();
  const h1 = document.createElement('h1');
  h1.dataset.testid = 'article-title';
  h1.textContent = r.title ?? '';
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = [r.byline, r.published ? new Date(r.published).toLocaleDateString(r.lang) : null]
    .filter(Boolean)
    .join(' · ');
  const body = document.createElement('article');
  body.dataset.testid = 'article-body';
  body.lang = r.lang;
  // Sanitized again at the render boundary: this page is privileged.
  body.innerHTML = sanitizeHtml(r.html, window, { baseUrl: r.url });
  app.append(h1, meta, body);
}

main().catch((err: unknown) => status(err instanceof Error ? err.message : String(err)));
