/**
 * Keep: the offline copies (one-file HTML, Markdown, EPUB) built from real fixtures, checked as a reader and a
 * validator would: the HTML has its images inside, runs nothing and loads nothing; the EPUB passes Debian's
 * epubcheck; the Markdown carries the citation. And the CLI's `cite` and `save` on every fixture.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { unzipSync, strFromU8 } from 'fflate';
import { JSDOM } from 'jsdom';
import { run as runCommand } from '../../src/cli/run';
import { readArticle } from '../../src/core';
import type { ReadResult } from '../../src/core/types';
import { keepArticle, keepFileName, type KeepInput } from '../../src/export';
import { KEEP_CSS, KEEP_CSS_SHA256 } from '../../src/export/article';
import { sniffImage } from '../../src/export/images';
import { translator } from '../../src/ui/i18n';
import { domOf, FIXTURE_ROOT, loadCases } from './helpers/fixtures';
import { QUICK_JVM } from '../helpers/java';

const ROOT = path.resolve(__dirname, '../..');
const EPUBCHECK_JAR = '/usr/bin/epubcheck';
/** A real 1×1 PNG: what the fake network answers for every image. */
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));
const NOW = new Date('2026-12-06T12:00:00Z');

function fixture(set: string, name: string): { r: ReadResult; win: Window } {
  const dir = path.join(FIXTURE_ROOT, set, name);
  const { url } = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as { url: string };
  const dom = domOf(readFileSync(path.join(dir, 'source.html'), 'utf8'), url);
  return { r: readArticle(dom.window.document, url), win: dom.window as unknown as Window };
}

function input(f: { r: ReadResult; win: Window }): KeepInput {
  return { result: f.r, win: f.win, t: translator(f.r.lang), keyQuotes: f.r.keyQuotes.slice(0, 3), accessed: '2026-12-06' };
}

/** A fetcher that records what it was asked for and answers with the PNG (or nothing, for `missing`). */
function fakeNetwork(missing: (url: string) => boolean = () => false) {
  const asked: string[] = [];
  return { asked, fetchImage: async (url: string) => (asked.push(url), missing(url) ? null : PNG) };
}

