/**
 * The Moscow Times' own words: donation and newsletter appeals of every era, chrome labels, its name.
 * The text safety net (src/core/clean/text-net.ts) recognises appeals by these words when their markup changed.
 * Sources: the verbatim texts in docs/tmt-anatomy.md §3 of the team (TMT's templates @2cf4ace and the visible
 * text of real pages, 2013–2026). Russian in-article appeal wording was never seen: those patterns are guesses.
 */
import type { NameGroup, SiteProfile } from '../site-profile';

export const TMT_TEXT: SiteProfile['text'] = {
  appealStrong: [
    {
      what: 'the in-article box "… we have a small favor to ask"',
      era: '2023-11 – 2024 (the monthly line also 2024–26)',
      source: 'contribute/banner-one-dollar.php; page text a32880',
      patterns: [/(…|\.\.\.)\s*we have a small favou?r to ask/i, /support us monthly starting from just/i],
    },
    {
      what: 'the in-article box of the "undesirable" era',
      era: '2024-07 – 2026',
      source: 'page text of a92387, a92373 (2026) and the 2014 "Kremlin Dismisses Putin Threat" page',
      patterns: [/A Message from The Moscow Times/i, /Not ready to support today\?/i, /\bRemind me later\b/i],
    },
    {
      what: 'the header teaser, on every page',
      era: '2019–2026',
      source: 'contribute/banner.php; every stored page',
      patterns: [/Support The Moscow Times!?/i, /\bContribute today\b/i],
    },
    {
      what: 'the bottom bar and the top banner of the war\'s first months',
      era: '2022',
      source: 'contribute/bar.php; page text a76553',
      patterns: [
        /Russia(n)? media is under attack/i,
        /Now is the time to support independent reporting/i,
        /needs your help more than ever as we cover this devastating invasion/i,
      ],
    },
    {
      what: 'the older bottom appeal',
      era: '2020–21',
      source: 'page text a22498',
      patterns: [
        /To keep our newsroom .{0,40} we need your support/i,
        /The need for honest and objective information on Russia is more relevant now than ever/i,
      ],
    },
    {
      what: 'the donation modal',
      era: '2024 templates',
      source: 'contribute/modal.php',
      patterns: [/We have been named .?foreign agents/i, /Your support will help us fight back/i],
    },
    {
      what: 'newsletter boxes',
      era: '2024–26',
      source: 'article/block/newsletter.php, newsletter/banner.php; 2026 page text',
      patterns: [
        /Sign up for our (free )?weekly newsletter/i,
        /Our weekly newsletter contains a hand-picked selection/i,
        /Subscribers agree to the Privacy Policy/i,
      ],
    },
    {
      what: 'Russian service: the header teaser and the Telegram promo',
      era: '2025',
      source: 'page text a169099',
      patterns: [/Поддержите The Moscow Times/i, /Подписывайтесь на Русскую службу The Moscow Times/i],
    },
    {
      what: 'Russian service: the box\'s closing line, translated from the English one',
      era: '2024–26 (a guess)',
      source: 'no Russian in-article appeal was ever seen (anatomy §3.2)',
      patterns: [/Напомнить позже/i, /Не готовы поддержать/i],
    },
  ],
  appealWeak: [
    {
      what: 'the vocabulary of the English appeals',
      era: '2020–2026',
      source: 'the appeal texts of anatomy §3.1',
      patterns: [
        /\bcontribut(e|ion)s?\b/i,
        /\bsupport(ing)? (us|The Moscow Times|independent journalism|open, independent)/i,
        /\bdonat(e|ion)/i,
        /\bmonthly\b/i,
        /\bThank you\b/i,
        /refuse to be silenced/i,
        /we need your help/i,
        /makes a (world of )?difference/i,
      ],
    },
    {
      what: 'the vocabulary of newsletter sign-ups',
      era: '2016–2026',
      source: '"Moscow in your inbox" (2018 page), newsletter/banner.php, the 2026 newsletter box (anatomy §3.1)',
      patterns: [/\bnewsletters?\b/i, /\byour (e-?mail )?inbox\b/i, /\bрассылк/i],
    },
    {
      what: 'the English box\'s salutation and buttons',
      era: '2024–26',
      source: 'page text of the "undesirable" era box; newsletter/banner.php (Preview, Subscribe)',
      patterns: [/^(Dear readers,?|Once|Monthly|Annual|Continue|Subscribe|Preview|Maybe later)$/i],
    },
    {
      what: 'the vocabulary and buttons of Russian appeals',
      era: 'a guess',
      source: 'anatomy §3.2 (the recommended fallback)',
      patterns: [/Поддерж(ите|ать)/i, /пожертв/i, /донат/i, /ежемесячн/i, /^(Разово|Ежемесячно|Ежегодно|Продолжить|Подписаться)$/i, /Спасибо/i],
    },
  ],
  appealVoice: {
    era: '2020–2026',
    source: 'the appeal texts of anatomy §3 (the outlet about itself, to "you")',
    // (Cyrillic words are bounded by letters, not \b, which knows only ASCII word characters: «в нашем канале».)
    speaker: /\b(we|our|us|you|your)\b|(?<!\p{L})(мы|наш\p{L}*|нас|вы|ваш\p{L}*)(?!\p{L})/iu,
    topic: /The Moscow Times|journalis|independent|reporting|readers|silence|журналист|независим|читател/i,
  },
  otherLanguageLine: [
    {
      what: 'the English story\'s line to its Russian version',
      lang: 'ru',
      era: '2020–2026',
      source: 'the text of real pages ("Читайте русскую версию здесь."); its variants and the translation\'s note are an inference',
      patterns: [
        /^Читайте (русскую версию|эту статью на русском( языке)?|на русском( языке)?)( здесь)?\.?$/i,
        // A translation's note about its original: "This article is a translation from The Moscow Times' Russian service. Read the original here."
        /^This (article|story) (is a translation|was translated) from [^.]{0,60}Russian[^.]{0,30}\.\s*Read (the|it in the) original( in Russian)?( here)?\.?$/i,
      ],
    },
    {
      what: 'the Russian story\'s line to its English version',
      lang: 'en',
      era: '2020–2026',
      source: 'the text of real pages ("Read the English version here"); its variants and the translation\'s note are an inference',
      patterns: [
        /^Read (the English version|this (article|story) in English|it in English)( here)?\.?$/i,
        // A translation's note about its original: "Это перевод материала The Moscow Times. Оригинал на английском языке."
        /^Это перевод (материала|статьи|текста)( The Moscow Times)?[^.]{0,60}\.\s*(Читайте |Читать )?(оригинал|оригинальный текст)( статьи)?( на английском( языке)?)?( здесь| по ссылке)?\.?$/i,
      ],
    },
  ],
  labels: [
    {
      what: 'chrome labels of the English templates',
      era: '2024 templates',
      source: 'article/item.php (tags, Updated:), article/excerpt/default.php (N Min read), common/label.php (Partner Content), '
        + 'article/block/newsletter.php',
      patterns: [
        /^Read more about:?$/i,
        /^\d+\s*Min read$/i,
        /^Updated:?$/i,
        /^Partner Content$/i,
        /^Thanks for signing up!?$/i,
      ],
    },
    {
      what: 'standing notes of opinion and sponsored pieces',
      era: '2024 templates (opinion); MT+ pages 2023–',
      source: 'anatomy §3.1: article/item.php (.article__disclaimer), article/sponsor/mt_plus.php',
      patterns: [
        /^The views expressed in opinion pieces do not necessarily reflect the position of The Moscow Times\.?$/i,
        /^MT\+ is branded content of The Moscow Times\. This content is provided by outside parties\.?$/i,
      ],
    },
    {
      what: 'share buttons written as words, and a live post\'s bare time',
      era: 'any era (the 2016–18 design wrote its share buttons as words; live posts 2022–)',
      source: 'anatomy §2.4 (share bars rendered twice), §2.9 (live posts with their time); the networks\' own names',
      patterns: [
        /^(Share( on)? )?(Facebook|Twitter|X|Telegram|WhatsApp|VK|VKontakte|ВКонтакте|Одноклассники|LinkedIn|Reddit|Flipboard|E-?mail)$/i,
        /^(Share|Поделиться)( this( article| story| interview| column| piece| post| episode| video| podcast)?)?:?$/i,
        /^\d{1,2}:\d{2}(\s*[ap]\.?m\.?)?$/i,
      ],
    },
    {
      what: 'the label over an ad slot',
      era: 'any era (AMP pages, 2019 and before; ad slots of other layouts)',
      source: 'anatomy §1.1 (the AMP template, item_amp.php, with amp-ad slots); "Advertisement" / «Реклама»: the common '
        + 'label of a news page\'s ad slot (an inference); found 2026-12 (session 12, tmt-extra/amp-legacy-2019)',
      patterns: [/^(Advertisement|Advertising|Реклама)$/i],
    },
    {
      what: 'an embed code\'s own call to view the post on its platform',
      era: 'any era with embed blocks (2024 templates: article__block--embed)',
      source: 'anatomy §2.6 (embed blocks hold tweets, Telegram, YouTube, Instagram and Facebook posts); Instagram\'s '
        + 'embed code (blockquote.instagram-media: "View this post on Instagram", for a profile "View this profile on '
        + 'Instagram"), shown as written when embed.js has not run (a saved page, a blocked script)',
      patterns: [
        /^View this (post|profile|reel|photo|video) on Instagram$/i,
        // The link an embed leaves under a post to open it on its platform, in the platforms' common wordings, English
        // and Russian ("View in Telegram", "View on X", "Watch on YouTube", «Открыть в Telegram», «Смотреть на YouTube»):
        // the embed's chrome, whatever the box (found 2026-12, session 14, tmt-extra/ru-explainer-read-also-telegram-2023).
        /^(View|Open|Watch|See)( (this|the) (post|tweet|video|message))? (in|on) (Telegram|X|Twitter|YouTube|Instagram|Facebook|VK|VKontakte|TikTok|Threads|Bluesky)$/i,
        /^(Открыть|Смотреть|Посмотреть|Читать)( (пост|публикацию|видео|сообщение))? (в|на) (Telegram|Телеграм[еа]?|X|Twitter|YouTube|Instagram|Facebook|ВКонтакте|VK|TikTok)$/i,
      ],
    },
    {
      what: 'a gallery\'s slide counter on a line of its own',
      era: 'any era with galleries and carousels (2023 gallery pages; carousels of other layouts)',
      source: 'the common controls of photo carousels ("1 / 5", "3 of 12", «1 из 5»; an inference, not TMT evidence); found '
        + '2026-12 (session 14, tmt-extra/gallery-carousel-donation-2025)',
      patterns: [/^\d{1,3}\s*(\/|of|из)\s*\d{1,3}$/i],
    },
    {
      what: 'a call to readers to write to the newsroom at an address',
      era: 'any era (live pages 2020–; editors\' callouts)',
      source: 'the common wording of newsroom callouts ("Have a question about …? Write to us at <address> …", «Есть вопрос? '
        + 'Пишите нам на <address>»; an inference, not TMT evidence); found 2026-12 (session 14, tmt-extra/coronavirus-live-2020). '
        + 'The line must name an e-mail address: a story line about writing to someone does not',
      patterns: [
        /^(Have (a|any) (question|tip|story|story idea)s?\b[^?]{0,100}\?\s*)?(Please )?(write to|e-?mail|send (it|them) to|contact) us( at| on)? \S+@\S+[^.?!]{0,120}[.!]?$/i,
        /^(Есть (вопрос|вопросы|история|новость)[^?]{0,100}\?\s*)?(Пишите|Напишите|Присылайте) (нам|в редакцию)( на| по адресу)? \S+@\S+[^.?!]{0,120}\.?$/i,
      ],
    },
    {
      what: 'headings of related-story lists, in the templates and in editors\' boxes',
      era: '2024 templates (cluster "Read more", "More podcasts"…, sidebar tabs); editors\' boxes of any era',
      source: 'article/item.php (section.cluster), article/recent.php, article/mostread.php; "Related", "See also": other '
        + 'sites and layouts (not found in TMT material)',
      opensSection: true,
      patterns: [
        /^Read more:?$/i,
        /^(Most read|Just in|Latest)$/i,
        /^More (image galleries|videos|podcasts)$/i,
        /^(Related( articles| stories)?|See also):?$/i,
      ],
    },
    {
      what: 'Russian chrome labels',
      era: 'reading time: 2024 templates; the others a guess',
      source: 'common/duration.php ("Время чтения: N мин"); common Russian news-site labels',
      patterns: [/^(Читать далее|Последнее):?$/i, /^Время чтения:?\s*\d+\s*мин\.?$/i],
    },
    {
      what: 'headings of Russian related-story lists',
      era: 'a guess (common Russian news-site labels)',
      source: '«Читайте также» of RU pages; common Russian news-site labels',
      opensSection: true,
      patterns: [/^(Читайте также|Читать еще|Самое читаемое|Похожие материалы):?$/i],
    },
    {
      what: 'headings of related-story lists in other common wordings, English and Russian',
      era: 'any era (editors\' boxes, podcast and video pages)',
      source: 'common news-site wording (an inference, not TMT evidence); found 2026-12 (session 13, tmt-extra round pages7: '
        + '"More on this topic", "Keep reading", "More episodes", «По теме», «Смотрите также» over lists and cards of other pages)',
      opensSection: true,
      patterns: [
        /^(More|Read more) (on|about) (this|the) (topic|story|subject|issue):?$/i,
        /^(Keep|Continue) reading:?$/i,
        /^(You (may|might) also like|Also read|Read also|Recommended( for you)?):?$/i,
        /^More (episodes|stories|videos)$/i,
        /^(Еще )?(По теме|Смотрите также|Читайте по теме|Рекомендуем):?$/i,
      ],
    },
    {
      what: 'labels of sponsored boxes (a box such a label opens is an advertiser\'s)',
      era: 'any era',
      source: 'common wording of paid placements (an inference; TMT\'s own is "Partner Content", above); found 2026-12 '
        + '(session 13, tmt-extra round pages7)',
      opensSection: true,
      patterns: [/^(Sponsored( content)?|Promoted|Paid (content|partnership|post)|Advertorial)$/i, /^(Партн[её]рский материал|На правах рекламы|Спонсорский материал)$/i],
    },
    {
      what: 'headings of a box about the author',
      era: 'any era',
      source: 'common wording (an inference; TMT\'s own author boxes are known by class, markup.ts); found 2026-12 (session 13, '
        + 'tmt-extra round pages7)',
      opensSection: true,
      patterns: [/^(About the authors?|Об авторе|Об авторах)$/i],
    },
    {
      what: 'the opinion disclaimer, in the templates\' wording and its variants',
      era: '2024 templates (.article__disclaimer); the variants of other eras an inference',
      source: 'article/item.php ("The views expressed in opinion pieces do not necessarily reflect the position of The Moscow '
        + 'Times."); "views and opinions", "this article", "the author\'s": the common wording of such notes',
      patterns: [
        /^The views (and opinions )?expressed in (opinion pieces|this (article|column|piece)) (are the author'?s own and )?do not necessarily reflect the (position|views?|opinion) of The Moscow Times\.?$/i,
        // Its Russian counterpart (the common wording of Russian outlets' opinion notes; an inference, found 2026-12,
        // session 13, tmt-extra/ru-opinion-regions-2025).
        /^Мнение (автора|авторов) (может )?не (обязательно )?совпада(ет|ть) с (позицией|мнением|точкой зрения) редакции( The Moscow Times)?\.?$/i,
      ],
    },
    {
      what: 'the old sites\' article tools',
      era: 'before 2016',
      source: 'the 2014 archive page\'s tools ("Print", "E-mail", "Text size") (anatomy, summary); "Printable version", '
        + '"E-mail to a friend", "Add a comment": the period\'s common wording (an inference)',
      patterns: [
        /^(Printable version|Print( this)?( article| page| version)?|E-?mail( this)?( article| story| to a friend)?|Text size)$/i,
        /^(Add|Post|Leave) a comment:?$/i,
      ],
    },
    {
      what: 'the heading of a comments section',
      era: 'before 2016 (Disqus on 2014 pages; comments on the old sites)',
      source: 'anatomy, summary (.disqus_wrap, "Comments"); "Comments (N)": the period\'s common wording (an inference)',
      opensSection: true,
      patterns: [/^(\d+ )?Comments?( \(\d+\))?:?$/i, /^(Комментарии|Комментариев)( \(\d+\))?:?$/i, /^(Discussion|Обсуждение)( \(\d+\))?:?$/i],
    },
    {
      what: 'calls to open a comments section',
      era: 'any era',
      source: 'common wording of comment widgets (an inference); found 2026-12 (session 13, tmt-extra round pages7)',
      patterns: [
        /^(Show|View|Read|Load) (all )?(\d+ )?comments( \(\d+\))?$/i,
        /^Join the (discussion|conversation)$/i,
        /^(Показать|Читать|Смотреть) (все )?комментарии( \(\d+\))?$/i,
      ],
    },
  ],
};

/**
 * The news agencies TMT's bylines carry, by the names the agencies use themselves (their sites' own style), in the
 * bylines' languages. Sources: TMT bylines "By …, Reuters and AFP" (2020, tmt-dev/news-agency-2020's form), "By The
 * Moscow Times and AP"; agencies TMT's stories credit as sources (Interfax, TASS, RIA Novosti).
 */
export const TMT_AGENCIES: NameGroup[] = [
  {
    what: 'international wire agencies',
    era: 'any era',
    source: 'TMT bylines (Reuters, AFP, AP, Bloomberg); reuters.com, afp.com, apnews.com, bloomberg.com, dpa.com',
    names: ['Reuters', 'AFP', 'Agence France-Presse', 'AP', 'Associated Press', 'The Associated Press', 'Bloomberg', 'dpa', 'Deutsche Presse-Agentur'],
  },
  {
    what: 'Russian news agencies, in Latin and Cyrillic script',
    era: 'any era',
    source: 'agencies TMT stories credit as sources; interfax.ru, tass.ru, ria.ru (their own names)',
    names: ['Interfax', 'TASS', 'RIA Novosti', 'Интерфакс', 'ТАСС', 'РИА Новости'],
  },
];

/** How the outlet names itself (og:site_name, page texts, "told The Moscow Times"). */
export const TMT_OUTLET_NAMES = ['The Moscow Times'];
