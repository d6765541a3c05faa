/**
 * Pages saved by a browser, read the way the CLI reads a file (readPageFile, what `tmt-reader read` runs): Chrome's
 * and Firefox's "Save page as…, complete" (the page plus its `<name>_files/` folder; Chrome notes the address in a
 * "saved from url" comment), SingleFile's one file (its comment block names the address, images inlined as data:),
 * and pages in windows-1251. Each is built from a story fixture as those browsers write it; without --url the copy
 * must be read as the article it is (detection, language, every paragraph, the address), and its stored pictures
 * must not turn into broken web addresses.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeHtml, readPageFile } from '../../src/cli/page-file';
import { readArticle } from '../../src/core';
import { domOf, expectedBody, loadCases, norm, storyShown, type FixtureCase } from './helpers/fixtures';

const DIR = mkdtempSync(path.join(tmpdir(), 'tmt-saved-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

const stories = loadCases().filter((c) => c.expected.isArticle && (c.expected.body?.length ?? 0) > 0);
/** What the page's head says of its address, parsed once per page. */
const heads = new Map<string, { namesItself: boolean; canonical: string | null | undefined }>();
function headOf(c: FixtureCase) {
  let h = heads.get(c.name);
  if (!h) {
    const dom = domOf(c.html, c.expected.url);
    const head = dom.window.document;
    h = {
      namesItself: !!head.querySelector('link[rel="canonical"][href], meta[property="og:url"][content]'),
      canonical: head.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? head.querySelector('meta[property="og:url"]')?.getAttribute('content'),
    };
    dom.window.close();
    heads.set(c.name, h);
  }
  return h;
}
/** Does the page name its own address (a canonical link or og:url)? */
const namesItself = (c: FixtureCase): boolean => headOf(c).namesItself;
const caseNamed = (name: string): FixtureCase => loadCases().find((c) => c.name.endsWith(`/${name}`))!;

/** A tiny PNG, what SingleFile inlines in place of every picture. */
const PNG_DATA = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** The page as a browser holds it (fixtures in windows-1251 decoded by their declaration, as browsers do). */
function parsed(c: FixtureCase): Document {
  return domOf(c.html, c.expected.url).window.document;
}

/** The declared charset of a parsed page, when it is not UTF-8. */
function legacyCharset(doc: Document): string | null {
  const cs = doc.characterSet.toLowerCase();
  return cs === 'utf-8' ? null : cs;
}

/** Text in a legacy single-byte encoding, as a browser writes it: characters it lacks become numeric references. */
function encodeLegacy(text: string, encoding: string): Uint8Array {
  const dec = new TextDecoder(encoding);
  const byChar = new Map<string, number>();
  for (let b = 0; b < 256; b++) byChar.set(dec.decode(Uint8Array.of(b)), b);
  const out: number[] = [];
  for (const ch of text) {
    const b = byChar.get(ch);
    if (b !== undefined) out.push(b);
    else for (const c of `&#${ch.codePointAt(0)};`) out.push(c.charCodeAt(0));
  }
  return Uint8Array.from(out);
}

const serialize = (doc: Document, before = ''): string => `<!DOCTYPE html>\n${before}${doc.documentElement.outerHTML}`;

