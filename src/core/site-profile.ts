/**
 * Site knowledge as data: everything TMT Reader knows about The Moscow Times' pages lives here
 * (hosts, URL shapes, selectors, appeal texts). Code elsewhere only interprets a profile.
 * Sources: ../docs/tmt-anatomy.md of the team (TMT's 2024 templates, 2026 filter lists, page texts).
 */
import type { Lang } from './types';

export interface PathRule {
  pattern: RegExp;
  /** Human words for the page kind, used in "not an article" reasons. */
  kind: string;
}

export interface SiteProfile {
  id: string;
  name: string;
  /** Exact host names with the language each one serves. */
  hosts: Record<string, Lang>;
  /** Paths that are articles (before DOM confirmation). */
  articlePaths: PathRule[];
  /** Paths that are known not to be articles, with what they are. */
  nonArticlePaths: PathRule[];
  dom: {
    /** Any one of these on <body> says "article page". */
    articleBodyClasses: string[];
    /** Body classes of page types that are not articles, with what they are. */
    nonArticleBodyClasses: Record<string, string>;
    /** One per loaded article (infinite scroll appends more). */
    articleWrapper: string;
    /** Element of a wrapper that carries the article's own URL. */
    articleUrlAttr: { selector: string; attr: string };
    /** The story root inside a wrapper. */
    articleRoot: string;
    title: string;
    /** Author names; role labels inside the byline are not names. */
    author: string;
    published: string;
    leadFigure: string;
    leadCaption: string;
    leadCredit: string;
    /** Body containers, in page order (intro, gallery pages' two bodies, live posts). */
    body: string;
    /** Image blocks and gallery items: each becomes one <figure> with caption and credit. */
    figures: string;
    /** Captions inside a figure block. */
    captions: string;
    /** Everything after this element in its container is not the story. */
    bodyEnd: string;
    /** Blocks that carry the editor's story text. Text rules are gentler inside them. */
    storyBlock: string;
    /** Inline image credits inside the body. */
    credits: string;
  };
  /** Removed from the story wherever they appear. */
  drop: string[];
  /** Overlays that may appear late and lock scrolling (the reader keeps them away). */
  lateOverlays: string[];
  text: {
    /**
     * Phrases that only donation/newsletter appeals use. A box (or a lone paragraph) holding one is dropped,
     * even inside the story or under a renamed class.
     */
    appealStrong: RegExp[];
    /**
     * Vocabulary of appeals. Only applied to boxes that are NOT story blocks, and to the paragraphs right after
     * a strong appeal heading: words like "undesirable" or "foreign agent" are common in real stories.
     */
    appealWeak: RegExp[];
    /**
     * The voice of an appeal: the outlet speaking to its readers ("our work", "your support") about itself.
     * A paragraph right after a strong appeal phrase that has both (outside quotation marks) is appeal too.
     */
    appealVoice: { speaker: RegExp; topic: RegExp };
    /** Whole-text labels of site chrome ("Read more", "3 Min read"): never story text. */
    labels: RegExp[];
  };
}

const SECTIONS =
  'news|opinion|business|arts-and-life|climate|diaspora|features|in-depth|ukraine-war|lectures|meanwhile|city|society|politics|economy';

