/**
 * Reading a page without its quotes: readStory(document, url) -> ReadResult with `quotesPending`.
 * No quote code here, so the in-page reader can paint the story before loading and running it
 * (index.ts's readArticle() adds the quotes with with-quotes.ts).
 */
import { cleanStory } from './clean';
import { pageAddress, resourceBase } from './address';
import { detectPage } from './detect';
import { runReadability, windowOf, type Extracted } from './extract';
import { compiledProfile, prepareTextTests } from './profile';
import { prepareSanitizer } from './sanitize';
import { bylineOrganizations, metaBylineSource } from './json-ld';
import { PROFILES, profileById } from '../sites';
import { pageMeta } from './page-meta';
import type { ReadResult } from './types';

/** The separator before a language tag's region ("en-GB", "ru_RU"). */
const LANG_SUBTAG_SEPARATOR = /[-_]/;


function emptyResult(url: string, lang: string, reason: string): ReadResult {
  return {
    isArticle: false,
    reason,
    url,
    lang,
    title: null,
    byline: null,
    published: null,
    alternates: [],
    leadImage: null,
    paragraphs: [],
    html: '',
    wordCount: 0,
    readingMinutes: 0,
    quotes: [],
    keyQuotes: [],
  };
}

/**
 * A byline's source and the organisations in it (the page's JSON-LD says which), whether the page shows the byline or
 * only its metadata names it: "By Anna Kirillova, Reuters and AFP" names two agencies, not two people.
 */
function bylineFields(
  doc: Document, byline: string | null, source: 'page' | 'meta' | null | undefined, agencies: readonly string[] = [],
): Pick<ReadResult, 'bylineSource' | 'bylineOrganizations'> {
  if (!byline || !source) return {};
  const organizations = bylineOrganizations(doc, byline, agencies);
  return { bylineSource: source, ...(organizations.length ? { bylineOrganizations: organizations } : {}) };
}

/** An article as read: its quotes are found later (with-quotes.ts). */
function finish(base: Omit<ReadResult, 'quotes' | 'keyQuotes'>): ReadResult {
  return { ...base, quotes: [], keyQuotes: [], quotesPending: true };
}

/** Any other site: Readability alone, on a copy of the page. */
function readGeneric(doc: Document, url: string, base: string | undefined, lang: string, reason: string): ReadResult {
  const win = windowOf(doc);
  const copy = doc.cloneNode(true) as Document;
  const got = runReadability(copy, win, base);
  // A few stray words (a menu, a cookie notice) are not an article.
  if (!got || got.wordCount < 40) {
    return emptyResult(url, lang, `${reason} No readable article was found on it.`);
  }
  const storyLang = got.lang?.split(LANG_SUBTAG_SEPARATOR)[0]?.toLowerCase() || lang;
  return finish(
    {
      isArticle: true,
      reason: `${reason} Read with the generic reader.`,
      url,
      lang: storyLang,
      title: got.title,
      byline: got.byline,
      ...bylineFields(doc, got.byline, got.byline ? metaBylineSource(doc, got.byline) : null),
      published: got.published,
      ...pageMeta(doc, url, got.published, storyLang),
      leadImage: null,
      paragraphs: got.paragraphs,
      html: got.html,
      wordCount: got.wordCount,
      readingMinutes: got.readingMinutes,
    },
  );
}

/** Why a page with no story has none, when the page itself says: no text at all, or frames. */
function nothingFound(doc: Document): string | null {
  const root = doc.documentElement;
  if (root.getElementsByTagName('frameset').length > 0) {
    return 'This page is a frameset: its text is in its frames, not on the page itself.';
  }
  const body = doc.body;
  if (!body || !(body.textContent ?? '').trim()) return 'This page is empty: there is no text on it to read.';
  return null;
}

/**
 * Read a page, leaving its quotes for later (`quotesPending` on an article). `url` is the page's address (for a
 * saved copy, null or its file: address: the address the copy recorded is used, see address.ts). Never modifies
 * `doc`. Throws only when the input is not a usable document at all.
 */
export function readStory(doc: Document, url?: string | null): ReadResult {
  if (!doc || !doc.documentElement) throw new Error('Not an HTML document.');
  try {
    return readDocument(doc, url);
  } catch (err) {
    // Recursive DOM work (cloning, serializing) overflows the stack on absurdly deep markup. Browsers' parsers cap
    // nesting, a saved file may not: say so instead of failing obscurely.
    if (err instanceof RangeError) {
      return emptyResult(pageAddress(doc, url), '', 'The page is nested too deeply to be read (its markup is broken or hostile).');
    }
    throw err;
  }
}

function readDocument(doc: Document, url: string | null | undefined): ReadResult {
  const pageUrl = pageAddress(doc, url);
  // A saved copy's relative references point into the copy, not at pageUrl (address.ts).
  const base = resourceBase(doc, url);
  const detection = detectPage(doc, pageUrl);
  const { lang } = detection;
  const profile = detection.site && profileById(detection.site.id);
  if (!profile) return readGeneric(doc, pageUrl, base, lang, detection.reason);
  if (!detection.isArticle) return emptyResult(pageUrl, lang, detection.reason);

  const win = windowOf(doc);
  const compiled = compiledProfile(profile);
  const story = cleanStory(doc, pageUrl, compiled, lang, base);
  let got: Extracted | null = null;
  if (story) {
    // Our input is the story alone: let Readability keep it even when it is short. (1, not 0: Readability reads 0 as
    // "the default", 500 characters, and parses a shorter story up to three times more, looking for more text.)
    got = runReadability(story.doc, win, base, { charThreshold: 1, prepend: story.lead, cleanedAlready: true });
  }
  if (!story || !got || got.paragraphs.length === 0) {
    // The markup changed beyond the profile: fall back to Readability on the whole page.
    const generic = readGeneric(doc, pageUrl, base, lang, detection.reason);
    return generic.isArticle
      ? { ...generic, reason: `${detection.reason} The page's layout is unfamiliar; read with the generic reader.` }
      : emptyResult(pageUrl, lang, nothingFound(doc) ?? `${detection.reason} But no story text was found on the page.`);
  }
  return finish(
    {
      isArticle: true,
      reason: detection.reason,
      url: pageUrl,
      lang,
      title: story.title ?? got.title,
      standfirst: story.standfirst,
      byline: story.byline,
      ...bylineFields(doc, story.byline, story.bylineSource, compiled.agencies),
      published: story.published,
      ...pageMeta(doc, pageUrl, story.published, lang, { profileName: profile.name, storyAlternates: story.alternates }),
      leadImage: story.leadImage,
      paragraphs: got.paragraphs,
      html: got.html,
      wordCount: got.wordCount,
      readingMinutes: got.readingMinutes,
      ...(compiled.outletNames.length ? { outlets: compiled.outletNames } : {}),
    },
  );
}

/**
 * What a first read would set up, done ahead: the window's sanitizers and the known sites' text patterns. Reads
 * nothing; the in-page reader calls it in idle time once its code is loaded ahead of a first open.
 */
export function prepareRead(win: Window): void {
  prepareSanitizer(win);
  for (const profile of PROFILES) prepareTextTests(compiledProfile(profile));
}
