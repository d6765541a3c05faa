/**
 * Where TMT Reader's time goes: the steps of readArticle() for a Moscow Times article, timed one by one
 * on one fresh copy of the page (the same calls src/core/index.ts and extract.ts make, in the same order).
 * Diagnostic only: the budget is judged on readArticle() itself.
 */
import { Readability } from '@mozilla/readability';
import { cleanStory } from '../../src/core/clean';
import { compiledProfile } from '../../src/core/profile';
import { detectPage } from '../../src/core/detect';
import { windowOf } from '../../src/core/extract';
import { findQuotes, selectKeyQuotes } from '../../src/core/quotes';
import { sanitizeInPlace } from '../../src/core/sanitize';
import { blockTexts, countWords } from '../../src/core/text';
import { profileById } from '../../src/sites';

export const STAGES = ['detect', 'clean (copy story, drop clutter)', 'Readability on the story', 'DOMPurify', 'html + paragraphs (serialize + text)', 'quotes'] as const;
export type Stage = (typeof STAGES)[number];

/** What stageTimes throws on a page the site profile finds no story in (readArticle reads it with Readability alone). */
export const NO_SITE_STEPS = 'no story root: read by the generic reader, whose steps this table does not list';

/** ms per stage for one run on `doc` (which it does not modify; cleaning works on a copy). */
export function stageTimes(doc: Document, url: string, now: () => number): Record<Stage, number> {
  const t: Partial<Record<Stage, number>> = {};
  let t0 = now();
  const lap = (s: Stage): void => {
    const t1 = now();
    t[s] = t1 - t0;
    t0 = t1;
  };
  const detection = detectPage(doc, url);
  lap('detect');
  const profile = detection.site && profileById(detection.site.id);
  if (!profile || !detection.isArticle) throw new Error(`not a Moscow Times article: ${detection.reason}`);
  const story = cleanStory(doc, url, compiledProfile(profile), detection.lang, url);
  lap('clean (copy story, drop clutter)');
  if (!story) throw new Error(NO_SITE_STEPS);
  const parsed = new Readability<Element>(story.doc, { keepClasses: true, charThreshold: 0, disableJSONLD: true, serializer: (n) => n as Element }).parse();
  lap('Readability on the story');
  const win = windowOf(doc);
  const body = story.doc.createElement('div');
  if (story.lead) body.append(story.lead);
  if (parsed?.content) body.append(parsed.content);
  sanitizeInPlace(body, win, { baseUrl: url });
  lap('DOMPurify');
  void body.innerHTML;
  const paragraphs = blockTexts(body);
  countWords(paragraphs);
  lap('html + paragraphs (serialize + text)');
  selectKeyQuotes(findQuotes(paragraphs, detection.lang === 'ru' ? 'ru' : 'en'), 5);
  lap('quotes');
  return t as Record<Stage, number>;
}
