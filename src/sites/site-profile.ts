/**
 * What a site profile is: everything TMT Reader knows about one site's pages, as data (hosts, URL rules, markup,
 * texts). Nothing here runs; the core compiles a profile once (src/core/profile.ts) and interprets it.
 *
 * Knowledge that reflects a template era says which era and where it was learned (`Evidence`), so that whoever
 * edits it after a redesign can tell what is current, what is kept for old pages, and what was a guess.
 */
import type { Lang } from '../core/types';

/** Where a piece of site knowledge comes from. */
export interface Evidence {
  /** The template era it reflects, e.g. '2024 templates', '2023-11 – 2024', '2025–26', 'any era'. */
  era: string;
  /** Where it was learned: a template file of TMT's code, a filter list, a page's text, a scraper, an inference. */
  source: string;
}

export interface HostEntry extends Evidence {
  host: string;
  /** The language the host serves. */
  lang: Lang;
}

/** One kind of address, with real (or realistic) example URLs that must match it: a unit test checks them. */
export interface UrlRule extends Evidence {
  /** Tested against the URL's decoded path (repeated slashes folded). */
  pattern: RegExp;
  /** Human words for the page kind, used in reasons ("This is {kind} of The Moscow Times, not an article."). */
  kind: string;
  examples: string[];
  /** Only on these hosts (an archive site's own scheme); on every host of the site when absent. */
  hosts?: string[];
  /**
   * 'donation': the page every donation appeal's button leads to. A short link there inside the story is an appeal's
   * call to action, whatever its words: the small box around it goes with it (clean/teasers.ts). 'author': an
   * author's page: a link there that names the story's author, in a box with a bio after the story, is the author's
   * box (clean/author-box.ts).
   */
  role?: 'donation' | 'author';
}

/**
 * Another service of the site living under a path of its hosts (the Russian service under /ru/ of the English
 * host in 2020): its language and name apply there, and the URL rules are tested against the path after it.
 */
export interface PathService extends Evidence {
  hosts: string[];
  /** The path prefix, without a trailing slash ("/ru"). */
  prefix: string;
  lang: Lang;
  /** Its name in reasons, e.g. "The Moscow Times in Russian". */
  name: string;
  /** Real (or realistic) addresses under it; a unit test checks them. */
  examples: string[];
}

/** The line that points to the story in another language ("Читайте русскую версию здесь."), and that language. */
export interface LanguageLine extends PhraseGroup {
  lang: Lang;
}

/** Selectors that share an era and a source. */
export interface SelectorGroup extends Evidence {
  /** What they are, in words. */
  what: string;
  selectors: string[];
}

/** Text patterns that share an era and a source (one box of one era, say). */
export interface PhraseGroup extends Evidence {
  what: string;
  patterns: RegExp[];
}

/** Labels of one kind; `opensSection`: they head a list of other pages or of readers' comments ("Read more", «Читайте
 *  также», "Comments (12)"), and a box they open is that list, which goes whole (clean/text-net.ts). */
export interface LabelGroup extends PhraseGroup {
  opensSection?: true;
}

/** Names of one kind (news agencies) with their provenance. */
export interface NameGroup extends Evidence {
  what: string;
  names: string[];
}

/** A CSS selector list (commas allowed, none inside a selector) with its provenance. */
export interface Markup extends Evidence {
  css: string;
}

export interface SiteProfile {
  id: string;
  name: string;
  hosts: HostEntry[];
  /** Services under a path prefix of some hosts (checked before the URL rules). */
  pathServices: PathService[];
  /** Addresses of articles (the markup may still overrule them). */
  articleRules: UrlRule[];
  /** Addresses known not to be articles, with what they are. Checked before the article rules. */
  nonArticleRules: UrlRule[];
  page: {
    /** Any one of these on <body> says "article page". */
    articleBodyClasses: string[];
    /** Body classes of page types that are not articles, with what they are. */
    nonArticleBodyClasses: Record<string, string>;
    /** One per loaded article (infinite scroll appends more). */
    articleWrapper: Markup;
    /** The element of a wrapper that carries the article's own URL, and the attribute. */
    articleUrlAttr: Markup & { attr: string };
    /** The story root inside a wrapper. */
    articleRoot: Markup;
  };
  story: {
    title: Markup;
    /** Author names; role labels inside the byline are not names. */
    author: Markup;
    published: Markup;
    leadFigure: Markup;
    leadCaption: Markup;
    leadCredit: Markup;
    /** Body containers, in page order (intro, gallery pages' two bodies, live posts). */
    body: Markup;
    /** Image blocks and gallery items: each becomes one <figure> with caption and credit. */
    figures: Markup;
    /** Captions inside a figure block. */
    captions: Markup;
    /** Everything after this element in its container is not the story. */
    bodyEnd: Markup;
    /** Blocks that carry the editor's story text. Text rules are gentler inside them. */
    storyBlock: Markup;
    /** Inline image credits inside the body. */
    credits: Markup;
  };
  /** Removed from the story wherever they appear. */
  drop: SelectorGroup[];
  /** Overlays that may appear late and lock scrolling (the in-page reader keeps them away). */
  lateOverlays: SelectorGroup[];
  /** How the site names itself in text (attributions such as "told The Moscow Times"). */
  outletNames: string[];
  /**
   * News agencies the site's bylines name ("By A, Reuters and AFP"): a byline naming one (whole words, as listed)
   * names an organisation, for citations, even when the page's JSON-LD does not type it (one it calls a person stays one).
   */
  agencies: NameGroup[];
  text: {
    /**
     * Phrases only donation/newsletter appeals use. A box (or a lone paragraph) holding one is dropped, even inside
     * the story or under a renamed class.
     */
    appealStrong: PhraseGroup[];
    /**
     * Vocabulary of appeals. Only applied to boxes that are NOT story blocks, and to the paragraphs right after a
     * strong appeal phrase: words like "undesirable" or "foreign agent" are common in real stories.
     */
    appealWeak: PhraseGroup[];
    /**
     * The voice of an appeal: the outlet speaking to its readers ("our work", "your support") about itself.
     * A paragraph right after a strong appeal phrase that has both (outside quotation marks) is appeal too.
     */
    appealVoice: Evidence & { speaker: RegExp; topic: RegExp };
    /** Whole-text labels of site chrome ("Read more", "3 Min read"): never story text. */
    labels: LabelGroup[];
    /**
     * The short line in a story that points to its version in the other language: navigation, not story. It is taken
     * out, and its link becomes one of the result's `alternates`.
     */
    otherLanguageLine: LanguageLine[];
  };
}
