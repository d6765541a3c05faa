/**
 * A page file as the CLI reads it: bytes decoded by the page's declared character set, parsed with jsdom (no script
 * runs), read by the core. A page saved by a browser ("Save page as…, complete" with its `<name>_files/` folder, or
 * SingleFile's one file) is read as the article it is: its address comes from the page itself when --url is not
 * given (core/address.ts), and its pictures stored in the copy are counted, so the CLI can say they are left out.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { resourceBase } from '../core/address';
import { httpUrl } from '../core/url';
import { readArticle } from '../core';
import type { ReadResult } from '../core/types';

/** How far into the file a <meta> naming the character set is looked for (the HTML spec's prescan: 1024 bytes). */
const PRESCAN_BYTES = 4096;
/** `<meta charset="x">` and `<meta http-equiv="Content-Type" content="text/html; charset=x">`, in the prescan. */
const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;
/** Labels that name UTF-16 in a <meta>: the spec reads the page as UTF-8 then (a <meta> in UTF-16 cannot be read). */
const UTF16_LABEL = /^(utf-16|utf-16le|utf-16be|unicode|ucs-2)$/i;

export interface Decoded {
  text: string;
  /** The WHATWG name of the encoding used ("utf-8", "windows-1251", …). */
  encoding: string;
  /** What decided it. */
  by: 'bom' | 'meta' | 'default';
}

/** A label's decoder, or null for a label the Encoding Standard does not know. */
function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

/** The page's text: a byte order mark, else the <meta> declaration, else UTF-8 (what pages are written in now). */
export function decodeHtml(bytes: Uint8Array): Decoded {
  const b = bytes;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(b), encoding: 'utf-8', by: 'bom' };
  if (b[0] === 0xff && b[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(b), encoding: 'utf-16le', by: 'bom' };
  if (b[0] === 0xfe && b[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(b), encoding: 'utf-16be', by: 'bom' };
  // The prescan reads bytes as Latin-1: the declaration itself is ASCII in every encoding a <meta> can name.
  const head = new TextDecoder('latin1').decode(b.subarray(0, PRESCAN_BYTES));
  const label = META_CHARSET.exec(head)?.[1];
  const decoder = label && !UTF16_LABEL.test(label) ? decoderFor(label) : null;
  if (decoder) return { text: decoder.decode(b), encoding: decoder.encoding, by: 'meta' };
  return { text: new TextDecoder('utf-8').decode(b), encoding: 'utf-8', by: 'default' };
}

/** A reference into a browser's "complete" copy: its `<name>_files/` folder. */
const COPY_FOLDER = /^(?:\.\/)?([^/?#]+_files)\//;
const DATA_URL = /^data:/i;
/** Where lazy loaders keep an image's web address while src holds a placeholder (the figures pass resolves them). */
const LAZY_ATTRS = ['data-src', 'data-srcset', 'data-lazy-src', 'data-original'];
/** SingleFile's comment block, at the top of its copy. */
const SINGLEFILE_NOTE = /<!--\s*Page saved with SingleFile\b/i;

/** The copy's folder named anywhere in a reference (also once pinned to a file: address). */
const FOLDER_NAMED = /([^/?#]+_files)\//;
/** An address with a scheme, or one that starts at the host or the root: not relative to the page's folder. */
const NOT_FOLDER_RELATIVE = /^([a-z][a-z0-9+.-]*:|\/)/i;
const IMAGE_REFS = 'img[src], img[srcset], source[srcset]';

/** The first address an image names (its src, else its srcset's first candidate). */
function imageRef(el: Element): string {
  return (el.getAttribute('src') ?? el.getAttribute('srcset') ?? '').trim().split(/\s+/)[0] ?? '';
}

/**
 * With --url, relative references resolve against the site; but the pictures a browser stored in the copy's folder
 * are not on the site at that path. They are pinned to their place on disk (a file: address the story never shows)
 * when they name the copy's `_files/` folder or a file that is there beside the page.
 */
function pinCopyReferences(doc: Document, pageFile: string): void {
  for (const el of Array.from(doc.querySelectorAll(IMAGE_REFS))) {
    for (const attr of ['src', 'srcset']) {
      const value = el.getAttribute(attr)?.trim();
      const ref = value?.split(/\s+/)[0];
      if (!value || !ref || NOT_FOLDER_RELATIVE.test(ref)) continue;
      const onDisk = new URL(ref, pageFile);
      if (COPY_FOLDER.test(ref) || existsSync(onDisk)) el.setAttribute(attr, onDisk.href);
    }
  }
}

/** Pictures of the page that are stored in the saved copy (its folder, or inside the file as data:), not on the web. */
export interface LocalImages {
  count: number;
  /** The copy's folder, when the references name one. */
  folder: string | null;
}

/**
 * The images the story cannot show because the copy holds them: inlined as data: (SingleFile), or in the copy's
 * `_files/` folder and not made a web address (no --url, or pinned by pinCopyReferences). A raw download's other
 * relative references (a logo at /images/…) are not the copy's pictures and are not counted.
 */
function localImages(doc: Document, base: string | undefined, singleFile: boolean): LocalImages {
  let count = 0;
  let folder: string | null = null;
  for (const el of Array.from(doc.querySelectorAll(IMAGE_REFS))) {
    const ref = imageRef(el);
    const inFolder = FOLDER_NAMED.exec(ref)?.[1];
    // A data: image is a stored picture in SingleFile's copy only, and not when it stands in for a lazy web image.
    const inlined = singleFile && DATA_URL.test(ref) && !LAZY_ATTRS.some((a) => el.hasAttribute(a));
    if (!inlined && !(inFolder && !(base ? httpUrl(ref, base) : httpUrl(ref)))) continue;
    count++;
    folder ??= inFolder ?? null;
  }
  return { count, folder };
}

export interface PageFile {
  result: ReadResult;
  /** The parsed page (the caller closes its window). */
  dom: import('jsdom').JSDOM;
  decoded: Omit<Decoded, 'text'>;
  localImages: LocalImages;
}

/**
 * Read a page file. `file`: its path (null or '-' for standard input); `url`: the page's address when the user
 * gives it. Without one, the page is parsed at its file's address (so its relative references point into the copy,
 * as they do) and read as the address it recorded.
 */
export async function readPageFile(bytes: Uint8Array, opts: { file?: string | null; url?: string | null } = {}): Promise<PageFile> {
  const { text, ...decoded } = decodeHtml(bytes);
  // jsdom is loaded only here: the quotes modes never need it, and it takes a second to load.
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const pageFile = opts.file && opts.file !== '-' ? pathToFileURL(resolve(opts.file)).href : undefined;
  // Scripts never run (jsdom's default); the page's console noise is dropped. The text is decoded already, so
  // the page's own charset declaration is not applied a second time.
  const dom = new JSDOM(text, { url: opts.url || pageFile, contentType: 'text/html', virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  if (opts.url && pageFile) pinCopyReferences(doc, pageFile);
  const result = readArticle(doc, opts.url || null);
  return { result, dom, decoded, localImages: localImages(doc, resourceBase(doc, opts.url || null), SINGLEFILE_NOTE.test(text.slice(0, PRESCAN_BYTES))) };
}
