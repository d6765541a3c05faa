/**
 * The Moscow Times' markup: how a page says what it is, where the story sits, and what is not story.
 * Template paths are those of TMT's own code (themoscowtimes/themoscowtimes @2cf4ace, June 2024, under
 * resources/views/); "uBOL 2026" is uBlock Origin Lite's filter lists of August 2026; "calibre" its
 * moscowtimes_ru recipe. Details, by era and with confidence: docs/tmt-anatomy.md of the team.
 */
import type { SiteProfile } from '../site-profile';

export const TMT_PAGE: SiteProfile['page'] = {
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
  articleWrapper: {
    css: 'article[y-use="article.IsIntersecting"]',
    era: '2024 templates',
    source: 'article/item.php; js/article/InfiniteScroll.js (one wrapper per loaded article)',
  },
  articleUrlAttr: {
    css: '[data-article-url]',
    attr: 'data-article-url',
    era: '2024 templates',
    source: 'article/item.php (div.article-container)',
  },
  articleRoot: {
    css: 'article.article, div.article_wrap',
    era: 'article.article: 2019 templates on (2024, RU 2025); div.article_wrap: the archive site before 2016',
    source: 'article/item.php; scrapers; calibre. div.article_wrap: a scraper of old.themoscowtimes.com (headline in its h2)',
  },
};

export const TMT_STORY: SiteProfile['story'] = {
  title: {
    css: '.article__header h1, .article_wrap > h2',
    era: '2024 templates; .article_wrap > h2: the archive site before 2016',
    source: 'article/item.php; scrapers (EN and RU); a scraper of old.themoscowtimes.com (//div[@class="article_wrap"]//h2)',
  },
  author: {
    css: '.byline__author__name, .article__author__name',
    era: '2024 templates',
    source: 'article/item.php (archive pages: a span), article/gallery.php (.article__author__name)',
  },
  published: {
    css: 'time.byline__datetime[datetime], .article__byline time[datetime], .byline time[datetime]',
    era: '2024 templates; the last two for a renamed <time>',
    source: 'article/item.php, js/Timeago.js (rewrites the text: read datetime)',
  },
  leadFigure: {
    css: 'figure.article__featured-image, figure.featured-image',
    era: '2024 templates, RU 2025',
    source: 'article/item.php; RU scrapers',
  },
  leadCaption: {
    css: '.article__featured-image__caption, .featured-image__caption',
    era: '2024 templates',
    source: 'article/item.php',
  },
  leadCredit: {
    css: '.article__featured-image__credits, .featured-image__credits',
    era: '2024 templates',
    source: 'article/item.php',
  },
  body: {
    css: '.article__intro, .live-intro, .article__content, .live-posts, .article_text, .tmt-news-text',
    era: '2024 templates, RU 2025; .article_text: the archive site before 2016; .tmt-news-text: the 2016–18 design',
    source: 'article/item.php, article/live.php, article/gallery.php (two bodies); calibre; a scraper of '
      + 'old.themoscowtimes.com (//div[@class="article_text"]//p); a 2018 page\'s own ad script (getElementsByClassName("tmt-news-text"))',
  },
  figures: {
    css: '.article__block--image, .article__gallery__item, .slider__slide',
    era: '2024 templates',
    source: 'article/block/image.php, article/gallery.php, article/block/images.php',
  },
  captions: {
    css: '[class*="caption"]:not(figcaption)',
    era: 'any era',
    source: 'by name: every caption class of the 2024 templates has it',
  },
  bodyEnd: {
    css: '.article__bottom',
    era: '2024 templates, RU 2025',
    source: 'article/item.php; calibre (remove_tags_after)',
  },
  storyBlock: {
    css: '.article__block--html, .article__block--header, .article__block--quote, .article__block--aside',
    era: '2024 templates',
    source: 'article/block/{html,header,quote,aside}.php',
  },
  credits: {
    css: '[class*="credit"]',
    era: 'any era',
    source: 'by name: every credit class of the 2024 templates has it',
  },
};

