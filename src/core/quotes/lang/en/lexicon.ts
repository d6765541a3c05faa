/** English word lists for the quote finder. Small on purpose: enough for news attribution, no NLP model. */

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** English verbs of saying, a closed class (lower case, every inflection): hints for attribution, not gates. */
export const EN_SPEECH = set(`
say says said saying tell tells told telling add adds added adding write writes wrote writing
warn warns warned warning insist insists insisted insisting state states stated explain explains explained
note notes noted argue argues argued arguing claim claims claimed declare declares declared announce announced
ask asks asked reply replied replies respond responded responds continue continued continues tweet tweeted tweets
post posted recall recalled recalls stress stressed stresses urge urged urges suggest suggested suggests
acknowledge acknowledged acknowledges admit admitted admits concede conceded complain complained complains
charge charged counter countered predict predicted predicts promise promised promises vow vowed vows
quip quipped joke joked emphasize emphasized emphasised emphasizes observe observed remark remarked
comment commented cautioned caution contend contended maintain maintained maintains testified testify
shout shouted shouts yell yelled scream screamed declared proclaim proclaimed boast boasted boasts
assert asserted asserts agree agreed agrees echo echoed mused muse lament lamented pledged pledge
called calls call describe described describes dubbed labeled labelled branded termed
reported reports report wrote added explained says recounted recalls recall thundered spoke speaks
saying adding telling writing noting arguing insisting warning claiming declaring explaining asserting stressing
responding replying tweeting posting recalling suggesting acknowledging admitting complaining joking predicting
promising vowing urging calling describing continuing
pressed presses demanded demands wondered wonders interjected retorted cracked snapped scoffed answered answers
concluded concludes chimed shouted screamed pleaded begged countered mused sighed accused accuses accusing
`);

/** Verbs that introduce a quote only when adjacent to it ("called X", "described it as"). */
export const EN_WEAK = set(`called calls call describe described describes dubbed labeled labelled branded termed
reported reports report`);

export const EN_PRONOUNS: Record<string, 'm' | 'f' | 'p' | 'x' | 'y'> = {
  he: 'm', she: 'f', they: 'p', i: 'x', we: 'p', you: 'y',
};
/**
 * Capitalised words that begin sentences but are never names: closed classes (articles, conjunctions, prepositions,
 * pronouns, determiners, auxiliaries, numerals), weekday and month names, and common sentence adverbs.
 */
export const EN_STOP = set(`
The A An And But Or So Yet For Nor If When While Although Though Because Since As After Before Until Unless
In On At By Of To From With Without About Against Between Into Through During Under Over Above Below Up Down
He She It They We I You His Her Its Their Our My Your Him Them Us Me This That These Those There Here Then
What Who Whom Whose Which Where Why How Some Any Each Every All Both Either Neither No Not Many Much Most More
Other Another Such Only Even Also Still Just However Meanwhile Instead Indeed Now Later Earlier Last Next
Sir Madam
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
September October November December Jan. Feb. Mar. Apr. Aug. Sept. Sep. Oct. Nov. Dec. Yes Asked Speaking
Throughout Things Team Further Moreover Furthermore Additionally Nonetheless Nevertheless Otherwise Overall Finally
First Second Third Today Tonight Yesterday Tomorrow Recently Currently Previously Similarly Likewise Ultimately
Eventually Perhaps Maybe Obviously Clearly Certainly Frankly Honestly Sadly Thankfully Fortunately Unfortunately
Interestingly Notably Importantly Already Again Following Citing Noting Adding Saying Calling Referring Responding
Regarding Including Given Once Twice Everyone Everybody Someone Somebody Nobody Anyone People Others Several Few
According Like Unlike Despite Among Amid Across Within Outside Inside Toward Towards Per Via Whether Do Does Did
Is Are Was Were Be Been Has Have Had Will Would Can Could Should May Might Must Shall Let One Two Three
`);

/**
 * Words that make a capitalised run a role/title rather than a name ("Foreign Minister", "Sen."): honorifics,
 * titles of office and rank (government, military, church, business) and their abbreviations in AP style, and the
 * occupations news writes before a name at a sentence start ("Actress …", "Forward …", "Blogger …").
 */
