/**
 * The Moscow Times' hosts and addresses: which paths are articles and what the others are.
 * Each rule lists example URLs that must match it (urls.test.ts checks them, and that no example of a page that is
 * not an article matches an article rule). Sources are those of docs/tmt-anatomy.md of the team: TMT's own code
 * (themoscowtimes/themoscowtimes @2cf4ace, June 2024: config/routes.php, app/Url.php) and real article URLs.
 * To add a scheme: add a rule with its examples; put it with the non-articles if it must win over an article rule.
 */
import type { HostEntry, PathService, UrlRule } from '../site-profile';

export const TMT_HOSTS: HostEntry[] = [
  { host: 'www.themoscowtimes.com', lang: 'en', era: 'all eras', source: 'every article URL seen' },
  { host: 'themoscowtimes.com', lang: 'en', era: 'all eras', source: 'article URLs quoted without www (anatomy §1.1)' },
  { host: 'ru.themoscowtimes.com', lang: 'ru', era: '2025-08 onward', source: 'about 10 third-party references 2025–26 (anatomy §1.2)' },
  { host: 'moscowtimes.ru', lang: 'ru', era: '2022 – mid-2025', source: 'menu/main.php (the EN header\'s "RU" link), real URLs' },
  { host: 'www.moscowtimes.ru', lang: 'ru', era: '2022 – mid-2025', source: 'real URLs, scrapers\' feeds (anatomy §1.2)' },
  {
    host: 'old.themoscowtimes.com',
    lang: 'en',
    era: 'before 2016 (the archive site)',
    source: 'anatomy §0 (/sitemap/free/… in windows-1251); a scraper\'s crawl of its /sitemap/ and a saved page of it',
  },
];

export const TMT_PATH_SERVICES: PathService[] = [
  {
    hosts: ['www.themoscowtimes.com', 'themoscowtimes.com'],
    prefix: '/ru',
    lang: 'ru',
    name: 'The Moscow Times in Russian',
    era: '2020',
    source: 'a copied page head of 2020-07-16 (og:site_name "The Moscow Times in Russian", static.themoscowtimes.com/ru/image/…)',
    examples: [
      'https://www.themoscowtimes.com/ru/2020/07/16/britaniya-obvinila-rossiiskih-hakerov-v-atakah-na-razrabotchikov-vaktsini-a117315',
      'https://www.themoscowtimes.com/ru',
      'https://themoscowtimes.com/ru/news',
    ],
  },
];

const SECTIONS =
  'news|opinion|business|arts-and-life|climate|diaspora|features|in-depth|ukraine-war|lectures|meanwhile|city|society|politics|economy';