export const TMT_PROFILE: SiteProfile = {
  id: 'tmt',
  name: 'The Moscow Times',
  hosts: {
    'www.themoscowtimes.com': 'en',
    'themoscowtimes.com': 'en',
    'ru.themoscowtimes.com': 'ru',
    'moscowtimes.ru': 'ru',
    'www.moscowtimes.ru': 'ru',
  },
  articlePaths: [
    { pattern: /^\/\d{4}\/\d{2}\/\d{2}\/[^/]+-a\d+\/?$/i, kind: 'article' },
    { pattern: /^\/archive\/[^/]+\/?$/i, kind: 'archive article' },
    { pattern: /^\/plus\/[^/]+\/[^/]+\/?$/i, kind: 'sponsored article' },
  ],
  nonArticlePaths: [
    { pattern: /^\/?$/, kind: 'the home page' },
    { pattern: new RegExp(`^/(${SECTIONS})(/\\d+)?/?$`, 'i'), kind: 'a section page' },
    { pattern: /^\/(videos|galleries|podcasts)(\/\d+)?\/?$/i, kind: 'a list of articles' },
    { pattern: /^\/tags?\/[^/]+(\/\d+)?\/?$/i, kind: 'a tag page' },
    { pattern: /^\/authors?\/[^/]*\/?$/i, kind: 'an author page' },
    { pattern: /^\/contribute(\/.*)?$/i, kind: 'the donation page' },
    { pattern: /^\/all-about\/[^/]+\/?$/i, kind: 'a dossier page' },
    { pattern: /^\/plus\/[^/]+\/?$/i, kind: 'a campaign page' },
    { pattern: /^\/(page|info)\/[^/]+\/?$/i, kind: 'an information page' },
    { pattern: /^\/\d{4}\/\d{2}\/\d{2}\/[^/]+-a\d+\/pdf\/?$/i, kind: 'the PDF version of an article' },
    {
      pattern:
        /^\/(search|newsletters?|account|issues?|in-print|event|location|partner|ambassadors?|rss|feeds|all|live|preview)(\/.*)?$/i,
      kind: 'a site page',
    },
    { pattern: /^\/archive(\/\d+)?\/?$/i, kind: 'the archive index' },
  ],
  dom: {
    articleBodyClasses: ['article-item'],
    nonArticleBodyClasses: {
      home: 'the home page',
      'article-index': 'a list of articles',
      author: 'an author page',
      authors: 'a list of authors',
      'page-item': 'an information page',
      'podcast-index': 'a list of podcasts',
      'campaign-item': 'a campaign page',
      'dossier-item': 'a dossier page',
      'issue-item': 'a print issue',
      'issue-index': 'a list of print issues',
      'contribution-landing': 'the donation page',
    },
    articleWrapper: 'article[y-use="article.IsIntersecting"]',
    articleUrlAttr: { selector: '[data-article-url]', attr: 'data-article-url' },
    articleRoot: 'article.article',
    title: '.article__header h1',
    author: '.byline__author__name, .article__author__name',
    published: 'time.byline__datetime[datetime], .article__byline time[datetime], .byline time[datetime]',
    leadFigure: 'figure.article__featured-image, figure.featured-image',
    leadCaption: '.article__featured-image__caption, .featured-image__caption',
    leadCredit: '.article__featured-image__credits, .featured-image__credits',
    body: '.article__intro, .live-intro, .article__content, .live-posts',
    figures: '.article__block--image, .article__gallery__item, .slider__slide',
    captions: '[class*="caption"]:not(figcaption)',
    bodyEnd: '.article__bottom',
    storyBlock: '.article__block--html, .article__block--header, .article__block--quote, .article__block--aside',
    credits: '[class*="credit"]',
  },
  drop: [
    // in-body ads, teasers, newsletter, sliders' navigation
    'section[y-name="banner"]',
    '[y-name="banner"]',
    '[y-use="Banner"]',
    '[data-freestar-ad]',
    '.banner',
    '.article__block--article',
    'aside.article__related-article',
    '.related-article__content',
    '.article__block--newsletter',
    '.article__newsletter',
    '.article__block--link',
    '.slider__nav',
    // around the body
    '.article__header',
    '.article__byline',
    '.byline',
    '.social',
    '.article__disclaimer',
    '[class*="author-excerpt"]',
    '.article__tags',
    '.article__bottom',
    '.hidden-md-up',
    '.campaign__header',
    // appeals of every era, newsletter boxes, overlays
    '.contribute-banner',
    '.contribute-article',
    '.contribute-popup',
    '.contribute-stickybottom',
    '.contribute-bar',
    '.contribute-modal',
    '.contribute-teaser',
    '.contribute-teaser-mobile',
    '.site-header__contribute',
    '.newsletterbanner',
    '#newsletter-modal',
    // site chrome, should it be inside the root after a layout change
    'aside.sidebar',
    'section.cluster',
    '.preheader_advert',
    '.article__sticky-article-banner',
    '.next-article-loader',
    'footer.footer',
    '.navigation',
    '.site-header',
    '.progress-bar',
    '.disqus_wrap',
    '.live-loader',
    '.live-post__date',
    // chrome by its name, for layouts the selectors above do not know yet
    '[class*="share-bar"]',
    '[class*="__share"]',
    '[class*="standfirst"]',
    '[class*="__section"]:not(section)',
    '[class*="__topics"]',
    '[class*="newsletter"]',
    '[class*="signup"]',
    '[class*="ad-slot"]',
    '[class*="__related"]',
    '[data-component="share"]',
    'script',
    'style',
    'noscript',
    'template',
    'form',
    'button',
    'input',
    'select',
    'textarea',
  ],
  lateOverlays: [
    '.contribute-modal',
    '.contribute-popup',
    '.contribute-bar',
    '.contribute-stickybottom',
    '.newsletterbanner[y-use]',
    '#newsletter-modal',
  ],
  text: {
    appealStrong: [
      /(…|\.\.\.)\s*we have a small favou?r to ask/i,
      /A Message from The Moscow Times/i,
      /support us monthly starting from just/i,
      /Not ready to support today\?/i,
      /\bRemind me later\b/i,
      /Support The Moscow Times!?/i,
      /\bContribute today\b/i,
      /Russia(n)? media is under attack/i,
      /Now is the time to support independent reporting/i,
      /To keep our newsroom .{0,40} we need your support/i,
      /The need for honest and objective information on Russia is more relevant now than ever/i,
      /We have been named .?foreign agents/i,
      /Your support will help us fight back/i,
      /Sign up for our (free )?weekly newsletter/i,
      /Our weekly newsletter contains a hand-picked selection/i,
      /Subscribers agree to the Privacy Policy/i,
      /Поддержите The Moscow Times/i,
      /Подписывайтесь на Русскую службу The Moscow Times/i,
      /Напомнить позже/i,
      /Не готовы поддержать/i,
    ],
    appealWeak: [
      /\bcontribut(e|ion)s?\b/i,
      /\bsupport(ing)? (us|The Moscow Times|independent journalism|open, independent)/i,
      /\bdonat(e|ion)/i,
      /\bmonthly\b/i,
      /\bThank you\b/i,
      /^(Dear readers,?|Once|Monthly|Annual|Continue|Subscribe|Preview|Maybe later)$/i,
      /refuse to be silenced/i,
      /we need your help/i,
      /makes a (world of )?difference/i,
      /Поддерж(ите|ать)/i,
      /пожертв/i,
      /донат/i,
      /ежемесячн/i,
      /^(Разово|Ежемесячно|Ежегодно|Продолжить|Подписаться)$/i,
      /Спасибо/i,
    ],
    appealVoice: {
      speaker: /\b(we|our|us|you|your)\b|\b(мы|наш\w*|нас|вы|ваш\w*)(?![\p{L}])/iu,
      topic: /The Moscow Times|journalis|independent|reporting|readers|silence|журналист|независим|читател/i,
    },
    labels: [
      /^Read more( about)?:?$/i,
      /^Related( articles)?:?$/i,
      /^See also:?$/i,
      /^\d+\s*Min read$/i,
      /^(Most read|Just in|Latest)$/i,
      /^More (image galleries|videos|podcasts)$/i,
      /^Updated:?$/i,
      /^Partner Content$/i,
      /^Thanks for signing up!?$/i,
      /^(Читать далее|Читайте также|Читать еще|Самое читаемое|Последнее|Похожие материалы):?$/i,
      /^Время чтения:?\s*\d+\s*мин\.?$/i,
    ],
  },
};

/** All site profiles TMT Reader knows. Pages elsewhere get the generic reader. */
export const PROFILES: SiteProfile[] = [TMT_PROFILE];

export function profileForHost(host: string): SiteProfile | null {
  const h = host.toLowerCase();
  return PROFILES.find((p) => Object.hasOwn(p.hosts, h)) ?? null;
}