export const TMT_DROP: SiteProfile['drop'] = [
  {
    what: 'ad slots',
    era: '2024 templates',
    source: 'banner/template/content.php, billboard.php; Freestar ads in article/item_raw.php',
    selectors: ['section[y-name="banner"]', '[y-name="banner"]', '[y-use="Banner"]', '[data-freestar-ad]', '.banner'],
  },
  {
    what: 'teasers, newsletter sign-ups and slider buttons inside the body',
    era: '2024 templates; RU 2025',
    source: 'article/block/{article,newsletter,link,images}.php; calibre (.related-article__content)',
    selectors: [
      '.article__block--article',
      'aside.article__related-article',
      '.related-article__content',
      '.article__block--newsletter',
      '.article__newsletter',
      '.article__block--link',
      '.slider__nav',
    ],
  },
  {
    what: 'around the body: header, byline, share bars, disclaimer, author bios, tags, sponsor boxes',
    era: '2024 templates',
    source: 'article/item.php, common/social.php, author/excerpt/*.php, article/sponsor/mt_plus.php',
    selectors: [
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
    ],
  },
  {
    what: 'the header\'s donation teaser (desktop and mobile)',
    era: '2019–2026',
    source: 'contribute/banner.php; uBOL 2026 (.contribute-teaser-mobile)',
    selectors: ['.contribute-teaser', '.contribute-teaser-mobile', '.site-header__contribute'],
  },
  { what: 'the fixed donation bar', era: '2022', source: 'contribute/bar.php; uBOL 2026', selectors: ['.contribute-bar'] },
  { what: 'the in-article donation box', era: '2023-11 – 2024', source: 'contribute/banner-one-dollar.php', selectors: ['.contribute-banner'] },
  { what: 'the donation modal', era: '2024 templates', source: 'contribute/modal.php; uBOL 2026 (EN and RU)', selectors: ['.contribute-modal'] },
  {
    what: 'the donation box, pop-up and sticky bar of the "undesirable" era',
    era: '2025–26',
    source: 'uBOL 2026 (annoyances-others); a 2026 page (div.contribute-article)',
    selectors: ['.contribute-article', '.contribute-popup', '.contribute-stickybottom'],
  },
  {
    what: 'newsletter boxes',
    era: '2024–26',
    source: 'newsletter/banner.php, article/gallery.php (#newsletter-modal); uBOL 2026 (.newsletterbanner)',
    selectors: ['.newsletterbanner', '#newsletter-modal'],
  },
  {
    what: 'site chrome, should it be inside the root after a layout change',
    era: '2024 templates',
    source: 'article/item.php, menu/*.php, template/progress_bar.php, article/live.php',
    selectors: [
      'aside.sidebar',
      'section.cluster',
      '.preheader_advert',
      '.article__sticky-article-banner',
      '.next-article-loader',
      'footer.footer',
      '.navigation',
      '.site-header',
      '.progress-bar',
      '.live-loader',
      '.live-post__date',
    ],
  },
  { what: 'comments', era: '2014', source: 'Disqus on 2014 pages (anatomy, summary)', selectors: ['.disqus_wrap'] },
  {
    what: 'comment threads of third-party services, by the container their embed code asks for',
    era: 'any era (Disqus on 2014 pages; HyperComments on Russian sites of the 2010s-2020s)',
    source: 'Disqus universal embed code (<div id="disqus_thread">); HyperComments embed code (<div id="hypercomments_widget">)',
    selectors: ['#disqus_thread', '#hypercomments_widget'],
  },
  {
    what: 'chrome by its name, for layouts the selectors above do not know yet',
    era: 'any era',
    source: 'common class-name words of share bars, standfirsts, sign-ups and ads (an inference, not TMT evidence)',
    selectors: [
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
    ],
  },
  {
    // (Scripts, styles, form controls and every other element that is never prose go on any site: core/prose.ts.)
    what: 'forms: the newsletter sign-up and the donation form',
    era: 'any era',
    source: 'newsletter/banner.php; the hidden .contribute-article__reminder form (2026 page)',
    selectors: ['form'],
  },
];

export const TMT_LATE_OVERLAYS: SiteProfile['lateOverlays'] = [
  {
    what: 'donation overlays, shown after a timeout or a scroll; the modal locks the page\'s scrolling',
    era: '2022–2026',
    source: 'contribute/modal.php, js/contribute/Modal.js (10 s), contribute/bar.php; uBOL 2026 (and body{overflow:auto})',
    selectors: ['.contribute-modal', '.contribute-popup', '.contribute-bar', '.contribute-stickybottom'],
  },
  {
    what: 'newsletter overlays',
    era: '2024–26',
    source: 'newsletter/banner.php (y-use="newsletter.Banner"), article/gallery.php',
    selectors: ['.newsletterbanner[y-use]', '#newsletter-modal'],
  },
];