export const TMT_ARTICLE_RULES: UrlRule[] = [
  {
    kind: 'article',
    pattern: /^\/\d{4}\/\d{2}\/\d{2}\/[^/]+-a\d+\/?$/i,
    era: '2016 onward (EN), 2022 onward (RU)',
    source: 'config/routes.php, app/Url.php (the trailing -a<ID>); real article URLs',
    examples: [
      'https://www.themoscowtimes.com/2026/03/31/kremlin-rebuffs-zelenskys-easter-ceasefire-proposal-a92387',
      'https://themoscowtimes.com/2014/03/12/today-in-history-march-12-a32880/',
      'http://www.themoscowtimes.com/2022/04/29/ukraine-as-its-happening-a76553',
      'https://ru.themoscowtimes.com/2025/11/01/kriptobirzha-bybit-a179044',
      'https://www.moscowtimes.ru/2024/12/19/v-otkritii-dostup-popali-dannie-a150935',
      'https://moscowtimes.ru/2022/12/28/blagodarstvennoe-pismo-izdatelya-the-moscow-times-a29777',
    ],
  },
  {
    kind: 'article',
    pattern: /^\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/?$/i,
    era: 'about 2018–19 (dated addresses before the -a<ID> suffix)',
    source: 'real article URLs without -a<ID> (e.g. 2018/07/30/germany-extradites-cocaine-smuggling-suspect-russia); an inference for the rest',
    examples: [
      'https://www.themoscowtimes.com/2018/07/30/germany-extradites-cocaine-smuggling-suspect-russia',
      'https://themoscowtimes.com/2019/02/15/pulling-strings-for-fun-and-profit/',
    ],
  },
  {
    kind: 'article',
    pattern: /^\/(news|articles|photogalleries)\/[^/]+-\d+\/?$/i,
    era: '2016–18 (the design before the 2019 templates; now redirected to the dated address)',
    source: 'links of a 2018 home page of that design; config/routes.php (the legacy redirect)',
    examples: [
      'https://themoscowtimes.com/news/russia-says-23-british-diplomats-have-one-week-to-leave-60848',
      'https://themoscowtimes.com/articles/with-russia-putin-presidential-elections-ksenia-sobchak-has-already-moved-on-60832',
      'https://themoscowtimes.com/photogalleries/95-years-of-pioneers-58045',
    ],
  },
  {
    kind: 'archive article',
    pattern: /^\/sitemap\/free\/\d{4}\/\d{1,2}\/article\/[^/]+\/\d+\.html$/i,
    hosts: ['old.themoscowtimes.com'],
    era: 'before 2016 (the archive site)',
    source: 'anatomy §0; a scraper\'s test page (…/sitemap/free/2014/1/article/<slug>/492579.html)',
    examples: [
      'http://old.themoscowtimes.com/sitemap/free/2014/1/article/netherlands-extradites-russian-accused-of-overseeing-shipments-of-cocaine-stashed-in-bananas/492579.html',
    ],
  },
  {
    kind: 'archive article',
    pattern: /^\/[a-z_]+\/article\/[^/]+\/\d+\.html$/i,
    era: 'before 2016 (its section addresses; on today\'s site they redirect to /archive/<slug>)',
    source: 'anatomy §1.1 (/news/article/waiting-for-vladimir-putin/265882.html redirects to /archive/…)',
    examples: [
      'https://www.themoscowtimes.com/news/article/waiting-for-vladimir-putin/265882.html',
      'http://old.themoscowtimes.com/news/article/waiting-for-vladimir-putin/265882.html',
    ],
  },
  {
    kind: 'archive article',
    pattern: /^\/stories\/\d{4}\/\d{2}\/\d{2}\/\d+\.html$/i,
    era: 'about 1998–2008 (the site before the 2009 design: one numbered story per issue day)',
    source:
      'TMT links quoted on other sites (www.themoscowtimes.com/stories/2006/05/11/042.html on a press page; context.themoscowtimes.com/stories/2004/04/30/120.html in a forum post); found 2026-12 (session 12)',
    examples: [
      'http://www.themoscowtimes.com/stories/2006/05/11/042.html',
      'http://www.themoscowtimes.com/stories/2008/03/14/041.html',
    ],
  },
  {
    kind: 'archive article',
    pattern: /^\/archive\/[^/]+\/?$/i,
    era: '1994–2017 material, served by the 2024 templates',
    source: 'config/routes.php (/archive/<slug>); old /news/article/<slug>/<id>.html redirects there',
    examples: ['https://www.themoscowtimes.com/archive/waiting-for-vladimir-putin'],
  },
  {
    kind: 'sponsored article',
    pattern: /^\/plus\/[^/]+\/[^/]+\/?$/i,
    era: '2024 templates',
    source: 'config/routes.php (/plus/<campaign>/<slug>, the MT+ advertorial); the example is made up',
    examples: ['https://www.themoscowtimes.com/plus/some-campaign/a-sponsored-story'],
  },
];

