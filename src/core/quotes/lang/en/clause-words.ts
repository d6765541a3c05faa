/**
 * Closed classes of English words that the clause grammar reads: adverbs between a subject and its verb,
 * determiners, pronouns, irregular past tenses, and the heads of noun phrases that can be a source.
 */

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Words that may stand between a subject and its verb: "Lavrov also said", "he has long argued". */
export const SKIP = set(`also later then previously again reportedly recently once repeatedly earlier further separately
publicly privately first initially simply flatly bluntly quickly not never often still has had have was were is are
would will could might may did does do long just already even now today yesterday tonight last this week month year
on Monday Tuesday Wednesday Thursday Friday Saturday Sunday morning afternoon evening night once clearly angrily
openly frequently previously subsequently famously memorably specifically explicitly directly had been went on
himself herself themselves however too`);

/** Heads of noun phrases that can be a source: "a spokesman", "officials", "the ministry". */
export const NOMINAL_HEADS = set(`spokesman spokeswoman spokesperson spokespeople official officials source sources aide
aides campaign ministry department office agency government administration police statement report lawyer
lawyers attorney attorneys adviser advisers advisor advisors analyst analysts expert experts people voters
residents witnesses critics supporters leaders lawmakers member members group groups committee team candidate
nominee president minister senator governor mayor speaker chairman chairwoman director chief head leader
leaders manager managers strategist strategists pollster pollsters organizers organizer activist activists
protesters economist economists diplomat diplomats representative representatives prosecutor prosecutors
investigators authorities officer officers man woman men women voter resident witness spokesmen researchers
study survey poll memo letter release website network newspaper paper outlet publication court judge
embassy ministry service agency insiders insider ally allies friend friends company firm airline carrier
bank regulator watchdog fund union council organization foundation channel
email e-mail message note tweet editorial transcript complaint lawsuit petition filing document
Republicans Democrats republican democrat democrats republicans nominee candidates surrogate surrogates`);

/** Determiners, possessives and numerals that open a noun phrase. */
export const DET = set('a an the his her their its our my your one another two three four several some many both this that these those');

/** Pronouns in any case: never the head of a noun phrase. */
export const OBJECT_PRONOUNS = set('he she it they we i you him her them us me his hers its their our my your who whom');
/** Determiners that also open clauses ("said that big donations …"): they anchor only a listed head. */
export const CLAUSE_DET = set('that this these those');

/** Past tenses that do not end in -ed. */
export const IRREGULAR_PAST = set('said told wrote spoke put read went shot gave took made');