describe('keep: one self-contained HTML file', () => {
  const f = fixture('tmt', 'news-lavrov-2025');
  let html = '';
  let doc: Document;
  const net = fakeNetwork();

  beforeAll(async () => {
    const file = await keepArticle(input(f), 'html', { fetchImage: net.fetchImage, now: NOW });
    expect(file.filename).toBe('2025-08-22-lavrov-says-no-meeting-planned-between-putin-and-zelensky.html');
    expect(file.mime).toBe('text/html;charset=utf-8');
    expect(file.images).toEqual({ kept: 1, total: 1 });
    html = new TextDecoder().decode(file.bytes);
    doc = new JSDOM(html).window.document;
  });

  it('asks only for the article’s own images, each once', () => {
    expect(net.asked).toEqual([f.r.leadImage!.src]);
  });

  it('has every image inside as a data: URL, and nothing else to load', () => {
    const imgs = Array.from(doc.querySelectorAll('img'));
    expect(imgs.length).toBeGreaterThan(0);
    for (const img of imgs) expect(img.getAttribute('src')).toBe(`data:image/png;base64,${Buffer.from(PNG).toString('base64')}`);
    expect(doc.querySelectorAll('[srcset], link[rel=stylesheet], iframe, object, embed, video, audio, source').length).toBe(0);
  });

  it('runs nothing: no script, no handlers, a strict CSP whose one style is allowed by its hash', () => {
    expect(doc.querySelectorAll('script, noscript').length).toBe(0);
    for (const el of Array.from(doc.querySelectorAll('*'))) {
      for (const a of Array.from(el.attributes)) expect(a.name.startsWith('on'), `${el.tagName} ${a.name}`).toBe(false);
    }
    for (const a of Array.from(doc.querySelectorAll('a[href]'))) expect(a.getAttribute('href')).toMatch(/^https?:\/\//);
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    const hash = createHash('sha256').update(KEEP_CSS).digest('base64');
    expect(KEEP_CSS_SHA256).toBe(hash);
    expect(csp).toBe(`default-src 'none'; img-src data:; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`);
    expect(doc.querySelectorAll('style').length).toBe(1);
    expect(doc.querySelector('style')!.textContent).toBe(KEEP_CSS);
    expect(doc.querySelectorAll('[style]').length).toBe(0);
    // The CSP comes before anything it governs.
    expect(doc.head.firstElementChild!.getAttribute('charset')).toBe('utf-8');
    expect(doc.head.children[1]!.getAttribute('http-equiv')).toBe('Content-Security-Policy');
  });

  it('holds the story, the lead image’s caption and credit, and the key quotes linking to themselves', () => {
    expect(doc.querySelector('h1')!.textContent).toBe(f.r.title);
    const text = doc.body.textContent!;
    for (const p of f.r.paragraphs) expect(text).toContain(p);
    expect(text).toContain('Russian Foreign Ministry');
    const links = Array.from(doc.querySelectorAll('.key-quotes a'), (a) => a.getAttribute('href')!);
    expect(links).toHaveLength(3);
    for (const l of links) expect(l).toMatch(/^https:\/\/www\.themoscowtimes\.com\/2025\/08\/22\/lavrov-says-no-meeting-planned-between-putin-and-zelensky-a90330#:~:text=/);
  });

  it('carries the citation: head metadata, the source, the access date, APA and Chicago', () => {
    const meta = (name: string) => Array.from(doc.querySelectorAll(`meta[name="${name}"]`), (m) => m.getAttribute('content'));
    expect(meta('citation_title')).toEqual([f.r.title]);
    expect(meta('citation_author')).toEqual(['The Moscow Times']);
    expect(meta('citation_publication_date')).toEqual(['2025/08/22']);
    expect(meta('citation_public_url')).toEqual([f.r.url]);
    expect(meta('DC.language')).toEqual(['en']);
    expect(doc.querySelector('link[rel=canonical]')!.getAttribute('href')).toBe(f.r.url);
    const cite = doc.querySelector('.cite')!.textContent!;
    expect(cite).toContain('(accessed December 6, 2026)');
    expect(cite).toContain(`APA The Moscow Times. (2025, August 22). Lavrov Says ‘No Meeting Planned’ Between Putin and Zelensky. ${f.r.url}`);
    expect(doc.querySelector('.cite i')!.textContent).toBe('Lavrov Says ‘No Meeting Planned’ Between Putin and Zelensky');
  });

  it('an image that cannot be fetched is left out, its caption kept', async () => {
    const file = await keepArticle(input(f), 'html', { fetchImage: fakeNetwork(() => true).fetchImage, now: NOW });
    expect(file.images).toEqual({ kept: 0, total: 1 });
    const d = new JSDOM(new TextDecoder().decode(file.bytes)).window.document;
    expect(d.querySelectorAll('img').length).toBe(0);
    expect(d.body.textContent).toContain('Russian Foreign Minister Sergei Lavrov.');
  });

  it('never keeps what is not an image (SVG can carry script)', () => {
    expect(sniffImage(new TextEncoder().encode('<svg onload="alert(1)"/>'))).toBeNull();
    expect(sniffImage(PNG)).toEqual({ mime: 'image/png', ext: 'png' });
  });
});

describe('keep: Markdown', () => {
  it('front matter with the citation, the article, key quotes linking to themselves, the citations', async () => {
    const f = fixture('tmt', 'ru-publisher-letter-2025');
    const net = fakeNetwork();
    const file = await keepArticle(input(f), 'md', { fetchImage: net.fetchImage, now: NOW });
    expect(net.asked).toEqual([]);
    expect(file.filename).toBe('2025-07-17-лимитированная-серия-бокалов-к-годовщине-нежелательности-the-moscow-times.md');
    const md = new TextDecoder().decode(file.bytes);
    expect(md.startsWith(`---
title: "Лимитированная серия бокалов к годовщине «нежелательности» The Moscow Times"
author:
  - "Александр Губский"
publisher: "The Moscow Times"
date: 2025-07-17
lang: ru
url: "${f.r.url}"
accessed: 2026-12-06
---

# Лимитированная серия бокалов к годовщине «нежелательности» The Moscow Times
`)).toBe(true);
    expect(md).toContain(`![](${f.r.leadImage!.src})`);
    expect(md).toContain('## Как цитировать');
    expect(md).toContain(`APA: Губский, А. (2025, July 17). *Лимитированная серия бокалов к годовщине «нежелательности» The Moscow Times*. The Moscow Times. ${f.r.url}`);
    expect(md).toContain('Chicago: Губский, Александр. “Лимитированная серия бокалов к годовщине «нежелательности» The Moscow Times.” *Moscow Times*, July 17, 2025.');
    for (const p of f.r.paragraphs.slice(0, 3)) expect(md).toContain(p.slice(0, 40));
  });
});

/** epubcheck from Debian (`apt-get install epubcheck`): a jar run with java. Missing is a failure, not a skip. */
function epubcheck(file: string): { status: number | null; out: string } {
  if (!existsSync(EPUBCHECK_JAR)) throw new Error(`epubcheck is missing (${EPUBCHECK_JAR}): install it with apt-get install epubcheck`);
  const r = spawnSync('java', [...QUICK_JVM, '-jar', EPUBCHECK_JAR, file], { encoding: 'utf8', timeout: 170_000 });
  if (r.error) throw new Error(`epubcheck could not run (java -jar ${EPUBCHECK_JAR}): ${r.error.message}`);
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
}

describe('keep: EPUB 3', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tmt-keep-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a Russian article with its lead image: the zip is laid out as OCF requires and epubcheck passes it', { timeout: 180_000 }, async () => {
    const f = fixture('tmt-extra', 'ru-news-2026');
    const file = await keepArticle(input(f), 'epub', { fetchImage: fakeNetwork().fetchImage, now: NOW });
    expect(file.filename).toMatch(/^2026-10-21-власти-расширят-белые-списки-сайтов.*\.epub$/);
    expect(file.images).toEqual({ kept: 1, total: 1 });
    // mimetype first, stored, no extra field: "PK\3\4", then at offset 30 the name and at 38 the type.
    const b = file.bytes;
    expect(Buffer.from(b.subarray(0, 4)).toString('latin1')).toBe('PK\u0003\u0004');
    expect(b[8]! | (b[9]! << 8)).toBe(0);
    expect(Buffer.from(b.subarray(30, 38 + 20)).toString('latin1')).toBe('mimetypeapplication/epub+zip');
    const files = unzipSync(b);
    expect(Object.keys(files)).toEqual([
      'mimetype', 'META-INF/container.xml', 'OEBPS/content.opf', 'OEBPS/nav.xhtml', 'OEBPS/article.xhtml', 'OEBPS/style.css', 'OEBPS/images/image-1.png',
    ]);
    const opf = strFromU8(files['OEBPS/content.opf']!);
    expect(opf).toContain('<dc:language>ru</dc:language>');
    expect(opf).toContain('<dc:creator id="creator1">The Moscow Times</dc:creator>');
    expect(opf).toContain('<dc:date>2026-10-21</dc:date>');
    expect(opf).toContain('<meta property="dcterms:modified">2026-12-06T12:00:00Z</meta>');
    expect(opf).toContain('properties="cover-image"');
    const article = strFromU8(files['OEBPS/article.xhtml']!);
    expect(article).toContain('<img src="images/image-1.png"');
    expect(article).toContain('Сергей Киселев / Агентство «Москва»');
    expect(article).not.toMatch(/<script|\son\w+=/i);

    const out = path.join(dir, file.filename);
    writeFileSync(out, b);
    const check = epubcheck(out);
    expect(check.out).toContain('No errors or warnings detected.');
    expect(check.status).toBe(0);
  });
});