export const EN_ROLE = set(`
President Vice Prime Minister Ministers Foreign Defense Defence Deputy Secretary Secretary-General Spokesman
Spokeswoman Spokesperson Senator Sen. Del. Delegate Rep. Representative Gov. Governor Mayor Director Chairman Chairwoman Chair
Chief Head General Gen. Lt. Col. Maj. Adm. Admiral Colonel Major Captain Capt. Sgt. Ambassador Envoy Judge Justice
Attorney Speaker Leader Commissioner Premier Chancellor King Queen Prince Princess Pope Patriarch Metropolitan
Professor Prof. CEO Chief Executive Officer Founder Editor Editor-in-Chief Press Kremlin Presidential Candidate
Nominee Democratic Republican GOP Democrat Opposition Former Ex Acting Interim State Interior Economy Economic
Finance Justice Health Education Energy Trade Industry Labor Labour Transport Culture Sports Emergency Emergencies
Commander Commander-in-Chief Sheriff Officer Chancellor Coach Manager Executive Analyst Lawyer Activist
Mr. Mrs. Ms. Dr. Mr Mrs Ms Dr Rev. Sir Lord Lady Dame Pastor Bishop Rabbi Imam Cardinal Father Sister Brother
Representative Congressman Congresswoman Assemblyman Councilman Councilwoman Councilmember Treasurer Comptroller
Advisor Adviser Aide Strategist Pollster Economist Diplomat Official Officials Correspondent Anchor Host
Minister-Counselor Counsel Counselor Prosecutor Prosecutor-General Ombudsman Mufti Hetman Ataman
Actor Actress Singer Rapper Musician Composer Conductor Dancer Ballerina Skater Forward Striker Goalkeeper Defender
Midfielder Player Athlete Champion Writer Author Poet Novelist Playwright Artist Painter Photographer Filmmaker
Producer Journalist Reporter Blogger Businessman Businesswoman Billionaire Oligarch Entrepreneur Investor Scientist
Historian Sociologist Pensioner Veteran Priest Lawmaker Politician Dissident Opposition
`);

/** Titles/honorifics that carry a gender. */
export const EN_FEMALE_TITLE = set(`Mrs. Ms. Mrs Ms Miss Madam Queen Princess Lady Dame Sister Spokeswoman
Chairwoman Congresswoman Councilwoman Businesswoman`);
export const EN_MALE_TITLE = set(`Mr. Mr Sir King Prince Lord Father Brother Spokesman Chairman Congressman
Councilman Assemblyman Businessman`);

/**
 * Adjectives of place that can open a role ("Syrian Foreign Minister", "U.S. Secretary of State"): the nationality
 * adjectives of the countries in EN_PLACE, compass and party adjectives, and the usual abbreviations.
 */
export const EN_PLACE_ADJ = set(`
Syrian Russian Ukrainian American British French German Chinese Japanese Israeli Iranian Iraqi Turkish Georgian
Belarusian Belarussian Kazakh Polish Italian Spanish Egyptian Saudi Afghan Pakistani Indian Korean European Soviet
Chechen Armenian Azerbaijani Lithuanian Latvian Estonian Finnish Swedish Norwegian Danish Dutch Belgian Swiss
Austrian Hungarian Czech Slovak Romanian Bulgarian Serbian Croatian Greek Canadian Mexican Brazilian Venezuelan
Cuban Qatari Emirati Jordanian Lebanese Palestinian Libyan Yemeni Moldovan Kyrgyz Tajik Uzbek Turkmen Mongolian
Vietnamese Australian Arab Kurdish Crimean Western Eastern Northern Southern Democratic Republican U.S. US U.K. UK
EU UN U.N. NATO Kremlin Russia's Moscow Washington Federal State National International Former
`);
export const EN_PLACE_ADJ_RE = { test: (w: string): boolean => EN_PLACE_ADJ.has(w) };

/**
 * Relays: names and name-words of what carries someone's words without saying them ("told AFP", "TASS quoted",
 * "wrote on Telegram", "The Moscow Times reported"). Never a person. The publication a story appears in comes from
 * its site profile (FindOptions.outlets), not from here; this is the general class:
 * - the news agencies that English-language news on Russia cites most (TASS/ITAR-TASS, RIA Novosti, Interfax,
 *   Reuters, AP, AFP, Bloomberg, Xinhua, dpa, UPI) and the largest broadcasters by name (BBC, CNN, ABC, CBS, NBC);
 * - nouns that end or make a publication's name ("… News", "… Times", "… Post", "Radio …", "… Channel");
 * - the social platforms statements are posted on (Telegram, X's former name Twitter, Facebook, Instagram,
 *   YouTube, VKontakte).
 */
export const EN_RELAY = set(`
Tass TASS Itar-Tass ITAR-TASS Interfax RIA Novosti Reuters AP AFP Bloomberg Xinhua dpa UPI BBC CNN ABC CBS NBC
News Times Post Press Journal Herald Tribune Gazette Telegraph Daily Weekly Magazine Review Radio TV Channel Media
Facebook Twitter Instagram Telegram YouTube VKontakte
`);

/**
 * Words that make a run an organisation (a body can speak, but is never "he" or "she"): generic nouns for bodies,
 * the relays above, the largest tech companies, and plurals of party and nationality words ("Democrats", "Russians").
 */
