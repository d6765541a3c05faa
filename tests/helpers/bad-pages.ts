/**
 * Bad and extreme input for TMT Reader, generated (nothing big is committed), and a worker-thread runner that reads
 * one page with a time limit and a memory cap. Shared by tests/unit/bad-input.test.ts (a result or a clear message,
 * never a hang) and the benchmark's `badinput` part (scripts/bench/bad-input.ts: the time each page takes, in jsdom
 * and in Chromium). Node only (jsdom, esbuild, worker_threads).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { NODE_BUNDLE } from '../../scripts/bundle-options.mjs';
import { JSDOM, VirtualConsole } from 'jsdom';

export const TMT_URL = 'https://www.themoscowtimes.com/2013/02/25/syria-says-ready-to-talk-with-armed-opposition-a21771';
/** A sentence of the seed story, to build long stories from. */
export const SENTENCE = 'Syria is ready for talks with its armed opponents, the foreign minister said in Moscow on Monday. ';

export interface BadPage {
  /** Stable key (for tests and the bench's JSON). */
  id: string;
  /** What the page is, for people. */
  name: string;
  bytes: Uint8Array;
  /** The address it is read at (and served at, in the browser). */
  url: string;
  /** Read a document whose document element was removed after parsing (no DOM tree at all). */
  removeRoot?: boolean;
  /** Content-Type to serve it with: pages that declare their own charset get none in the header. */
  contentType: string;
  /** Generated stories: how many paragraphs the story has. */
  storyParagraphs?: number;
}

const enc = new TextEncoder();
const utf8 = (s: string): Uint8Array => enc.encode(s);
export const norm = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ').trim();

/** A deterministic byte stream (xorshift), so a failure can be replayed. */
export function garbage(n: number, seed = 0x9e3779b9): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

/** windows-1251 encoder built from the platform's decoder; unmappable characters become '?'. */
export function toWindows1251(text: string): Uint8Array {
  const dec = new TextDecoder('windows-1251');
  const map = new Map<string, number>();
  for (let b = 0x80; b <= 0xff; b++) map.set(dec.decode(Uint8Array.of(b)), b);
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    out.push(c < 0x80 ? c : (map.get(ch) ?? 0x3f));
  }
  return Uint8Array.from(out);
}

export interface Fixture {
  url: string;
  title: string;
  body: string[];
  html: string;
}

function fixture(root: string, rel: string): Fixture {
  const dir = path.join(root, 'tests/fixtures', rel);
  const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as { url: string; title: string; body: string[] };
  return { url: expected.url, title: expected.title, body: expected.body, html: readFileSync(path.join(dir, 'source.html'), 'utf8') };
}

export interface BadPageSet {
  pages: BadPage[];
  page(id: string): BadPage;
  /** The seed article (its page and its story). */
  seed: Fixture;
  /** The Russian fixture the windows-1251 page is made from. */
  ru: Fixture;
}

