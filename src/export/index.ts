/**
 * Keep: the article as a file to download (HTML with its images inside, Markdown, EPUB) and citations of it.
 * Loaded on demand (its own bundle in the extension, keep.js): never part of the content script or the popup's start.
 */
import { cite, type CitationFormat } from '../core/cite';
import { keepFileName } from './filename';
import { fetchImages, type ImageFetcher, type KeptImage } from './images';
import { imageUrls, type KeepInput } from './article';
import { keepHtml } from './html';
import { keepMarkdown } from './markdown';
import { keepEpub } from './epub';

export const KEEP_FORMATS = ['html', 'md', 'epub'] as const;
export type KeepFormat = (typeof KEEP_FORMATS)[number];

export function isKeepFormat(s: unknown): s is KeepFormat {
  return typeof s === 'string' && (KEEP_FORMATS as readonly string[]).includes(s);
}

export interface KeptFile {
  filename: string;
  mime: string;
  bytes: Uint8Array;
  /** How many of the article's images are inside (HTML, EPUB), of how many it has. */
  images: { kept: number; total: number };
}

const MIME: Record<KeepFormat, string> = {
  html: 'text/html;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
  epub: 'application/epub+zip',
};

export interface KeepOptions {
  /** Fetches the article's own images (HTML and EPUB only; Markdown links to them). */
  fetchImage: ImageFetcher;
  /** When the copy is made (EPUB's modification date); default now. */
  now?: Date;
}

export async function keepArticle(input: KeepInput, format: KeepFormat, opts: KeepOptions): Promise<KeptFile> {
  const filename = keepFileName(input.result, format);
  if (format === 'md') {
    return { filename, mime: MIME.md, bytes: new TextEncoder().encode(keepMarkdown(input)), images: { kept: 0, total: 0 } };
  }
  const urls = imageUrls(input);
  const images: Map<string, KeptImage> = await fetchImages(urls, input.result.url, opts.fetchImage);
  const count = { kept: images.size, total: new Set(urls).size };
  if (format === 'html') return { filename, mime: MIME.html, bytes: new TextEncoder().encode(await keepHtml(input, images)), images: count };
  return { filename, mime: MIME.epub, bytes: keepEpub(input, images, { now: opts.now ?? new Date() }), images: count };
}

export { cite, type CitationFormat };
export { keepFileName } from './filename';
export { httpImageFetcher, type ImageFetcher } from './images';
export type { KeepInput } from './article';
