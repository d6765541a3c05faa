/**
 * A tiny MV3 extension, written to a temp dir, that proves the harness independently of the product:
 * a content script on the TMT hosts reports the page's <h1> to the background, which sets the toolbar
 * badge/title for that tab; the popup asks the active tab's content script for the headline and shows
 * it under the same test hooks the real popup uses; `selftestCommand` stands in for a command handler
 * and `selftestCommands` logs real `commands.onCommand` events (Alt+Shift+Y).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserName } from './browser';

export const SELFTEST_GECKO_ID = 'harness-selftest@tmt-reader.org';

const BACKGROUND = `
const api = globalThis.browser ?? globalThis.chrome;
api.runtime.onMessage.addListener((msg, sender) => {
  if (msg && msg.type === 'selftest:status' && sender.tab) {
    api.action.setBadgeText({ tabId: sender.tab.id, text: msg.headline ? 'ok' : '' });
    api.action.setTitle({ tabId: sender.tab.id, title: 'selftest: ' + (msg.headline || 'no headline') });
  }
});
globalThis.selftestCommand = (name) => 'handled ' + name;
globalThis.selftestCommands = [];
// An uncaught error from the extension's own code, for the error-collection self-test.
globalThis.selftestThrowLater = () => { setTimeout(() => { throw new Error('selftest uncaught error'); }, 0); };
api.commands.onCommand.addListener((name) => { globalThis.selftestCommands.push(name); });
`;

const CONTENT = `
const api = globalThis.browser ?? globalThis.chrome;
const headline = () => document.querySelector('h1')?.textContent?.trim() ?? '';
api.runtime.sendMessage({ type: 'selftest:status', headline: headline() });
api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (msg && msg.type === 'selftest:get') sendResponse({ headline: headline(), href: location.href });
});
`;

const POPUP_HTML = `<!doctype html><html lang="en"><meta charset="utf-8"><title>selftest popup</title>
<style>:root{color-scheme:light dark} @media (prefers-color-scheme: dark){body{background:#111;color:#eee}}</style>
<body style="width:320px;font:16px sans-serif"><h1 data-testid="article-title"></h1><p data-testid="status-message">loading</p>
<button type="button" id="copy">Copy</button>
<script src="popup.js"></script></body></html>`;

const POPUP_JS = `
const api = globalThis.browser ?? globalThis.chrome;
document.getElementById('copy').addEventListener('click', () => {
  navigator.clipboard.writeText('“' + document.querySelector('h1').textContent + '” — selftest');
});
(async () => {
  const status = document.querySelector('[data-testid="status-message"]');
  try {
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    const r = await api.tabs.sendMessage(tab.id, { type: 'selftest:get' });
    document.querySelector('[data-testid="article-title"]').textContent = r.headline;
    status.textContent = 'from ' + r.href;
  } catch (e) {
    status.textContent = 'no content script: ' + e.message;
  }
})();
`;

const OPTIONS_HTML = `<!doctype html><html lang="en"><meta charset="utf-8"><title>selftest options</title><body><p id="o">options</p></body></html>`;

/** Writes the self-test extension for `name` into a new temp dir and returns its path. */
export function writeSelftestExtension(name: BrowserName): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `tmt-e2e-selftest-${name}-`));
  const manifest: Record<string, unknown> = {
    manifest_version: 3,
    name: 'TMT harness self-test',
    // Unknown on purpose: both browsers must report it as an install warning.
    selftest_unknown_key: true,
    version: '1.0',
    action: { default_popup: 'popup.html', default_title: 'selftest' },
    options_ui: { page: 'options.html', open_in_tab: true },
    content_scripts: [{ matches: ['*://*.themoscowtimes.com/*'], js: ['content.js'], run_at: 'document_idle' }],
    commands: { 'selftest-command': { suggested_key: { default: 'Alt+Shift+Y' }, description: 'self-test command' } },
    background: name === 'chromium' ? { service_worker: 'background.js' } : { scripts: ['background.js'] },
  };
  if (name === 'firefox') {
    manifest.browser_specific_settings = {
      gecko: { id: SELFTEST_GECKO_ID, strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
    };
  }
  const files: Record<string, string> = {
    'manifest.json': JSON.stringify(manifest, null, 2),
    'background.js': BACKGROUND,
    'content.js': CONTENT,
    'popup.html': POPUP_HTML,
    'popup.js': POPUP_JS,
    'options.html': OPTIONS_HTML,
  };
  for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), text);
  return dir;
}