/** Every bad page, generated from the fixtures under `root`/tests/fixtures. Takes a second or two (jsdom, 20 MB). */
export function makeBadPages(root: string): BadPageSet {
  const seed = fixture(root, 'tmt/seed-syria-2013');
  const ru = fixture(root, 'tmt/ru-publisher-letter-2025');

  // The seed article page with the story's paragraphs replaced by any content: a TMT page around any story.
  const dom = new JSDOM(seed.html, { url: TMT_URL, virtualConsole: new VirtualConsole() });
  const first = Array.from(dom.window.document.querySelectorAll('p')).find((p) => norm(p.textContent ?? '') === norm(seed.body[0]!));
  if (!first?.parentElement) throw new Error('seed story paragraph not found');
  first.parentElement.innerHTML = 'STORYSLOT';
  const [before, after] = dom.serialize().split('STORYSLOT') as [string, string];
  dom.window.close();
  const tmtPage = (content: string): Uint8Array => utf8(before + content + after);

  const html = 'text/html; charset=utf-8';
  const pages: BadPage[] = [];
  const add = (id: string, name: string, bytes: Uint8Array, extra: Partial<BadPage> = {}): void => {
    pages.push({ id, name, bytes, url: TMT_URL, contentType: html, ...extra });
  };

  const para = `<p>${SENTENCE.repeat(40)}</p>\n`;
  const n = Math.ceil(10e6 / para.length);
  add('10mb', '10 MB article', tmtPage(para.repeat(n)), { storyParagraphs: n });

  const paras: string[] = [];
  for (let i = 0; i < 50_000; i++) paras.push(`<p>Paragraph ${i} of the story, with a few words in it.</p>`);
  add('50k-paragraphs', '50,000 paragraphs', tmtPage(paras.join('\n')), { storyParagraphs: 50_000 });

  const deep = '<div>'.repeat(2500) + '<span>'.repeat(2500) + 'Deep inside the story.' + '</span>'.repeat(2500) + '</div>'.repeat(2500);
  add('deep-5000', '5,000-deep nesting', tmtPage(`<p>${SENTENCE}</p>${deep}<p>${SENTENCE}After.</p>`));

  const linkParas: string[] = [];
  for (let i = 0; i < 1000; i++) {
    const links: string[] = [];
    for (let j = 0; j < 100; j++) links.push(`<a href="https://www.themoscowtimes.com/tag/t${i * 100 + j}">word${j}</a>`);
    linkParas.push(`<p>${links.join(' ')}</p>`);
  }
  add('100k-links', '100,000 links', tmtPage(`<p>${SENTENCE}</p>${linkParas.join('\n')}<p>${SENTENCE}</p>`));

  for (const frac of [0.25, 0.5, 0.75, 0.9]) {
    add(`truncated-${frac}`, `seed page truncated at ${frac}`, utf8(seed.html.slice(0, Math.floor(seed.html.length * frac))));
  }

  add('malformed-no-p', 'malformed: no </p>', utf8(seed.html.replaceAll('</p>', '')));
  add('malformed-no-div', 'malformed: no </div>', utf8(seed.html.replaceAll('</div>', '')));
  add(
    'malformed-tag-soup',
    'malformed: tag soup',
    tmtPage(
      `<p>${SENTENCE}<b><i></b></i><table><p>Inside <td>a table</tr><p<p<p>>< /p><a href="x'>broken "attr</a>` +
        `<div <p>${SENTENCE}</p>` + '</span>'.repeat(100) + '<b><p>'.repeat(300) + `<p>${SENTENCE}Last.`,
    ),
  );

  // Served without a charset: the browser sniffs, as it would for a file of unknown type.
  add('garbage', '1 MB of binary garbage', garbage(1 << 20), { contentType: 'text/html' });
  add('empty', 'empty document', new Uint8Array(0));
  add('no-body', 'no <body>', utf8('<!doctype html><html><head><title>Syria Says Ready</title></head></html>'));
  add('no-document-element', 'no document element', utf8('<p>x</p>'), { removeRoot: true });
  add(
    'frameset',
    'frameset',
    utf8('<!doctype html><html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"><noframes><p>No frames.</p></noframes></frameset></html>'),
  );

  const ruHtml = ru.html.replace(/<meta charset="utf-8">/i, '<meta charset="windows-1251">');
  if (!ruHtml.includes('windows-1251')) throw new Error('the Russian fixture has no <meta charset="utf-8"> to replace');
  add('windows-1251', 'windows-1251 Russian page', toWindows1251(ruHtml), { url: ru.url, contentType: 'text/html' });

  return {
    pages,
    seed,
    ru,
    page(id) {
      const p = pages.find((x) => x.id === id);
      if (!p) throw new Error(`no bad page ${id}`);
      return p;
    },
  };
}

// ---------------------------------------------------------------- reading in a worker

/** What readArticle gave in the worker (jsdom): a result, or the Error it threw. Times are wall ms. */
export interface Outcome {
  ok: boolean;
  error?: string;
  parseMs: number;
  readMs: number;
  isArticle?: boolean;
  reason?: string;
  title?: string | null;
  /** The first 50. */
  paragraphs?: string[];
  paragraphCount?: number;
  htmlLength?: number;
}

