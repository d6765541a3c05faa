/** A download's file name from the article's date and headline: "2025-08-22-lavrov-says-no-meeting-planned.html". */
import type { ReadResult } from '../core/types';

const MAX_SLUG = 80;

export function keepFileName(r: Pick<ReadResult, 'title' | 'published' | 'url'>, ext: string): string {
  const date = /^\d{4}-\d{2}-\d{2}/.exec(r.published ?? '')?.[0];
  const slug = (r.title ?? '')
    .normalize('NFC')
    .toLowerCase()
    // Letters and digits of any script stay (a Russian headline stays readable); everything else separates words.
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
  const base = [date, slug].filter(Boolean).join('-') || 'article';
  return `${base}.${ext}`;
}
