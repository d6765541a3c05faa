/**
 * Site-aware cleaning: pick the current article out of the page, read its metadata, and build a small document that
 * holds only the story, with every appeal, teaser, ad and label removed, ready for Readability. The page's own
 * document is never modified: the story root is copied first. Each pass is a module of this folder.
 */
import type { CompiledProfile } from '../profile';
import type { Alternate, LeadImage } from '../types';
import { dropAuthorBoxes } from './author-box';
import { cutAtBodyEnd, dropListed, dropNotProse } from './drop';
import { figuresByShape, normalizeFigures, resolveLazyImagesAmong, takeLeadFigure } from './figures';
import { appendFlat, pruneEmpty } from './flatten';
import { StoryKeeper } from './keeper';
import { takeLanguageLines } from './language-lines';
import { dropHeadline, readMetadata } from './metadata';
import { dropPullQuotes } from './repeats';
import { bodyParts, copyStory, findLandmarks, findStoryRoot } from './root';
import { dropDanglingLabels, dropLinkTeasers } from './teasers';
import { dropByText } from './text-net';

export interface CleanedStory {
  /** A new document holding only the story's body. */
  doc: Document;
  /** The lead figure (image, caption, credit in <small>), an element of `doc` outside its body, shown above it. */
  lead: Element | null;
  title: string | null;
  standfirst: string | null;
  byline: string | null;
  /** 'page': names the byline shows; 'meta': the page's meta/JSON-LD authors (the byline showed none). */
  bylineSource: 'page' | 'meta' | null;
  published: string | null;
  leadImage: LeadImage | null;
  /** Where the story's other-language line pointed (the line itself is gone from `doc`). */
  alternates: Alternate[];
}

/**
 * The story document of the page's current article; null when it has none, by the profile or by its markup.
 * `base`: what the lead image's address resolves against (none: only an absolute one is kept; a saved copy's
 * relative ones point into the copy, see address.ts).
 */
export function cleanStory(source: Document, url: string, profile: CompiledProfile, lang: string, base: string | undefined): CleanedStory | null {
  const found = findStoryRoot(source, url, profile);
  if (!found) return null;
  const { known, sel } = found;
  const { story, copy } = copyStory(source, found.root, lang, found.parts);
  const landmarks = findLandmarks(copy, sel);
  const keeper = new StoryKeeper(copy, landmarks.pieces);
  const marks = dropNotProse(landmarks, keeper, profile.text.appealWeak, sel.captions);

  const { titleEl, headLines, ...meta } = readMetadata(source, copy, marks, keeper, known, lang);
  story.title = meta.title ?? '';
  dropHeadline(copy, titleEl, known, keeper, headLines);
  const lead = takeLeadFigure(copy, marks.leadFigures, sel, known, base, keeper);
  cutAtBodyEnd(copy, marks.ends, keeper);
  resolveLazyImagesAmong(dropListed(copy, sel.drop, keeper));

  const container = story.createElement('div');
  const alternates: Alternate[] = [];
  for (const part of bodyParts(copy, sel)) {
    // Before the text rules: the line is navigation, and its link is worth keeping (not as story).
    alternates.push(...takeLanguageLines(part, url, lang, profile.data));
    normalizeFigures(part, sel, keeper);
    figuresByShape(part, keeper);
    dropByText(part, profile, keeper);
    dropLinkTeasers(part, sel.storyBlock, url, { profile, keeper });
    dropAuthorBoxes(part, sel.author, meta.byline, keeper, { url, profile });
    pruneEmpty(part);
    dropDanglingLabels(part);
    appendFlat(part, container);
  }
  dropPullQuotes(container);
  copy.remove();
  story.body.append(container);
  return { doc: story, lead: lead.element, ...meta, leadImage: lead.image, alternates };
}