/** A result with a reason, or a thrown Error whose message a user can act on (the CLI prints it, exit 2). */
export function resultOrClearMessage(o: { ok: boolean; error?: string; reason?: string }): boolean {
  if (o.ok) return typeof o.reason === 'string' && o.reason.length > 10;
  return !!o.error && o.error.length > 10 && !/call stack|is not a function|of undefined|of null|is not iterable/i.test(o.error);
}

/** The worker's answer, or why there is none: no answer within the limit (a hang), or the worker died. */
export type WorkerAnswer = ({ kind: 'done' } & Outcome) | { kind: 'timeout'; limitMs: number } | { kind: 'crash'; message: string };

const WORKER_SRC = `
import { parentPort } from 'node:worker_threads';
import { JSDOM, VirtualConsole } from 'jsdom';
import { readArticle } from './core.mjs';
parentPort.on('message', ({ bytes, url, removeRoot }) => {
  const t0 = performance.now();
  let parseMs = 0;
  try {
    const dom = new JSDOM(Buffer.from(bytes), { url, contentType: 'text/html', virtualConsole: new VirtualConsole() });
    parseMs = performance.now() - t0;
    if (removeRoot) dom.window.document.documentElement.remove();
    const t1 = performance.now();
    const r = readArticle(dom.window.document, url);
    const readMs = performance.now() - t1;
    parentPort.postMessage({ ok: true, parseMs, readMs, isArticle: r.isArticle, reason: r.reason, title: r.title,
      paragraphs: r.paragraphs.slice(0, 50), paragraphCount: r.paragraphs.length, htmlLength: r.html.length });
    dom.window.close();
  } catch (e) {
    parentPort.postMessage({ ok: false, error: String((e && e.message) || e), parseMs, readMs: performance.now() - t0 - parseMs });
  }
});`;

/**
 * Reads pages one at a time in a worker thread (the core compiled from src/ as plain ESM, jsdom as the CLI uses it),
 * with a memory cap and a time limit per page. A worker that hangs or dies is replaced for the next page.
 */
export class BadInputRunner {
  private worker: Worker | null = null;
  private constructor(
    private readonly dir: string,
    readonly memoryMb: number,
  ) {}

  /**
   * `workDir` must lie inside the repository (node_modules/.cache/…) so that jsdom resolves from the worker.
   * jsdom spends kilobytes per element and a read holds a few copies of the story: 3 GB leaves room for
   * 100,000-element pages.
   */
  static async create(root: string, workDir: string, memoryMb = 3072): Promise<BadInputRunner> {
    mkdirSync(workDir, { recursive: true });
    await build({
      ...NODE_BUNDLE,
      entryPoints: { core: path.join(root, 'src/core/index.ts') },
      outdir: workDir,
      outExtension: { '.js': '.mjs' },
      packages: 'external',
      logLevel: 'silent',
    });
    writeFileSync(path.join(workDir, 'worker.mjs'), WORKER_SRC);
    return new BadInputRunner(workDir, memoryMb);
  }

  read(page: Pick<BadPage, 'bytes' | 'url' | 'removeRoot'>, limitMs: number): Promise<WorkerAnswer> {
    this.worker ??= new Worker(path.join(this.dir, 'worker.mjs'), { resourceLimits: { maxOldGenerationSizeMb: this.memoryMb } });
    const w = this.worker;
    return new Promise((resolve) => {
      const finish = (a: WorkerAnswer, dead: boolean): void => {
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        if (dead) {
          this.worker = null;
          void w.terminate();
        }
        resolve(a);
      };
      const timer = setTimeout(() => finish({ kind: 'timeout', limitMs }, true), limitMs);
      const onMessage = (o: Outcome): void => finish({ kind: 'done', ...o }, false);
      const onError = (err: Error): void => finish({ kind: 'crash', message: `the worker crashed: ${err.message}` }, true);
      const onExit = (code: number): void => finish({ kind: 'crash', message: `the worker exited (${code}), e.g. out of its ${this.memoryMb} MB` }, true);
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onExit);
      const copy = page.bytes.slice();
      w.postMessage({ bytes: copy, url: page.url, removeRoot: page.removeRoot ?? false }, [copy.buffer]);
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }
}
