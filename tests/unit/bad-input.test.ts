/**
 * Bad and extreme input, generated here (nothing big is committed): every page must give a result or a clear
 * error, in bounded time and memory; never a hang or a crash. Each case runs in a worker thread with a memory
 * cap and a hard time limit, so a hang fails the test instead of freezing the run. Times are printed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const WORK = path.join(ROOT, 'node_modules', '.cache', 'tmt-bad-input');
const TMT_URL = 'https://www.themoscowtimes.com/2013/02/25/syria-says-ready-to-talk-with-armed-opposition-a21771';
/** Hard limit per input: it catches hangs (performance is measured by `npm run bench`, not here); generous because CI machines are slow and shared. */
const LIMIT_MS = 120_000;
/** jsdom spends kilobytes per element and a read holds a few copies of the story: room for 100,000-element pages. */
const MEMORY_MB = 3072;

interface Outcome {
  ok: boolean;
  error?: string;
  parseMs: number;
  readMs: number;
  isArticle?: boolean;
  reason?: string;
  title?: string | null;
  paragraphs?: string[];
  paragraphCount?: number;
  htmlLength?: number;
}

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

let worker: Worker | null = null;
const timings: string[] = [];

function startWorker(): Worker {
  return new Worker(path.join(WORK, 'worker.mjs'), { resourceLimits: { maxOldGenerationSizeMb: MEMORY_MB } });
}

/** Read one page in the worker; a hang or a crash of the worker is reported as such. */
function readInWorker(name: string, bytes: Uint8Array, opts: { url?: string; removeRoot?: boolean } = {}): Promise<Outcome> {
  worker ??= startWorker();
  const w = worker;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      worker = null;
      void w.terminate();
      reject(new Error(`${name}: no answer within ${LIMIT_MS} ms (hang)`));
    }, LIMIT_MS);
    const onMessage = (o: Outcome) => {
      cleanup();
      timings.push(`${name.padEnd(34)} ${(bytes.length / 1e6).toFixed(2).padStart(6)} MB  parse ${o.parseMs.toFixed(0).padStart(6)} ms  read ${o.readMs.toFixed(0).padStart(6)} ms  -> ${o.ok ? `isArticle=${o.isArticle} paragraphs=${o.paragraphCount}` : `error: ${o.error}`}`);
      resolve(o);
    };
    const onError = (err: Error) => {
      cleanup();
      worker = null;
      reject(new Error(`${name}: the worker crashed: ${err.message}`));
    };
    const onExit = (code: number) => {
      cleanup();
      worker = null;
      reject(new Error(`${name}: the worker exited (${code}), e.g. out of its ${MEMORY_MB} MB`));
    };
    function cleanup() {
      clearTimeout(timer);
      w.off('message', onMessage);
      w.off('error', onError);
      w.off('exit', onExit);
    }
    w.on('message', onMessage);
    w.on('error', onError);
    w.on('exit', onExit);
    const copy = bytes.slice();
    w.postMessage({ bytes: copy, url: opts.url ?? TMT_URL, removeRoot: opts.removeRoot ?? false }, [copy.buffer]);
  });
}

const enc = new TextEncoder();
const utf8 = (s: string) => enc.encode(s);
const norm = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