export const TMT_NON_ARTICLE_RULES: UrlRule[] = [
  {
    kind: 'the home page',
    pattern: /^\/?$/,
    era: 'all eras',
    source: 'config/routes.php',
    examples: ['https://www.themoscowtimes.com/', 'https://ru.themoscowtimes.com/'],
  },
  {
    kind: 'a section page',
    pattern: new RegExp(`^/(${SECTIONS})(/\\d+)?/?$`, 'i'),
    era: '2024 templates (city, society, politics, economy: older and RU sections, by their names)',
    source: 'config/routes.php (each section, optionally with an offset)',
    examples: ['https://www.themoscowtimes.com/news', 'https://www.themoscowtimes.com/opinion/18', 'https://www.themoscowtimes.com/ukraine-war'],
  },
  {
    kind: 'a list of articles',
    pattern: /^\/(videos|galleries|podcasts)(\/\d+)?\/?$/i,
    era: '2024 templates',
    source: 'config/routes.php',
    examples: ['https://www.themoscowtimes.com/podcasts', 'https://www.themoscowtimes.com/galleries/2'],
  },
  {
    kind: 'a tag page',
    pattern: /^\/tags?\/[^/]+(\/\d+)?\/?$/i,
    era: '2024 templates',
    source: 'config/routes.php (/tag/<tag>(/<offset>))',
    examples: ['https://www.themoscowtimes.com/tag/ukraine-war', 'https://www.themoscowtimes.com/tag/ukraine-war/24'],
  },
  {
    kind: 'an author page',
    pattern: /^\/authors?\/[^/]*\/?$/i,
    role: 'author',
    era: '2024 templates',
    source: 'config/routes.php (/author/<slug>, /authors/<char>); page /author/felix-light',
    examples: ['https://www.themoscowtimes.com/author/felix-light', 'https://www.themoscowtimes.com/authors/a'],
  },
  {
    kind: 'the donation page',
    pattern: /^\/contribute(\/.*)?$/i,
    role: 'donation',
    era: '2019 onward',
    source: 'the header teaser\'s link (contribute/banner.php); every appeal\'s button (contribute/banner-one-dollar.php, bar.php, modal.php: /contribute?utm_…)',
    examples: ['https://www.themoscowtimes.com/contribute', 'https://www.themoscowtimes.com/contribute?utm_source=contribute'],
  },
  {
    kind: 'a dossier page',
    pattern: /^\/all-about\/[^/]+\/?$/i,
    era: '2024 templates',
    source: 'config/routes.php',
    examples: ['https://www.themoscowtimes.com/all-about/mobilization'],
  },
  {
    kind: 'a campaign page',
    pattern: /^\/plus\/[^/]+\/?$/i,
    era: '2024 templates',
    source: 'config/routes.php (/plus/<slug>)',
    examples: ['https://www.themoscowtimes.com/plus/some-campaign'],
  },
  {
    kind: 'an information page',
    pattern: /^\/(page|info)\/[^/]+\/?$/i,
    era: '/page: 2024 templates; /info: later',
    source: 'config/routes.php; page /info/about-us',
    examples: ['https://www.themoscowtimes.com/info/about-us', 'https://www.themoscowtimes.com/page/moscow-times'],
  },
  {
    kind: 'the PDF version of an article',
    pattern: /^\/\d{4}\/\d{2}\/\d{2}\/[^/]+-a\d+\/pdf\/?$/i,
    era: '2024 templates',
    source: 'common/social.php (.social__icon--pdf)',
    examples: ['https://www.themoscowtimes.com/2026/03/31/story-a92387/pdf'],
  },
  {
    kind: 'a site page',
    pattern:
      /^\/(search|newsletters?|account|issues?|in-print|event|location|partner|ambassadors?|rss|feeds|all|live|preview)(\/.*)?$/i,
    era: '2024 templates (/issues: the old print issues)',
    source: 'config/routes.php; /all/<id> is the infinite-scroll fragment, /live/<id>/<from> the live blog\'s JSON',
    examples: [
      'https://www.themoscowtimes.com/search?q=putin',
      'https://www.themoscowtimes.com/newsletters',
      'https://www.themoscowtimes.com/rss/news',
      'https://www.themoscowtimes.com/issues/5800',
      'https://www.themoscowtimes.com/all/92380',
      'https://www.moscowtimes.ru/rss/news',
    ],
  },
  {
    kind: 'the archive index',
    pattern: /^\/sitemap(\/free(\/\d{4}(\/\d{1,2}){0,2})?)?(\.html|\/)?$/i,
    hosts: ['old.themoscowtimes.com'],
    era: 'before 2016 (the archive site)',
    source: 'a scraper\'s crawl of old.themoscowtimes.com/sitemap/ (year, month and day pages)',
    examples: [
      'http://old.themoscowtimes.com/sitemap/',
      'http://old.themoscowtimes.com/sitemap/free/2014.html',
      'http://old.themoscowtimes.com/sitemap/free/1992/12/2.html',
    ],
  },
  {
    kind: 'the archive index',
    pattern: /^\/archive(\/\d+)?\/?$/i,
    era: '2024 templates',
    source: 'config/routes.php (an offset after /archive is a page of the index, not an archive article)',
    examples: ['https://www.themoscowtimes.com/archive'],
  },
];
