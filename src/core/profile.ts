/**
 * A site profile (src/sites/) compiled once into what cleaning works with: its selector lists compiled
 * (select.ts), each list of text patterns joined into one test. Cleaning reads everything site-specific from here.
 * Detection (detect.ts) reads only the profile's signature (src/sites/signature.ts: hosts, URL rules, a few
 * selectors for the DOM's own querySelector): the content script runs it on every page and so never loads the
 * profiles or runs the compiler.
 */
import { PROFILES, selectorsOf, type Markup, type PhraseGroup, type SiteProfile } from '../sites';
import { compileSelectors, selectorList, type CompiledSelectors } from './select';

/** Does a text match one of a list of patterns? */
export interface TextTest {
  test(text: string): boolean;
}

/** The compiled selectors the cleaning passes use. */
export interface StorySelectors {
  articleRoot: CompiledSelectors;
  title: CompiledSelectors;
  /** The standfirst: an <h2> after the title, or anything named so. */
  standfirst: CompiledSelectors;
  author: CompiledSelectors;
  published: CompiledSelectors;
  leadFigure: CompiledSelectors;
  /** The lead figure's caption and credit, by the lead's own classes or any caption's and credit's. */
  leadCaption: CompiledSelectors;
  leadCredit: CompiledSelectors;
  body: CompiledSelectors;
  bodyEnd: CompiledSelectors;
  storyBlock: CompiledSelectors;
  figures: CompiledSelectors;
  captions: CompiledSelectors;
  credits: CompiledSelectors;
  /** What cleaning never removes whole: body containers, story blocks, image blocks (see clean/keeper.ts). */
  pieces: CompiledSelectors;
  drop: CompiledSelectors;
}

export interface CompiledProfile {
  id: string;
  name: string;
  /** The data this was compiled from. */
  data: SiteProfile;
  /** Selector strings for the DOM's own closest/querySelector (finding the current article among several). */
  css: {
    articleWrapper: string;
    articleUrl: string;
    articleUrlAttr: string;
    title: string;
  };
  /** For a page whose story root the profile found. */
  story: StorySelectors;
  /** For a page whose story root was found by its markup (a redesign): body, author and pieces widened to schema.org. */
  storyByMarkup: StorySelectors;
  text: {
    appealStrong: TextTest;
    appealWeak: TextTest;
    appealVoice: { speaker: RegExp; topic: RegExp };
    labels: TextTest;
    sectionLabels: TextTest;
  };
  lateOverlays: readonly string[];
  outletNames: readonly string[];
  /** The agencies' names, every group's. */
  agencies: readonly string[];
}

/**
 * Characters that show nothing: soft hyphens, zero-width spaces and joiners, word joiners, byte order marks. A phrase
 * broken by them ("A Mes\u200bsage from …") reads as the phrase, so the patterns are tested on the text without them.
 */
const INVISIBLE_CHAR = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
const INVISIBLE_CHARS = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/**
 * One test for a list of patterns: when they share their flags, one alternation (a text is read once instead of once
 * per pattern; the text rules run on every paragraph). A global or sticky regex keeps state between tests, so
 * lists with one, or with mixed flags, are tried one by one.
 */
export function anyOf(patterns: RegExp[]): TextTest {
  const flags = patterns[0]?.flags ?? '';
  const joinable = patterns.every((p) => p.flags === flags) && !flags.includes('g') && !flags.includes('y');
  const inner: TextTest =
    joinable && patterns.length > 1
      ? new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), flags)
      : { test: (text) => patterns.some((p) => p.test(text)) };
  return { test: (text) => inner.test(INVISIBLE_CHAR.test(text) ? text.replace(INVISIBLE_CHARS, '') : text) };
}

const css = (selector: string): CompiledSelectors => compileSelectors(selectorList(selector));
const phrases = (groups: PhraseGroup[]): RegExp[] => groups.flatMap((g) => g.patterns);
const list = (...markup: (Markup | string)[]): string => markup.map((m) => (typeof m === 'string' ? m : m.css)).join(', ');