describe('keep: file names from the date and headline', () => {
  it('dated slug, any script, no characters a file system refuses', () => {
    expect(keepFileName({ title: 'Who Is Next? A/B: “Test” <1>', published: '2024-03-14T18:05:00+01:00', url: '' }, 'html')).toBe(
      '2024-03-14-who-is-next-a-b-test-1.html',
    );
    expect(keepFileName({ title: null, published: null, url: '' }, 'epub')).toBe('article.epub');
    expect(keepFileName({ title: 'x'.repeat(300), published: null, url: '' }, 'md')).toBe(`${'x'.repeat(80)}.md`);
  });
});

describe('CLI: cite and save on every fixture', () => {
  const WORK = path.join(ROOT, 'node_modules', '.cache', 'tmt-cli-keep');
  const run = promisify(execFile);
  const cli = (args: string[]) => run(process.execPath, [path.join(WORK, 'cli.mjs'), ...args], { encoding: 'utf8', timeout: 120_000 });

  beforeAll(async () => {
    mkdirSync(WORK, { recursive: true });
    await build({ entryPoints: { cli: path.join(ROOT, 'src/cli.ts') }, outdir: WORK, outExtension: { '.js': '.mjs' }, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'silent' });
  }, 60_000);

  const CITE = ['bibtex', 'ris', 'csljson', 'apa', 'chicago'];
  const SAVE = ['html', 'md', 'epub'];
  const articles = loadCases().filter((c) => c.expected.isArticle);

  /**
   * The same commands run in this process (src/cli/run.ts, what the entry point calls), writing to strings: a Node
   * process per command costs a second or more of CPU, and the real process is tested on the first fixtures below.
   */
  const inProcess = async (args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const write = (to: string[]) => (text: string) => (to.push(text), true);
    const code = await runCommand(args, { stdin: process.stdin, stdout: { write: write(out), once: () => undefined }, stderr: { write: write(err) } });
    if (code !== 0) throw new Error(`exit code ${code}: ${err.join('')}`);
    return { stdout: out.join(''), stderr: err.join('') };
  };
  // Enough fixtures through the built CLI as a process for every citation and save format (CITE × SAVE in turn).
  const IN_A_PROCESS = CITE.length * SAVE.length;

  it(`every article fixture (${articles.length}) gives a citation and a copy; formats taken in turn`, { timeout: 600_000 }, async () => {
    expect(articles.length).toBeGreaterThanOrEqual(12);
    // Two at a time: the machine's two cores.
    const queue = articles.map((c, i) => [c, i] as const);
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await oneFixture(...next);
    };
    const oneFixture = async (c: (typeof articles)[number], i: number) => {
        const command = i < IN_A_PROCESS ? cli : inProcess;
        const source = path.join(c.dir, 'source.html');
        const format = CITE[i % CITE.length]!;
        const { stdout } = await command(['cite', source, '--url', c.expected.url, '--format', format]);
        // A page read at its address with a query (an AMP copy's ?amp) is cited at its canonical address, without it.
        const cited = c.expected.url.split('?')[0]!;
        expect(stdout, `${c.name} ${format}`).toContain(format === 'chicago' ? `${cited}.` : cited);
        const keep = SAVE[i % SAVE.length]!;
        const out = path.join(WORK, `${c.name.replace(/\//g, "-")}.${keep}`);
        const saved = await command(['save', source, '--url', c.expected.url, '--format', keep, '-o', out, '--no-images']);
        expect(saved.stderr).toMatch(new RegExp(`^tmt-reader: wrote ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(\\d+ bytes`));
        const bytes = readFileSync(out);
        if (keep === 'epub') expect(bytes.subarray(30, 58).toString('latin1')).toBe('mimetypeapplication/epub+zip');
        else expect(bytes.toString('utf8')).toContain(c.expected.title!.slice(0, 20));
    };
    await Promise.all([worker(), worker()]);
  });

  it('reads standard input; refuses a page that is not an article, an unknown format, a missing -o', { timeout: 300_000 }, async () => {
    const seed = path.join(FIXTURE_ROOT, 'tmt/seed-syria-2013/source.html');
    const piped = spawnSync(process.execPath, [path.join(WORK, 'cli.mjs'), 'cite', '-', '--format', 'ris'], { input: readFileSync(seed), encoding: 'utf8' });
    expect(piped.status, piped.stderr).toBe(0);
    expect(piped.stdout).toMatch(/^TY {2}- NEWS\nAU {2}- The Moscow Times\nTI {2}- Syria Says Ready to Talk With Armed Opposition\n/);
    const fail = async (args: string[], message: RegExp) => {
      const err = (await cli(args).then(() => null, (e: { code: number; stderr: string }) => e))!;
      expect(err, args.join(' ')).not.toBeNull();
      expect(err.code).toBe(2);
      expect(err.stderr.split('\n')[0]).toMatch(message);
    };
    await fail(['cite', path.join(FIXTURE_ROOT, 'tmt/section-news-index-2024/source.html'), '--format', 'apa'], /^tmt-reader: nothing to cite: .*section page/);
    await fail(['cite', seed, '--format', 'mla'], /^tmt-reader: --format must be one of bibtex, ris, csljson, apa, chicago$/);
    await fail(['save', seed, '--format', 'html'], /^tmt-reader: -o PATH is needed/);
    await fail(['save', seed, '--format', 'pdf', '-o', '/tmp/x'], /^tmt-reader: --format must be one of html, md, epub$/);
  });
});