export const EN_ORG = new Set([...EN_RELAY, ...set(`
Ministry Ministries Department Office Agency Coalition Party Council Committee Commission Kremlin Service Services
Court Union Association Campaign Network Organization Organisation Institute University College School Group Bank
Company Corporation Corp. Inc. Ltd. LLC Fund Foundation Center Centre Administration Government Parliament Duma
Congress Senate House Assembly Federation Forces Army Navy Police Guard Bureau Board Inc Watch Movement Front
Alliance League Society Club Team Staff Embassy Consulate Mission Cabinet Google Apple Microsoft Amazon Energy Caucus
Amendment Democrats Republicans Americans Conservatives Liberals Progressives Independents Evangelicals Muslims
Christians Catholics Jews Latinos Hispanics Mexicans Europeans Russians Ukrainians Syrians
`)]);

/** Generic nouns that end names of things, not of anyone who speaks: laws, plans, prizes, events, buildings. */
export const EN_THING = set(`Act Bill Law Order Plan Program Programme Project Initiative Amendment Treaty Agreement Accord
Deal Report Doctrine Index Prize Award Cup Games Olympics War Festival Day Summit Forum Conference Convention Strategy
Budget Code Constitution Charter Declaration Protocol Resolution Memorial Monument Airport Bridge Highway`);

/**
 * Place names that are never speakers by themselves. Sources: the countries of Europe, the former USSR, the
 * Middle East and the G20, with their capitals (UN member list); the 50 US states (two-word ones by their second
 * word: "New York" → York, the first word is a place-name start in names.ts); the 50 largest US cities (Census 2020)
 * and Russia's ten largest cities, leaving out those that are common given names (Charlotte, Austin, Sofia,
 * Aurora; San Antonio and San Diego go by "San");
 * continents, oceans; generic place nouns ("County", "Street"); the seats of power used for their governments.
 */
export const EN_PLACE = set(`
Russia Moscow Ukraine Kyiv Kiev Belarus Minsk Moldova Chisinau Georgia Tbilisi Armenia Yerevan Azerbaijan Baku
Kazakhstan Astana Almaty Uzbekistan Tashkent Kyrgyzstan Bishkek Tajikistan Dushanbe Turkmenistan Ashgabat
Lithuania Vilnius Latvia Riga Estonia Tallinn Finland Helsinki Sweden Stockholm Norway Oslo Denmark Copenhagen
Poland Warsaw Germany Berlin France Paris Britain England Scotland Wales Ireland Dublin London Italy Rome Spain
Madrid Portugal Lisbon Netherlands Amsterdam Belgium Brussels Switzerland Geneva Bern Austria Vienna Hungary
Budapest Czechia Prague Slovakia Bratislava Romania Bucharest Bulgaria Serbia Belgrade Croatia Zagreb Greece
Athens Turkey Ankara Istanbul Syria Damascus Iraq Baghdad Iran Tehran Israel Jerusalem Lebanon Beirut Jordan Amman
Egypt Cairo Saudi Arabia Riyadh Qatar Doha Emirates Dubai Yemen Libya Tripoli Afghanistan Kabul Pakistan Islamabad
India Delhi China Beijing Japan Tokyo Korea Seoul Pyongyang Indonesia Australia Canada Ottawa Mexico Brazil
Argentina Venezuela Caracas Cuba Havana America Europe Asia Africa Crimea Donbas Chechnya Grozny Siberia Dagestan
Petersburg Novosibirsk Yekaterinburg Kazan Nizhny Chelyabinsk Samara Omsk Rostov Ufa Alaska
Alabama Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho Illinois Indiana Iowa
Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska
Nevada Hampshire Jersey York Carolina Dakota Ohio Oklahoma Oregon Pennsylvania Rhode Tennessee Texas Utah Vermont
Virginia Washington Wisconsin Wyoming
Chicago Houston Phoenix Philadelphia Dallas Jacksonville Columbus Indianapolis Seattle Denver
Nashville Paso Boston Portland Vegas Memphis Louisville Detroit Baltimore Milwaukee Albuquerque Tucson Fresno
Sacramento Mesa Atlanta Omaha Raleigh Miami Oakland Minneapolis Tulsa Wichita Arlington Tampa Orleans Bakersfield
Honolulu Anaheim Cleveland Manhattan Brooklyn
County City Province Region Island Islands River Valley Beach Park Street Avenue Square Airport Station Hall Church
Cathedral Museum Hospital Bay Lake Mountain Mountains Ocean Sea Coast Gulf Republic Kingdom Oblast Krai District
Pacific Atlantic Arctic Antarctica Greenland Kremlin Capitol Pentagon Downing
`);