/** A deterministic byte stream (xorshift), so a failure can be replayed. */
function garbage(n: number, seed = 0x9e3779b9): Uint8Array {
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
function toWindows1251(text: string): Uint8Array {
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

const seedSource = readFileSync(path.join(ROOT, 'tests/fixtures/tmt/seed-syria-2013/source.html'), 'utf8');
const seedBody = (JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/tmt/seed-syria-2013/expected.json'), 'utf8')) as { body: string[] }).body.map(norm);

/** The seed article page with the story's paragraphs replaced by `content`: a TMT page around any story. */
let shell: { before: string; after: string };
function tmtPage(content: string): Uint8Array {
  return utf8(shell.before + content + shell.after);
}

beforeAll(async () => {
  mkdirSync(WORK, { recursive: true });
  // The core and the CLI as plain ESM, next to node_modules so that jsdom & co. resolve.
  await build({
    entryPoints: { core: path.join(ROOT, 'src/core/index.ts'), cli: path.join(ROOT, 'src/cli.ts') },
    outdir: WORK,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'silent',
  });
  writeFileSync(path.join(WORK, 'worker.mjs'), WORKER_SRC);
  const dom = new JSDOM(seedSource, { url: TMT_URL, virtualConsole: new VirtualConsole() });
  const first = Array.from(dom.window.document.querySelectorAll('p')).find((p) => norm(p.textContent ?? '') === seedBody[0]);
  if (!first?.parentElement) throw new Error('seed story paragraph not found');
  first.parentElement.innerHTML = 'STORYSLOT';
  const [before, after] = dom.serialize().split('STORYSLOT') as [string, string];
  shell = { before, after };
  dom.window.close();
}, 60_000);

afterAll(async () => {
  await worker?.terminate();
  console.log(`bad input: time per page (worker thread, ${MEMORY_MB} MB cap)\n${timings.join('\n')}`);
});

const T = { timeout: LIMIT_MS + 15_000 };

/** A result with a reason, or a thrown Error whose message a user can act on (the CLI prints it, exit 2). */
function resultOrClearError(o: Outcome): boolean {
  if (o.ok) return typeof o.reason === 'string' && o.reason.length > 10;
  return !!o.error && o.error.length > 10 && !/call stack|is not a function|of undefined|of null|is not iterable/i.test(o.error);
}
const sentence = 'Syria is ready for talks with its armed opponents, the foreign minister said in Moscow on Monday. ';

describe('bad input: every page gives a result or a clear error, in bounded time', () => {
  it('a 10 MB article', T, async () => {
    const para = `<p>${sentence.repeat(40)}</p>\n`;
    const n = Math.ceil(10e6 / para.length);
    const bytes = tmtPage(para.repeat(n));
    expect(bytes.length).toBeGreaterThanOrEqual(10e6);
    const o = await readInWorker('10 MB article', bytes);
    expect(resultOrClearError(o), o.error).toBe(true);
    if (o.ok) expect(o.paragraphCount).toBeGreaterThanOrEqual(n);
  });

  it('50,000 paragraphs', T, async () => {
    const parts: string[] = [];
    for (let i = 0; i < 50_000; i++) parts.push(`<p>Paragraph ${i} of the story, with a few words in it.</p>`);
    const o = await readInWorker('50,000 paragraphs', tmtPage(parts.join('\n')));
    expect(resultOrClearError(o), o.error).toBe(true);
    if (o.ok) {
      expect(o.paragraphCount).toBeGreaterThanOrEqual(50_000);
      expect(o.paragraphs![0]).toBe('Paragraph 0 of the story, with a few words in it.');
    }
  });

  it('5,000-deep nesting', T, async () => {
    const deep = '<div>'.repeat(2500) + '<span>'.repeat(2500) + 'Deep inside the story.' + '</span>'.repeat(2500) + '</div>'.repeat(2500);
    const o = await readInWorker('5,000-deep nesting', tmtPage(`<p>${sentence}</p>${deep}<p>${sentence}After.</p>`));
    // A result, or a clear error; never a stack overflow or a hang.
    expect(resultOrClearError(o), o.error).toBe(true);
    if (o.ok && o.isArticle) expect(o.paragraphs!.some((p) => p.includes('After.'))).toBe(true);
  });

  it('100,000 links', T, async () => {
    const parts: string[] = [];
    for (let i = 0; i < 1000; i++) {
      const links: string[] = [];
      for (let j = 0; j < 100; j++) links.push(`<a href="https://www.themoscowtimes.com/tag/t${i * 100 + j}">word${j}</a>`);
      parts.push(`<p>${links.join(' ')}</p>`);
    }
    const o = await readInWorker('100,000 links', tmtPage(`<p>${sentence}</p>${parts.join('\n')}<p>${sentence}</p>`));
    expect(resultOrClearError(o), o.error).toBe(true);
  });

  it.each([0.25, 0.5, 0.75, 0.9])('the seed page truncated at %s of its length', async (frac) => {
    const cut = seedSource.slice(0, Math.floor(seedSource.length * frac));
    const o = await readInWorker(`truncated at ${frac}`, utf8(cut));
    expect(o.ok, o.error).toBe(true);
    expect(o.reason!.length).toBeGreaterThan(0);
    // Whatever story text made it into the cut is read.
    if (o.isArticle) expect(o.paragraphs![0]).toBe(seedBody[0]);
  }, LIMIT_MS + 15_000);

  it('malformed HTML: no closing tags, stray and misnested tags, broken attributes', { timeout: 3 * LIMIT_MS }, async () => {
    const variants = {
      'no </p>': seedSource.replaceAll('</p>', ''),
      'no </div>': seedSource.replaceAll('</div>', ''),
      'tag soup': tmtPage(
        `<p>${sentence}<b><i></b></i><table><p>Inside <td>a table</tr><p<p<p>>< /p><a href="x'>broken "attr</a>` +
          `<div <p>${sentence}</p>` + '</span>'.repeat(100) + '<b><p>'.repeat(300) + `<p>${sentence}Last.`,
      ),
    };
    for (const [name, html] of Object.entries(variants)) {
      const o = await readInWorker(`malformed: ${name}`, typeof html === 'string' ? utf8(html) : html);
      expect(o.ok, `${name}: ${o.error}`).toBe(true);
      expect(o.reason!.length, name).toBeGreaterThan(10);
      if (o.isArticle) expect(o.paragraphs!.join(' '), name).toContain('Syria');
    }
  });

  it('binary garbage', T, async () => {
    // In-process the bytes decode to mojibake text: any result with a reason will do (the CLI refuses them).
    const o = await readInWorker('1 MB of binary garbage', garbage(1 << 20));
    expect(o.ok, o.error).toBe(true);
    expect(o.reason!.length).toBeGreaterThan(10);
  });

  it('an empty document', T, async () => {
    const o = await readInWorker('empty document', new Uint8Array(0));
    expect(o.ok, o.error).toBe(true);
    expect(o.isArticle).toBe(false);
    expect(o.reason!.length).toBeGreaterThan(10);
  });

  it('no <body> (and no document element at all)', T, async () => {
    const o = await readInWorker('no <body>', utf8('<!doctype html><html><head><title>Syria Says Ready</title></head></html>'));
    expect(o.ok, o.error).toBe(true);
    expect(o.isArticle).toBe(false);
    const none = await readInWorker('no document element', utf8('<p>x</p>'), { removeRoot: true });
    expect(none.ok).toBe(false);
    expect(none.error).toMatch(/not an html document/i);
  });

  it('a frameset', T, async () => {
    const o = await readInWorker(
      'frameset',
      utf8('<!doctype html><html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"><noframes><p>No frames.</p></noframes></frameset></html>'),
    );
    expect(o.ok, o.error).toBe(true);
    expect(o.isArticle).toBe(false);
  });

  it('a windows-1251 Russian page is decoded by its charset', T, async () => {
    const dir = path.join(ROOT, 'tests/fixtures/tmt/ru-publisher-letter-2025');
    const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as { url: string; title: string; body: string[] };
    const html = readFileSync(path.join(dir, 'source.html'), 'utf8').replace(/<meta charset="utf-8">/i, '<meta charset="windows-1251">');
    expect(html).toContain('windows-1251');
    const bytes = toWindows1251(html);
    const o = await readInWorker('windows-1251 Russian page', bytes, { url: expected.url });
    expect(o.ok, o.error).toBe(true);
    expect(o.isArticle).toBe(true);
    const back = (s: string) => new TextDecoder('windows-1251').decode(toWindows1251(s));
    expect(o.title).toBe(back(expected.title));
    expect(o.paragraphs!.map(norm)).toEqual(expected.body.slice(0, 50).map((p) => norm(back(p))));
  });
});

describe('bad input through the CLI (exit 2 and one line on stderr for unreadable input)', () => {
  const cli = (args: string[], input?: Uint8Array) =>
    spawnSync(process.execPath, [path.join(WORK, 'cli.mjs'), ...args], { input, timeout: LIMIT_MS, encoding: 'utf8' });

  it('binary garbage, a missing file, a directory', T, () => {
    const bin = path.join(WORK, 'garbage.bin');
    writeFileSync(bin, garbage(64 * 1024));
    for (const file of [bin, path.join(WORK, 'no-such-file.html'), WORK]) {
      const r = cli(['read', file, '--json']);
      expect(r.status, file).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')[0]).toMatch(/^tmt-reader: .+/);
    }
  });

  it('an empty page: exit 0, not an article, with a reason', T, () => {
    const r = cli(['read', '-', '--json'], new Uint8Array(0));
    expect(r.status, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout) as { isArticle: boolean; reason: string };
    expect(j.isArticle).toBe(false);
    expect(j.reason.length).toBeGreaterThan(10);
  });
});