/** Generic markup of a story (schema.org, author links) for pages whose root the profile does not know. */
const BODY_BY_MARKUP = '[itemprop="articleBody"]';
const AUTHOR_BY_MARKUP = '[rel="author"], a[href*="/author/"]';

export function compileProfile(data: SiteProfile): CompiledProfile {
  const { page, story: s } = data;
  const captions = css(s.captions.css);
  const credits = css(s.credits.css);
  const figures = css(s.figures.css);
  const storyBlock = css(s.storyBlock.css);
  const story: StorySelectors = {
    articleRoot: css(page.articleRoot.css),
    title: css(s.title.css),
    // (Each title selector gets its own "~ h2": the title is a list, one selector per era.)
    standfirst: css(`${s.title.css.split(',').map((t) => `${t.trim()} ~ h2`).join(', ')}, [class*="standfirst"]`),
    author: css(s.author.css),
    published: css(s.published.css),
    leadFigure: css(s.leadFigure.css),
    leadCaption: css(list(s.leadCaption, s.captions)),
    leadCredit: css(list(s.leadCredit, s.credits)),
    body: css(s.body.css),
    bodyEnd: css(s.bodyEnd.css),
    storyBlock,
    figures,
    captions,
    credits,
    pieces: css(list(s.body, s.storyBlock, s.figures)),
    drop: compileSelectors(selectorsOf(data.drop)),
  };
  const storyByMarkup: StorySelectors = {
    ...story,
    author: css(list(s.author, AUTHOR_BY_MARKUP)),
    body: css(list(s.body, BODY_BY_MARKUP)),
    pieces: css(list(s.body, BODY_BY_MARKUP, s.storyBlock, s.figures)),
  };
  return {
    id: data.id,
    name: data.name,
    data,
    css: {
      articleWrapper: page.articleWrapper.css,
      articleUrl: page.articleUrlAttr.css,
      articleUrlAttr: page.articleUrlAttr.attr,
      title: s.title.css,
    },
    story,
    storyByMarkup,
    text: {
      appealStrong: anyOf(phrases(data.text.appealStrong)),
      appealWeak: anyOf(phrases(data.text.appealWeak)),
      appealVoice: { speaker: data.text.appealVoice.speaker, topic: data.text.appealVoice.topic },
      labels: anyOf(phrases(data.text.labels)),
      sectionLabels: anyOf(phrases(data.text.labels.filter((g) => g.opensSection))),
    },
    lateOverlays: selectorsOf(data.lateOverlays),
    outletNames: data.outletNames,
    agencies: data.agencies.flatMap((g) => g.names),
  };
}

/** Words in both of V8's string forms (one byte and two bytes per character): it compiles a pattern for each apart. */
const SAMPLE_WORDS = ['Moscow', 'Москва'];

/**
 * Runs each of the profile's text patterns a few times on a word: V8 compiles a pattern on its first runs, and the
 * joined phrase lists are large, so the in-page reader does this in idle time instead of in a first read.
 */
export function prepareTextTests(profile: CompiledProfile): void {
  const { appealVoice, ...joined } = profile.text;
  const tests: TextTest[] = [
    ...Object.values(joined),
    appealVoice.speaker,
    appealVoice.topic,
    ...profile.data.text.otherLanguageLine.flatMap((g) => g.patterns),
  ];
  for (const t of tests) for (const word of SAMPLE_WORDS) for (let i = 0; i < 3; i++) t.test(word);
}

/** Every known site, compiled when cleaning is first loaded. */
const COMPILED_PROFILES = new Map(PROFILES.map((p) => [p, compileProfile(p)]));

/** The compiled form of a profile detection found (any other profile, such as a test's, is compiled on the spot). */
export function compiledProfile(profile: SiteProfile): CompiledProfile {
  return COMPILED_PROFILES.get(profile) ?? compileProfile(profile);
}