/** Resources rewritten into the copy's folder, as "Save page as…, complete" does in Chrome and Firefox. */
function intoFolder(doc: Document, folder: string): string[] {
  const files: string[] = [];
  const local = (u: string): string => {
    const name = (u.split(/[?#]/)[0]!.split('/').pop() || 'file') + '';
    files.push(name);
    return `./${folder}/${name}`;
  };
  for (const el of Array.from(doc.querySelectorAll('img[src], script[src], link[rel="stylesheet"][href], source[srcset], img[srcset]'))) {
    for (const attr of ['src', 'href']) {
      const v = el.getAttribute(attr);
      if (v && !v.startsWith('data:') && (el.localName !== 'link' || attr === 'href')) el.setAttribute(attr, local(v));
    }
    const set = el.getAttribute('srcset');
    if (set) el.setAttribute('srcset', set.split(',').map((c) => c.trim().replace(/^\S+/, (u) => local(u))).join(', '));
  }
  return files;
}

interface SavedCopy {
  file: string;
  /** The address the saving browser was at. */
  at: string;
}

function write(name: string, bytes: Uint8Array | string, files: string[] = [], folder = ''): string {
  const file = path.join(DIR, `${name}.html`);
  writeFileSync(file, bytes);
  if (files.length) {
    mkdirSync(path.join(DIR, folder), { recursive: true });
    for (const f of files) writeFileSync(path.join(DIR, folder, f), 'x');
  }
  return file;
}

/** Chrome: resources into `<name>_files/`, a "saved from url=(length)address" comment before <html>, the page's charset kept. */
function chromeComplete(c: FixtureCase, name: string, at = c.expected.url): SavedCopy {
  const doc = parsed(c);
  const folder = `${name}_files`;
  const files = intoFolder(doc, folder);
  const text = serialize(doc, `<!-- saved from url=(${String(at.length).padStart(4, '0')})${at} -->\n`);
  const cs = legacyCharset(doc);
  return { file: write(name, cs ? encodeLegacy(text, cs) : text, files, folder), at };
}

/** Firefox: the page as it is now, resources into `<name>_files/`, no note of the address. */
function firefoxComplete(c: FixtureCase, name: string): SavedCopy {
  const doc = parsed(c);
  const folder = `${name}_files`;
  const files = intoFolder(doc, folder);
  const cs = legacyCharset(doc);
  const text = serialize(doc);
  return { file: write(name, cs ? encodeLegacy(text, cs) : text, files, folder), at: c.expected.url };
}

/** SingleFile: one UTF-8 file, scripts gone, pictures inlined, its comment block first in <html>. */
function singleFile(c: FixtureCase, name: string): SavedCopy {
  const doc = parsed(c);
  for (const s of Array.from(doc.querySelectorAll('script:not([type="application/ld+json"]), link[rel="stylesheet"]'))) s.remove();
  for (const m of Array.from(doc.querySelectorAll('meta[charset], meta[http-equiv="Content-Type" i]'))) m.remove();
  for (const img of Array.from(doc.querySelectorAll('img'))) {
    img.setAttribute('src', PNG_DATA);
    img.removeAttribute('srcset');
  }
  const meta = doc.createElement('meta');
  meta.setAttribute('charset', 'utf-8');
  doc.head.prepend(meta);
  const note = doc.createComment(`\n Page saved with SingleFile \n url: ${c.expected.url} \n saved date: Sun Dec 06 2026 21:00:00 GMT+0000 (Coordinated Universal Time)\n`);
  doc.documentElement.prepend(note);
  return { file: write(name, serialize(doc)), at: c.expected.url };
}

const FORMATS = { chrome: chromeComplete, firefox: firefoxComplete, singlefile: singleFile } as const;

async function readFile(file: string, url?: string) {
  const { readFileSync } = await import('node:fs');
  const got = await readPageFile(readFileSync(file), { file, url });
  got.dom.window.close();
  return got;
}

/** The live page at `url`, as the extension reads it. Read once per page and address: every saved format of a page
 *  compares against the same reading. */
const liveReads = new Map<string, ReturnType<typeof readArticle>>();
function live(c: FixtureCase, url: string) {
  const key = `${c.name} ${url}`;
  let r = liveReads.get(key);
  if (!r) {
    const dom = domOf(c.html, url);
    r = readArticle(dom.window.document, url, { quotes: false });
    dom.window.close();
    liveReads.set(key, r);
  }
  return r;
}

/** Every image address in the result: the lead image's and the story's. */
function imageAddresses(r: { html: string; leadImage: { src: string } | null }): string[] {
  const inHtml = Array.from(JSDOM.fragment(r.html).querySelectorAll('img')).flatMap((i) => [i.getAttribute('src') ?? '', i.getAttribute('srcset') ?? '']);
  return [...(r.leadImage ? [r.leadImage.src] : []), ...inHtml].filter(Boolean);
}

describe.each(Object.keys(FORMATS) as (keyof typeof FORMATS)[])('a page saved by %s, read without --url', (format) => {
  // A Firefox copy after infinite scroll only says which page it was loaded as: a case of its own below. One of a
  // page that names no address of its own (no canonical link, no og:url: the 2011 site) cannot say which page it was,
  // nor one of a page read at an address with a query (an AMP copy's ?amp), whose head names its canonical address.
  const cases = stories.filter(
    (c) => format !== 'firefox' || (!c.name.endsWith('infinite-scroll-second-2024') && namesItself(c) && !c.expected.url.includes('?')),
  );
  it.each(cases.map((c) => [c.name, c] as const))('%s: the same article, address, language and every paragraph', async (_n, c) => {
    const saved = FORMATS[format](c, `${format}-${c.name.replace('/', '-')}`);
    const { result: r, localImages } = await readFile(saved.file);
    const exp = c.expected;
    expect(r.url).toBe(exp.url);
    expect(r.isArticle).toBe(true);
    expect(r.lang).toBe(exp.lang);
    expect(r.reason).toBe(live(c, exp.url).reason);
    expect(r.title).toBe(exp.title);
    expect(storyShown(c, r.paragraphs).map(norm)).toEqual(expectedBody(c).map(norm));
    // The page's canonical link names it (an infinite-scroll page's names its first story: no canonical then).
    const { canonical } = headOf(c);
    // (A page read with a query, ?amp, is the page its canonical link names.)
    const path = (u: string): string => u.split('?')[0]!;
    expect(r.canonicalUrl).toBe(canonical && path(canonical) === path(exp.url) ? canonical : null);
    // Pictures stored in the copy become no web address: the story shows web images only, none into the folder.
    for (const src of imageAddresses(r)) expect(src).toMatch(/^https?:\/\/(?![^ ]*_files\/)/);
    // Pictures the copy lost are counted (the CLI says so); a lazy image's web address still shows it.
    if (imageAddresses(r).length < imageAddresses(live(c, exp.url)).length) expect(localImages.count).toBeGreaterThan(0);
  });
});

describe('saved copies: which address', () => {
  it('a Chrome copy after infinite scroll is the story on screen (its saved-from address), not the first one its head names', async () => {
    const c = caseNamed('infinite-scroll-second-2024');
    const { result: r } = await readFile(chromeComplete(c, 'chrome-scrolled').file);
    expect(r.url).toBe(c.expected.url);
    expect(r.paragraphs.map(norm)).toEqual(c.expected.body!.map(norm));
  });

  it('a Firefox copy after infinite scroll is read as the page its head names (it recorded nothing else)', async () => {
    const c = caseNamed('infinite-scroll-second-2024');
    const canonical = domOf(c.html, c.expected.url).window.document.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
    expect(canonical).not.toBe(c.expected.url);
    const { result: r } = await readFile(firefoxComplete(c, 'firefox-scrolled').file);
    expect(r.url).toBe(canonical);
    expect(r.paragraphs).toEqual(live(c, canonical).paragraphs);
  });

  it('a copy saved from a mirror is read as the site its canonical link names', async () => {
    const c = caseNamed('news-lavrov-2025');
    const mirror = `https://web.archive.org/web/20250823000000/${c.expected.url}`;
    const { result: r } = await readFile(chromeComplete(c, 'chrome-mirror', mirror).file);
    expect(r.url).toBe(c.expected.url);
    expect(r.isArticle).toBe(true);
    expect(r.paragraphs.map(norm)).toEqual(c.expected.body!.map(norm));
  });

  it('a page as served (lazy images with data: placeholders, a relative logo) has no pictures stored in a copy', async () => {
    for (const name of ['ru-publisher-letter-2025', 'old-site-2014-cp1251']) {
      const c = caseNamed(name);
      const file = write(`served-${name}`, c.html);
      for (const url of [undefined, c.expected.url]) expect((await readFile(file, url)).localImages.count, `${name} ${url}`).toBe(0);
    }
  });

  it('with --url, the copy is that page, and its pictures in the folder still do not become web addresses', async () => {
    const c = caseNamed('seed-syria-2013');
    const saved = chromeComplete(c, 'chrome-with-url');
    const { result: r, localImages } = await readFile(saved.file, c.expected.url);
    expect(r.url).toBe(c.expected.url);
    expect(r.paragraphs.map(norm)).toEqual(c.expected.body!.map(norm));
    expect(localImages.count).toBeGreaterThan(0);
    expect(localImages.folder).toBe('chrome-with-url_files');
    for (const src of imageAddresses(r)) expect(src).not.toMatch(/_files\/|^file:/);
  });
});

/** A copy of `c` whose head and comments are changed by `edit` before saving (Firefox-style, no comment). */
function edited(c: FixtureCase, name: string, edit: (doc: Document) => void): string {
  const doc = parsed(c);
  edit(doc);
  return write(name, serialize(doc));
}

const setHead = (canonical: string | null, og: string | null) => (doc: Document) => {
  const link = doc.querySelector('link[rel="canonical"]');
  const meta = doc.querySelector('meta[property="og:url"]');
  if (canonical === null) link?.remove();
  else link?.setAttribute('href', canonical);
  if (og === null) meta?.remove();
  else meta?.setAttribute('content', og);
};

describe('saved copies: look-alikes and copies with no address', () => {
  it('a copy whose canonical link is a section of the site, not an article, is no article', async () => {
    const c = caseNamed('section-news-index-2024');
    const { result: r } = await readFile(firefoxComplete(c, 'firefox-section').file);
    expect(r.url).toBe(c.expected.url);
    expect(r.isArticle).toBe(false);
    expect(r.reason).toMatch(/not an article/);
  });

  it("a copy of an article's markup whose canonical is on a look-alike host is not read as The Moscow Times", async () => {
    const c = caseNamed('news-lavrov-2025');
    const fake = c.expected.url.replace('www.themoscowtimes.com', 'www.themoscowtimes.com.news-mirror.example');
    const { result: r } = await readFile(edited(c, 'lookalike', setHead(fake, fake)));
    expect(r.url).toBe(fake);
    expect(r.reason).toMatch(/^Not a Moscow Times page\. Read with the generic reader/);
  });

  it('a copy that names no web address (none, or only javascript:/file: ones) is read by its markup, and the reason says so', async () => {
    for (const [canonical, og] of [[null, null], ['javascript:alert(1)', 'file:///etc/passwd']] as const) {
      const c = caseNamed('opinion-2024');
      const file = edited(c, `no-address-${canonical ?? 'none'}`.replace(/\W/g, '-'), setHead(canonical, og));
      const { result: r } = await readFile(file);
      expect(r.url).toMatch(/^file:/);
      expect(r.isArticle).toBe(true);
      expect(r.lang).toBe('en');
      expect(r.reason).toMatch(/by the page's markup.*does not say its address/);
      expect(r.paragraphs.map(norm)).toEqual(c.expected.body!.map(norm));
    }
  });

  it('a page with no address whose markup is no article of a known site stays unknown', async () => {
    const file = write('plain', '<!doctype html><html lang="en"><head><title>Notes</title></head><body><h1>Notes</h1><p>Short.</p></body></html>');
    const { result: r } = await readFile(file);
    expect(r.isArticle).toBe(false);
    expect(r.reason).toMatch(/^Not a Moscow Times page\./);
  });
});

describe('saved copies: character sets', () => {
  const ru = stories.filter((c) => c.expected.lang === 'ru');

  it.each(ru.map((c) => [c.name, c] as const))('%s in windows-1251 (meta http-equiv or meta charset): every paragraph in Cyrillic', async (_n, c) => {
    for (const [i, declaration] of ['<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', '<meta charset="windows-1251">'].entries()) {
      const doc = parsed(c);
      for (const m of Array.from(doc.querySelectorAll('meta[charset], meta[http-equiv="Content-Type" i]'))) m.remove();
      const text = serialize(doc).replace('<head>', `<head>${declaration}`);
      const file = write(`cp1251-${i}-${c.name.replace('/', '-')}`, encodeLegacy(text, 'windows-1251'));
      const { result: r, decoded } = await readFile(file);
      expect(decoded).toEqual({ encoding: 'windows-1251', by: 'meta' });
      expect(r.url).toBe(c.expected.url);
      expect(r.lang).toBe('ru');
      expect(r.title).toBe(c.expected.title);
      expect(r.paragraphs.map(norm)).toEqual(c.expected.body!.map(norm));
    }
  });

  it('the archive site’s own windows-1251 page, saved as it was served, reads without --url', async () => {
    const c = caseNamed('old-site-2014-cp1251');
    const file = write('old-site', c.html);
    const { result: r, decoded } = await readFile(file);
    expect(decoded.encoding).toBe('windows-1251');
    expect(r.url).toBe(c.expected.url);
    expect(r.paragraphs.map(norm)).toEqual(c.expected.body!.map(norm));
  });

  it('decodes by byte order mark, then the <meta> declaration, then UTF-8', () => {
    const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body><p>${body}</p></body></html>`;
    const utf8 = new TextEncoder().encode(page('', '“Мы не изменим курс”, — said he.'));
    // No declaration: UTF-8 (a parser's windows-1252 default would show “ as â€œ).
    expect(decodeHtml(utf8)).toMatchObject({ encoding: 'utf-8', by: 'default' });
    expect(decodeHtml(utf8).text).toContain('“Мы не изменим курс”');
    // A byte order mark wins over a <meta> that says otherwise.
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(page('<meta charset="windows-1251">', 'Привет'))]);
    expect(decodeHtml(bom)).toMatchObject({ encoding: 'utf-8', by: 'bom' });
    expect(decodeHtml(bom).text).toContain('Привет');
    // An unknown label, or UTF-16 named in a <meta> (which could not be read if it were true): UTF-8.
    expect(decodeHtml(new TextEncoder().encode(page('<meta charset="klingon-8">', 'é'))).by).toBe('default');
    expect(decodeHtml(new TextEncoder().encode(page('<meta charset="utf-16">', 'é'))).text).toContain('é');
    // windows-1251 by its <meta>, single quotes and spacing as old pages wrote them.
    const cp = encodeLegacy(page("<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset = windows-1251'>", 'Читайте русскую версию'), 'windows-1251');
    expect(decodeHtml(cp)).toMatchObject({ encoding: 'windows-1251', by: 'meta' });
    expect(decodeHtml(cp).text).toContain('Читайте русскую версию');
  });
});

describe('the CLI on a saved copy', () => {
  // Beside node_modules, so that the bundle finds its external packages.
  const WORK = path.resolve(__dirname, '../../node_modules/.cache/tmt-saved-pages');
  beforeAll(async () => {
    await build({ entryPoints: { cli: path.resolve(__dirname, '../../src/cli.ts') }, outdir: WORK, outExtension: { '.js': '.mjs' }, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'silent' });
  }, 60_000);
  const cli = (args: string[]) => spawnSync(process.execPath, [path.join(WORK, 'cli.mjs'), ...args], { encoding: 'utf8', timeout: 60_000, cwd: path.resolve(__dirname, '../..') });

  it('read --json gives the recovered address; save says the copy’s own pictures are left out and references none', () => {
    const c = caseNamed('news-lavrov-2025');
    const saved = chromeComplete(c, 'cli-lavrov');
    const read = cli(['read', saved.file, '--json']);
    expect(read.status, read.stderr).toBe(0);
    const r = JSON.parse(read.stdout) as { url: string; canonicalUrl: string; isArticle: boolean };
    expect([r.isArticle, r.url, r.canonicalUrl]).toEqual([true, c.expected.url, c.expected.url]);
    const out = path.join(DIR, 'cli-lavrov-copy.html');
    const save = cli(['save', saved.file, '--format', 'html', '--no-images', '-o', out]);
    expect(save.status, save.stderr).toBe(0);
    expect(save.stderr).toMatch(/\d+ of the page's images are stored in the saved copy \(cli-lavrov_files\/\), not on the web: they are left out/);
    const copy = require('node:fs').readFileSync(out, 'utf8') as string;
    expect(copy).not.toMatch(/_files\/|file:/);
  });
});
