/**
 * The reader app: extraction, the in-page reader, and the answers to the popup and background.
 * Not loaded with the page: the small content script (index.ts) has the background inject it into the tab
 * the first time the user asks for something, and hands it every request through `__tmtApp`.
 * Extraction happens on the first request and is cached per URL (infinite scroll pushState()s new URLs).
 * The quote finder is a bundle of its own (quotes.ts), loaded once the story is on screen or when the popup
 * asks for the article. Nothing here may throw into the page.
 */
import { pageUrlFromDocument } from '../core/address';
import { detectPage } from '../core/detect';
import { prepareRead, readStory } from '../core/read';
import type { ReadResult } from '../core/types';
import type { ArticleResponse, Message, ReaderResponse } from '../shared/messages';
import { articleKey, loadPositions, savePosition } from '../shared/positions';
import { RANGES, loadSettings, type Settings } from '../shared/settings';
import { settingsWriter } from '../shared/settings-writer';
import { ext as browser } from '../platform/ext';
import { translator } from '../ui/i18n';
import { injectedBundle } from './inject';
import { whenIdle } from './idle';
import { Reader, showNotice } from './reader';

declare global {
  interface Window {
    /** Shared with the content script (same isolated world): its requests come through here. */
    __tmtApp?: { handle(message: Message): Promise<unknown> };
  }
}

let cache: { url: string; result: ReadResult } | null = null;
let reader: Reader | null = null;
/** Settings as last read or changed; on article pages read at load (one async storage call). */
let settingsP: Promise<Settings> | null = null;

function settings(): Promise<Settings> {
  settingsP ??= loadSettings(browser.storage.sync);
  return settingsP;
}

// Ask for the most key quotes the settings allow; the UI shows as many as the user chose.
const READ_OPTIONS = { keyQuotes: RANGES.keyQuotes[1] };

/** The article of the page as it is now (cached per URL), maybe without its quotes yet. Throws when the page cannot be read. */
function article(): ReadResult {
  if (!cache || cache.url !== location.href) cache = { url: location.href, result: readStory(document, location.href) };
  return cache.result;
}

/** The quote finder (quotes.js), injected by the background on first use, like this app. */
const quoteFinder = injectedBundle('quotes', () => window.__tmtQuotes);

/** The article with its quotes (found once per URL). */
async function articleWithQuotes(): Promise<ReadResult> {
  const read = article();
  if (!read.quotesPending) return read;
  const full = (await quoteFinder()).withQuotes(read, READ_OPTIONS);
  if (cache?.result === read) cache.result = full;
  return full;
}

async function currentArticle(): Promise<ArticleResponse> {
  try {
    return { ok: true, result: await articleWithQuotes() };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

let positionWrites: Promise<void> = Promise.resolve();

/** This article's key for its reading position: its canonical address. */
function positionKeyHere(): string | null {
  return articleKey(location.href, pageUrlFromDocument(document));
}

// Quick controls can fire fast (+ + +): write once they settle.
const settingsWrites = settingsWriter(browser.storage.sync, { delayMs: 400 });

function getReader(): Reader {
  reader ??= new Reader(document, {
    getArticle: () => {
      const r = article();
      if (!r.isArticle) throw new Error(r.reason);
      return r;
    },
    withQuotes: articleWithQuotes,
    loadSettings: settings,
    saveSettings: (s: Settings) => {
      settingsP = Promise.resolve(s);
      settingsWrites.write(s);
    },
    loadPosition: async () => {
      const key = positionKeyHere();
      return key ? ((await loadPositions(browser.storage.local))[key] ?? null) : null;
    },
    savePosition: (p) => {
      const key = positionKeyHere();
      // One write at a time from this tab, in order (each reads, updates and writes the whole list).
      if (key) positionWrites = positionWrites.then(() => savePosition(browser.storage.local, key, p)).catch(() => undefined);
    },
  });
  return reader;
}

async function onReader(action: 'open' | 'close' | 'toggle', quoteIndex?: number): Promise<ReaderResponse> {
  try {
    const r = getReader();
    if (action === 'close') r.close();
    else if (action === 'open') await r.open(quoteIndex);
    else await r.toggle(quoteIndex);
    return { ok: true, open: r.isOpen };
  } catch (err) {
    if (action !== 'close') {
      // Say why nothing opened (shortcut or menu on a page that is not an article).
      try {
        const t = translator(document.documentElement.lang || navigator.language);
        showNotice(document, t(detectPage(document, location.href).site ? 'notArticle' : 'noStory'));
      } catch {
        // never throw into the page
      }
    }
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

/** Answer one request from the popup or the background (already checked by the content script). */
function handle(message: Message): Promise<unknown> {
  switch (message.type) {
    case 'tmt:get-article':
      return currentArticle();
    case 'tmt:reader':
      return onReader(message.action, message.quoteIndex);
    case 'tmt:print':
      return onReader('open').then((res) => {
        // Let the popup close first, then print (print() blocks until the dialog is dismissed).
        if (res.ok) setTimeout(() => reader?.print(), 50);
        return res;
      });
    default:
      return Promise.resolve({ ok: false, error: 'not for the reader' });
  }
}

function start(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'sync') return;
    const s = settingsWrites.othersChange(changes);
    if (!s) return;
    settingsP = Promise.resolve(s);
    reader?.updateSettings(s);
  });
  window.__tmtApp = { handle };
  // The reader needs the settings to paint: start the storage read now, while the article is extracted.
  void settings().catch(() => undefined);
  // Loaded ahead of a first open (start.ts): set up what a read needs then too. After a toggle, the read goes first.
  whenIdle(() => {
    try {
      prepareRead(window);
    } catch {
      // the first read sets them up instead
    }
  }, 2000);
}

// Injected at most once per page; a second injection finds the first.
if (!window.__tmtApp) {
  try {
    start();
  } catch {
    // never throw into the page
  }
}
