/**
 * The language-lines pass: the line in a story that points to its version in the other language ("Читайте русскую
 * версию здесь.", "Read the English version here") is navigation, not story. It is taken out, and where it links
 * becomes one of the result's `alternates`. So is a line that is only a link to the same article id on the site's
 * other-language service.
 */
import type { SiteProfile } from '../../sites';
import { siteAddress } from '../detect';
import { addAlternate } from '../page-meta';
import { httpUrl } from '../url';
import { collapsedLength, collapseSpace } from '../text';
import type { Alternate } from '../types';
import { compileSelectors, elementsByTag, queryAll, selectorList } from '../select';

/** Blocks a language line can be: a paragraph, or a box or list item holding only it. */
const LINE_BLOCKS = compileSelectors(selectorList('p,div,li,h2,h3,h4,h5,h6,blockquote,aside'));
/** Longer than this, a block is prose that happens to hold a link. */
const MAX_LINE_CHARS = 160;
/** The article id at the end of an address (`…-a92387`). */
const ARTICLE_ID = /-a(\d+)\/?$/i;
/** A link whose text is at least this share of its block's text is the whole line. */
const LINK_IS_LINE_SHARE = 0.6;

function articleId(path: string): string | null {
  return ARTICLE_ID.exec(path)?.[1] ?? null;
}

/**
 * Takes the other-language lines out of `part` (a copy of the story) and returns the versions they point to.
 * `pageUrl`, `pageLang`: the page's address and language.
 */
export function takeLanguageLines(part: Element, pageUrl: string, pageLang: string, profile: SiteProfile): Alternate[] {
  const found: Alternate[] = [];
  const groups = profile.text.otherLanguageLine;
  const page = siteAddress(pageUrl);
  const pageId = page ? articleId(page.path) : null;
  // Innermost blocks first: the line itself goes, not the story block around it.
  // (Compiled selectors, not querySelectorAll: in jsdom the first query on the story's new document builds a
  // selector engine for it, ~0.8 ms a read; docs/performance.md, "Core".)
  for (const block of queryAll(part, LINE_BLOCKS).reverse()) {
    if (!block.isConnected) continue;
    const raw = block.textContent ?? '';
    if (collapsedLength(raw, MAX_LINE_CHARS) > MAX_LINE_CHARS) continue;
    const text = collapseSpace(raw);
    if (!text) continue;
    const phrase = groups.find((g) => g.lang !== pageLang && g.patterns.some((p) => p.test(text)));
    let taken = false;
    for (const a of elementsByTag(block, 'a')) {
      if (!a.hasAttribute('href')) continue;
      const url = httpUrl(a.getAttribute('href'), pageUrl);
      if (!url) continue;
      const target = siteAddress(url);
      const otherService = !!target && !!page && target.site === page.site && target.lang !== pageLang;
      const sameStory = otherService && !!pageId && articleId(target.path) === pageId;
      // The phrase says which language; an address of the site's other service says it too.
      const lang = otherService ? target.lang : phrase?.lang;
      if (!lang || (!phrase && !sameStory)) continue;
      // A link to the same story that sits in prose stays in the story; the line that is only that link goes.
      if (phrase || collapseSpace(a.textContent ?? '').length >= text.length * LINK_IS_LINE_SHARE) taken = true;
      addAlternate(found, { lang, url }, pageUrl, pageLang);
    }
    if (phrase || taken) block.remove();
  }
  return found;
}
