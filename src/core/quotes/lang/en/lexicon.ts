/** English word lists for the quote finder. Small on purpose: enough for news attribution, no NLP model. */

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** English verbs of saying (lower case, all forms we meet in news copy). */
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

export const EN_PRONOUNS: Record<string, 'm' | 'f' | 'p' | 'x'> = {
  he: 'm', she: 'f', they: 'p', i: 'x', we: 'p',
};
/** Capitalised words that begin sentences but never names. */
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

/** Words that make a capitalised run a role/title rather than a name ("Foreign Minister", "Sen."). */
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
`);

/** Titles/honorifics that carry a gender. */
export const EN_FEMALE_TITLE = set(`Mrs. Ms. Mrs Ms Miss Madam Queen Princess Lady Dame Sister Spokeswoman
Chairwoman Congresswoman Councilwoman Businesswoman`);
export const EN_MALE_TITLE = set(`Mr. Mr Sir King Prince Lord Father Brother Spokesman Chairman Congressman
Councilman Assemblyman Businessman`);

/** Adjectives of place that can open a role ("Syrian Foreign Minister", "U.S. Secretary of State"). */
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

/** Words that make a run an organisation (a body can speak, but is never "he" or "she"). */
export const EN_ORG = set(`
Ministry Ministries Department Office Agency Coalition Party Council Committee Commission News Times Post Press
Journal Kremlin Service Services Court Union Association Campaign Network Organization Organisation Institute
University College School Group Bank Company Corporation Corp. Inc. Ltd. LLC Fund Foundation Center Centre
Administration Government Parliament Duma Congress Senate House Assembly Federation Forces Army Navy Police
Guard Bureau Board Inc Tass TASS Itar-Tass Interfax RIA Novosti Reuters AP AFP Bloomberg CNN NBC ABC CBS BBC
Fox MSNBC Politico Post Herald Tribune Gazette Telegraph Daily Weekly Magazine Radio TV Channel
Agency Watch Center Movement Front Alliance League Society Club Team Embassy Consulate Mission Cabinet Club
Facebook Twitter Instagram Telegram YouTube Google Apple Microsoft Amazon Gazprom Rosneft
Energy Caucus Amendment Review Club Debates Institute Council Democrats Republicans Americans Conservatives Liberals
Progressives Independents Evangelicals Muslims Christians Catholics Jews Latinos Hispanics Mexicans Europeans Russians
Ukrainians Syrians Times Street Journal Live Today Week Center Media
`);

/** Names of things, not of anyone who speaks: laws, plans, prizes, events. */
export const EN_THING = set(`Act Bill Law Order Plan Program Programme Project Initiative Amendment Treaty Agreement Accord
Deal Report Doctrine Index Prize Award Cup Games Olympics War Festival Day Summit Forum Conference Convention Strategy
Budget Code Constitution Charter Declaration Protocol Resolution Memorial Monument Airport Bridge Highway`);

/** Places we meet as sentence subjects that are never speakers by themselves. */
export const EN_PLACE = set(`
Syria Russia Moscow Ukraine Kyiv Kiev Damascus Cairo Berlin Rome Washington Europe Asia Africa America China
Beijing Turkey Iran Israel Germany France Britain England London Paris Crimea Donbas Belarus Minsk Georgia
Tbilisi Kazakhstan Chechnya Siberia Petersburg Alaska Brussels Geneva Vienna Warsaw Poland Tehran
Iraq Afghanistan Egypt Lebanon Jordan Saudi Arabia Qatar Japan Korea India Pakistan Canada Mexico Cuba
Venezuela Brazil Texas California Florida Ohio Iowa Virginia Pennsylvania Michigan Wisconsin York Jersey
Carolina Nevada Arizona Colorado Chicago Boston Philadelphia Cleveland Charlotte Manhattan Brooklyn
Alabama Arkansas Connecticut Delaware Hawaii Idaho Illinois Indiana Kansas Kentucky Louisiana Maine Maryland
Massachusetts Minnesota Mississippi Missouri Montana Nebraska Hampshire Mexico Dakota Oklahoma Oregon Rhode
Tennessee Utah Vermont Washington Wyoming Tulsa Baltimore Atlanta Miami Dallas Houston Denver Detroit Seattle
County City Province Region Island Islands River Valley Beach Park Street Avenue Square Airport Station Hall Church
Cathedral Museum Hospital Bay Lake Mountain Mountains Ocean Sea Coast Gulf Republic Kingdom Oblast Krai District
Pacific Atlantic Arctic Antarctica Greenland Kremlin Capitol Pentagon Downing Wall
`);

/**
 * Common given names (English-language usage, plus common Russian and other names in English transliteration),
 * to tell people from places and organisations, with gender. General usage only: no name is here because a
 * story or the evaluation corpus has it.
 */
export const FEMALE_FIRST = set(`
Hillary Maria Mariya Elizabeth Nancy Sarah Jill Debbie Donna Michelle Jennifer Anna Anne Olga Tatyana Tatiana
Natalia Natalya Yelena Elena Irina Svetlana Ekaterina Yekaterina Valentina Lyudmila Marina Alexandra Ksenia
Kseniya Yulia Julia Galina Veronika Lyubov Nadezhda Vera Angela Theresa Ursula Samantha Susan Karen Mary
Patricia Linda Barbara Margaret Lisa Nicole Kate Katie Emily Hope Stephanie Janet Claire Amy Tammy Jeanne
Kelly Katrina Paula Sharon Laura Alicia Hannah Rachel Rebecca Ruth Sally Sonia Zoe Maya Eva Evgenia Inna Alla
Alina Daria Darya Lilia Polina Sofia Mariana Melanie Tina Gwen Gloria Leslie Ann Annie Jane Joan Judy Julie
Kathleen Kathy Kay Lauren Lori Lynn Marcia Martha Megan Melissa Michele Monica Nina Pam Pamela Peggy Penny
Rosa Sandra Shannon Sheila Stacey Stacy Sue Susanna Teresa Terry Tiffany Tracy Valerie Vanessa Victoria
Virginia Wendy Whitney Christina Christine Cynthia Deborah Denise Diana Diane Dorothy Emma Erin Frances Grace
Heather Helen Holly Irene Jacqueline Jasmine Jean Jessica Joyce Katherine Kimberly Kristen Louise Marie
Marilyn Natalie Olivia Rose Sara Sophia Abigail Alice Amanda Andrea Ashley Betty Beverly Brenda Carol Caroline
Catherine Cheryl Elaine Evelyn Gabriela Janice Alexandria Dana Jen Meghan Ana
Chelsea Madeleine Nikki Loretta Dianne Kirsten Ella Hillary
`);

export const MALE_FIRST = set(`
Bill Joe Mike Tim John Chris Ben Paul Mitch Harry Sergei Sergey Vladimir Dmitry Dmitri Alexei Alexey Alexander
Andrei Andrey Mikhail Nikolai Ivan Igor Oleg Yury Yuri Viktor Boris Pavel Maxim Roman Anton Vyacheslav
Valentin Yevgeny Evgeny Gennady Vitaly Emmanuel Kim George Robert Richard James David Michael Thomas Charles
Steve Stephen Jim Rex Mark Kevin Jared Eric Steven Corey Roger Rick Scott Jason Matt Tom Brian Peter Frank
Gary Jeff Jack Sean Anthony Ahmed Mohammed Muhammad Ali Hassan Abdullah Antonio Francois Nicolas Ron Kirill
Konstantin Grigory Leonid Arkady Stanislav Adam Alan Albert Andrew Arthur Austin Benjamin Billy Bob Bobby
Bradley Brandon Bruce Bryan Carl Charlie Christopher Clarence Craig Daniel Dennis Derek Dick Don Douglas Dylan
Earl Edward Elijah Eugene Fred Frederick Gerald Gregory Harold Henry Howard Jacob Jake Jamal Jay Jeffrey
Jeremy Jerry Jesse Jimmy Joel Johnny Jonathan Jordan Joseph Joshua Juan Justin Keith Ken Kenneth Larry
Lawrence Lee Leon Louis Luke Marcus Martin Matthew Nathan Neil Nicholas Noah Patrick Phil Philip Quentin Ralph
Randy Raymond Reed Ricky Robby Rod Ronald Ross Russell Ryan Sam Samuel Sergio Seth Shawn Stanley Terry Todd
Tony Travis Trey Troy Tyler Vincent Walter Wayne Willie William Zachary Jon Josh Chuck Cory Jean-Claude
Jean-Marc Manuel Pedro Luis Carlos Jose
Donald Ted Marco Lindsey Bernie
`);
