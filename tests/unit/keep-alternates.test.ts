/**
 * The offline copies (one-file HTML, Markdown, EPUB) say what the popup and the reader say under the headline: the
 * story's other-language version as a link ("Also in Русский" / «Также на English», the language named in itself)
 * and a byline that only the page's metadata gives marked as such. Real fixtures: an English story pointing to its
 * Russian version whose byline box is empty (news-russian-version-2025), and a Russian one of 2020 pointing to its
 * English version, with a byline the page shows (ru-service-2020). The EPUB still passes epubcheck.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { readArticle } from '../../src/core';
import type { ReadResult } from '../../src/core/types';
import { keepArticle, type KeepFormat, type KeepInput } from '../../src/export';
import { translator } from '../../src/ui/i18n';
import { pageCase } from '../fixtures/index.mjs';
import { domOf } from './helpers/fixtures';
import { QUICK_JVM } from '../helpers/java';

const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));
const NOW = new Date('2026-12-06T12:00:00Z');
const EPUBCHECK_JAR = '/usr/bin/epubcheck';

function read(name: string): { r: ReadResult; win: Window } {
  const c = pageCase(name);
  const dom = domOf(c.html, c.expected.url);
  return { r: readArticle(dom.window.document, c.expected.url), win: dom.window as unknown as Window };
}

const EN = read('news-russian-version-2025');
const RU = read('ru-service-2020');
const EN_ALT = pageCase('news-russian-version-2025').expected.alternates![0]!;
const RU_ALT = pageCase('ru-service-2020').expected.alternates![0]!;

function input(f: { r: ReadResult; win: Window }): KeepInput {
  return { result: f.r, win: f.win, t: translator(f.r.lang), keyQuotes: f.r.keyQuotes.slice(0, 3), accessed: '2026-12-06' };
}

async function keep(f: { r: ReadResult; win: Window }, format: KeepFormat): Promise<Uint8Array> {
  return (await keepArticle(input(f), format, { fetchImage: async () => PNG, now: NOW })).bytes;
}

/** The copy's header as a reader sees it: the byline line and the other-language links. */
function header(doc: Document) {
  const h = doc.querySelector('article > header')!;
  return {
    byline: h.querySelector('.byline')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
    links: Array.from(h.querySelectorAll('.alternates a'), (a) => ({
      text: a.textContent,
      href: a.getAttribute('href'),
      hreflang: a.getAttribute('hreflang'),
      nameLang: a.querySelector('span[lang]')?.getAttribute('lang') ?? null,
    })),
  };
}

describe('the preconditions: what the reader gives for the two stories', () => {
  it('an English story with a metadata byline and a Russian version; a Russian one with a shown byline and an English version', () => {
    expect(EN.r).toMatchObject({ lang: 'en', byline: 'The Moscow Times', bylineSource: 'meta', alternates: [EN_ALT] });
    expect(RU.r).toMatchObject({ lang: 'ru', byline: 'Дарья Смирнова', bylineSource: 'page', alternates: [RU_ALT] });
  });
});

describe('keep: the HTML copy', () => {
  it('English: "Also in Русский" under the headline, "Русский" marked Russian; the metadata byline marked as such', async () => {
    const doc = new JSDOM(new TextDecoder().decode(await keep(EN, 'html'))).window.document;
    expect(header(doc)).toEqual({
      byline: "By The Moscow Times (named in the page's metadata)",
      links: [{ text: 'Also in Русский', href: EN_ALT.url, hreflang: 'ru', nameLang: 'ru' }],
    });
    // One link to the other version in the whole copy (the citation section names it in its text only).
    expect(doc.querySelectorAll(`a[href="${EN_ALT.url}"]`)).toHaveLength(1);
  });

  it('Russian: «Также на English», "English" marked English; a byline the page shows has no note', async () => {
    const doc = new JSDOM(new TextDecoder().decode(await keep(RU, 'html'))).window.document;
    expect(header(doc)).toEqual({
      byline: 'Автор: Дарья Смирнова',
      links: [{ text: 'Также на English', href: RU_ALT.url, hreflang: 'en', nameLang: 'en' }],
    });
  });

  it('only http(s) versions in another language are linked', async () => {
    const alternates = [
      { lang: 'ru', url: 'javascript:alert(1)' },
      { lang: 'en', url: 'https://www.themoscowtimes.com/2025/08/13/same-language-a1' },
      { lang: 'ru', url: 'data:text/html,<b>x</b>' },
    ];
    const f = { ...EN, r: { ...EN.r, alternates } };
    const html = new TextDecoder().decode(await keep(f, 'html'));
    expect(header(new JSDOM(html).window.document).links).toEqual([]);
    expect(html).not.toMatch(/javascript:|data:text/);
  });
});

describe('keep: Markdown (and the popup\'s "Copy as Markdown", the same article text)', () => {
  it('English: the metadata byline marked, then the link to the Russian version under the address', async () => {
    const md = new TextDecoder().decode(await keep(EN, 'md'));
    expect(md).toContain(`\n*By The Moscow Times (named in the page's metadata) · August 13, 2025 · The Moscow Times*  \n<${EN.r.url}>\n\n[Also in Русский](${EN_ALT.url})\n\n`);
  });

  it('Russian: «Также на English»; no note on a byline the page shows', async () => {
    const md = new TextDecoder().decode(await keep(RU, 'md'));
    expect(md).toContain(`<${RU.r.url}>\n\n[Также на English](${RU_ALT.url})\n\n`);
    expect(md).toContain('*Автор: Дарья Смирнова · ');
    expect(md).not.toContain('по метаданным');
  });

  it('an address with parentheses stays one link; other schemes are not linked', async () => {
    const alternates = [
      { lang: 'ru', url: 'https://ru.themoscowtimes.com/2025/08/13/story_(draft)-a171321' },
      { lang: 'ru', url: 'javascript:alert(1)' },
    ];
    const md = new TextDecoder().decode(await keep({ ...EN, r: { ...EN.r, alternates } }, 'md'));
    expect(md).toContain('\n[Also in Русский](https://ru.themoscowtimes.com/2025/08/13/story_%28draft%29-a171321)\n');
    expect(md).not.toContain('javascript:');
  });
});

describe('keep: the EPUB', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tmt-keep-alt-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('carries the link and the byline note, and epubcheck passes it', { timeout: 180_000 }, async () => {
    const bytes = await keep(EN, 'epub');
    const article = strFromU8(unzipSync(bytes)['OEBPS/article.xhtml']!);
    const doc = new JSDOM(article, { contentType: 'application/xhtml+xml' }).window.document;
    expect(header(doc)).toEqual({
      byline: "By The Moscow Times (named in the page's metadata)",
      links: [{ text: 'Also in Русский', href: EN_ALT.url, hreflang: 'ru', nameLang: 'ru' }],
    });
    if (!existsSync(EPUBCHECK_JAR)) throw new Error(`epubcheck is missing (${EPUBCHECK_JAR}): install it with apt-get install epubcheck`);
    const file = path.join(dir, 'alternates.epub');
    writeFileSync(file, bytes);
    const check = spawnSync('java', [...QUICK_JVM, '-jar', EPUBCHECK_JAR, file], { encoding: 'utf8', timeout: 170_000 });
    expect(`${check.stdout}\n${check.stderr}`).toContain('No errors or warnings detected.');
    expect(check.status).toBe(0);
  });
});
