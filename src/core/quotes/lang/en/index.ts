/** The English language pack. */
import { clean } from '../../candidates';
import type { Frame } from '../../frame';
import type { Run } from '../../runs';
import { isCap } from '../../tokens';
import type { LangPack } from '../pack';
import { bodyNamedBefore } from './bodies';
import { findCuesEn, sentenceSubject } from './cues';
import { EN_ORG, EN_PLACE, EN_PRONOUNS, EN_STOP, EN_THING } from './lexicon';
import { isGivenName } from './given-names';
import { genderOfEn, initialOnlyEn, keyOfEn, looksPersonEn, nameKeyEn, speakerLikeEn, splitRoleEn } from './names';

const REGEXPS = {
  /** "the" right before a name ("the No Child Left Behind law", "The Islamic State"): English writes no article
   * before a person's bare name, so the name is a thing or a body's, never the "he" of a later quotation. */
  definiteArticleBefore: /(?:^|[\s\u00a0(“"])[Tt]he[\s\u00a0]+(?:\p{Lu}\p{Ll}*[\s\u00a0]+)?$/u,
  onlyBlanks: /^[\s\u00a0]+$/,
  /** Qualifiers of a role written before a name: "senior adviser", "former chief". */
  roleQualifier: /^(?:senior|former|top|chief|deputy|foreign|press|political|opposition|state|presidential)$/,
  /** Lower-case role nouns that stand right before a name ("Kremlin spokesman Dmitry Peskov"). */
  roleNoun: /^(?:spokesman|spokeswoman|spokesperson|leader|counterpart|chief|head|adviser|advisor|aide|analyst|expert|lawyer|attorney|envoy|ambassador|minister|president|governor|mayor|senator|director|chairman|chairwoman|editor|founder|commander|general|activist|journalist|correspondent|economist|strategist|pollster|researcher|professor|official|secretary|premier|deputy|candidate|nominee|host|anchor|presenter|billionaire|businessman|businesswoman|oligarch|blogger|politician|lawmaker|deputy|mogul|opposition)$/,
  /** Nouns after a name that make the name a modifier: "the Clinton campaign", "Trump supporters". */
  modifiedNoun: /^[\s\u00a0]+(?:campaign|camp|administration|era|team|aides?|supporters?|voters?|presidency|government|family|event|rally|ads?|foundation|spokes(?:man|woman|person)|adviser|advisers|advisors?|consultants?|strategists?|pollsters?|lawyers?|attorneys?|speechwriters?|chairman|manager|director|allies|surrogates?|staff|staffers|fans|backers|opponents|critics|loyalists|officials?|organization|policy|policies|plan|campaign's|world|tower|university|hotel|children)\b/,
  /** A verb right after a lone capitalised word, or a relative ", who" (whose verb follows; "who" is said of people). */
  verbNext: /^(?:[\s\u00a0]+(?:[a-z]+(?:ed|s)|is|was|has|had|will|would|can|could|also|did|does|do|told|said|says|thinks|believes|wrote)|,[\s\u00a0]+who)\b/,
  /** A sentence that points back at the words before it: opening on a demonstrative ("That was how …", "Those were
   *  the words of …", "Those words came from …"; not "This was after …") or naming them with one ("… gave that
   *  assessment", "… made these remarks"). */
  pointsBack: /^[\s\u00a0"“]*(?:That|This|Those|These|Such)[\s\u00a0]+(?:(?:was|were|is|are)[\s\u00a0]+(?:how|the[\s\u00a0]+(?:words?|view|verdict|message|assessment|warning|reply|answer|account))|came|assessment|view|remarks?|words|comments?|warning|message|verdict|account)\b|\b(?:that|this|those|these|such)[\s\u00a0]+(?:[a-z]+[\s\u00a0]+)?(?:assessment|view|remarks?|words|comments?|warning|message|verdict|account|explanation|answer|reply|prediction|forecast|conclusion|description|appeal|promise)\b/,
  /** "the statement", "the ministry's note": a text that speaks for whoever issued it. */
  documentNoun: /^(?:the|its|their|The|Its|Their)\s+(?:[\p{L}’'-]+\s+)?(?:statement|note|letter|report|message|release|communiqu[eé]|notice|document|declaration|resolution)$/u,
  /** "the regional branch", "its press service": a part of a body, which speaks for it. */
  bodyPart: /^(?:the|its|their|The|Its|Their)\s+(?:[\p{Ll}-]+(?:[’']s)?\s+)?(?:branch|division|directorate|department|office|bureau|headquarters|unit|press\s+service|press\s+office)$/u,
  bodyHead: /^(?:the\s+|its\s+|The\s+)?(?:[\p{Ll}-]+\s+){0,2}(ministry|agency|office|company|firm|group|airline|carrier|bank|court|committee|commission|party|service|network|newspaper|channel|regulator|watchdog|prosecutors|government|administration|organization|organisation|foundation|fund|union|council|department|embassy|federation|association|authority|operator|club|league|headquarters)$/iu,
  prepositionBefore: /(?:^|\s)(?:of|in|for|with|to|by|from|at|on|about|against|between|among|than|like|as|the|a|an|and|or|for|over|under|after|before|during|into|toward|towards)$/i,
  conjunctionBefore: /(?:^|\s)(?:and|or|but)$/i,
  /** A possessive or determiner and a few lower-case words opening a sentence, then the comma before a name. */
  appositionBefore: /(?:^|[.!?¶"”][\s\u00a0]+)(?:(?:His|Her|Their|Its|Our|My|The|A|An)|\p{Lu}[\p{L}-]*['’]s)(?:[\s\u00a0]+[\p{Ll}\d’'-]+){1,4},[\s\u00a0]*$/u,
  notAVerbAfter: /^(?:and|or|of|in|for|with|to|by|from|at|on|who|which|that)$/,
  /** "on Monday", "on Tuesday morning" between a subject and its verb. */
  timeAfterName: /^[\s\u00a0]+on[\s\u00a0]+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:[\s\u00a0]+(?:morning|afternoon|evening|night))?(?=[\s\u00a0]+\p{Ll})/u,
  /** "the Vermont senator", "a campaign spokesman": up to four words and a lower-case head. */
  description: /^(?:(?:the|The)\s+)?(?:[\p{L}.-]+\s+){0,4}([\p{Ll}-]+)$/u,
  /** "the 45-year-old": an age alone stands for a person and shows no gender. */
  ageDescription: /^(?:the|The)\s+(?:[\p{L}-]+\s+){0,2}\d{1,3}-year-old$/u,
  definiteArticle: /^(?:the|The)\s/,
  /** "the prosecutor", "the curator": the article and one lower-case noun, which may name whoever was introduced
   *  with it ("Prosecutor Igor N", "curator Anna N"). */
  articleAndNoun: /^(?:the|The)\s+([\p{Ll}-]{4,})$/u,
  indefinite: /^(?:a|an|one|another|some)\s/i,
  /** Nouns for a person on trial, by what the court or the police did to them. */
  courtPatient: /^(?:defendant|accused|convict|detainee|suspect)$/,
  /** "sentenced theater critic ", "charged ", "detained the activist ", "sentenced X’s former assistant, ": a
   *  court's or the police's act right before its object's name (up to three lower-case words between, or someone's
   *  noun in apposition). */
  courtVerbBefore: /\b(?:sentenced|convicted|charged|indicted|tried|acquitted|jailed|prosecuted|arrested|detained)[\s\u00a0]+(?:[\p{Ll}-]+[\s\u00a0]+){0,3}(?:(?:\p{Lu}[\p{L}-]*[\s\u00a0]+){0,3}\p{Lu}[\p{L}-]*[’']s[\s\u00a0]+(?:[\p{Ll}-]+[\s\u00a0]+){0,2}[\p{Ll}-]+,[\s\u00a0]+)?$/u,
  femaleHead: /^(?:woman|mother|wife|daughter|sister|spokeswoman|congresswoman|chairwoman|actress|businesswoman)$/,
  maleHead: /^(?:man|father|husband|son|brother|spokesman|congressman|chairman|actor|businessman)$/,
  /** Heads of descriptions that stand for a person ("the billionaire", "the former secretary of state"). */
  personHead: /^(?:candidate|nominee|front-?runner|senator|governor|president|billionaire|businessman|businesswoman|mogul|tycoon|developer|secretary|speaker|chairman|chairwoman|mayor|congressman|congresswoman|lawmaker|leader|founder|host|actor|actress|singer|star|hopeful|contender|spokesman|spokeswoman|minister|judge|general|commander|author|economist|woman|man|democrat|republican|incumbent|challenger|rival|moderator|veteran|officer|premier|chancellor|envoy|ambassador|diplomat|politician|official|lawyer|attorney|director|chief|head|executive|presenter|anchor|businessman|champion|coach|player|athlete|activist|journalist|reporter|editor|analyst|expert|scientist|professor|economist|pensioner|retiree|resident|engineer|doctor|nurse|teacher|student|soldier|worker|critic|dissident|blogger|producer|writer|poet|artist|musician)$/,
  articleOrPossessiveBefore: /(?:^|\s)(?:a|an|the|as|so-called|its|their|his|her|our|this|these|those)[\s\u00a0]*$/u,
  categoryBefore: /(?:registry|register|list|status|label|category|designation)\w*\s+(?:of\s+)?$/iu,
  termVerb: /^(?:declar|designat|label|list|recogni[sz]|deem|classif)/,
  /** "the hashtag “…”", "the slogan “…”", "headlined “…”": the marks hold the name of a text. */
  textNameBefore: /(?:\b(?:hashtags?|slogans?|mottos?|banners?|placards?|chants?|headlines?)|\b(?:headlined|titled|entitled))[\s\u00a0]*$/iu,
  /** A charge right before a fragment, up to three lower-case words between: "on charges of ", "charged with ",
   *  "convicted of spreading ", "indicted on ", "under the article on ". */
  chargeBefore: /\b(?:on[\s\u00a0]+(?:a[\s\u00a0]+)?charges?[\s\u00a0]+of|charged[\s\u00a0]+with|convicted[\s\u00a0]+of|indicted[\s\u00a0]+(?:on|for)|under[\s\u00a0]+(?:the|an)[\s\u00a0]+article[\s\u00a0]+(?:on|of|against|for))(?:[\s\u00a0]+[\p{Ll}-]+){0,3}[\s\u00a0]*$/u,
  /** A sentence that gives the prosecution's document: "According to the indictment, …", "According to the charges, …". */
  prosecutionCase: /^[\s\u00a0"“]*According[\s\u00a0]+to[\s\u00a0]+(?:the[\s\u00a0]+)?(?:indictment|charges?|charge[\s\u00a0]+sheet)[\s\u00a0]*,/u,
  /** "you", "your", or an imperative that asks ("Tell us", "Describe", "Explain"), outside quotations: a paragraph
   *  addresses someone. */
  addresses: /\b(?:you|your|yours|yourself)\b|^[\s\u00a0]*(?:Tell|Describe|Explain|Walk)[\s\u00a0]+(?:us|me)\b/i,
  /** "I", "me", "my", "we", "our" outside quotations: a paragraph speaks in the first person. (Not "us": a question
   *  says "Tell us".) */
  firstPerson: /\b(?:I|me|my|we|We|our|Our|My)\b/,
  capitalOrDigit: /^[\p{Lu}\d]/u,
  /** Words a title leaves in lower case. */
  smallWord: /^(?:a|an|the|of|and|or|to|in|on|at|for|by|is|vs)$/,
};

/** Role words of a definite description and the titles they stand for. */
const TITLE_OF: Record<string, RegExp> = {
  senator: /\b(?:Sen\.|Senator)/i, governor: /\b(?:Gov\.|Governor)/i, mayor: /\bMayor/i,
  president: /\bPresident\b/, minister: /\bMinister/i, spokesman: /\bspokes(?:man|person)/i,
  spokeswoman: /\bspokes(?:woman|person)/i, secretary: /\bSecretary/i, congressman: /\b(?:Rep\.|Representative|Congressman)/i,
  congresswoman: /\b(?:Rep\.|Representative|Congresswoman)/i, chairman: /\bChair/i, speaker: /\bSpeaker/i,
  nominee: /\b(?:nominee|candidate)/i, candidate: /\b(?:nominee|candidate)/i, ambassador: /\bAmbassador/i,
  general: /\b(?:Gen\.|General)/i, judge: /\bJudge/i, director: /\bDirector/i, leader: /\bLeader/i,
};
const isBodyPart = (text: string): boolean => REGEXPS.bodyPart.test(text);
/** "Moscow City Court": a name whose last word is a body's noun. */
const isBodyName = (name: string): boolean => REGEXPS.bodyHead.test(name.slice(name.lastIndexOf(' ') + 1));
const titleOf = (head: string): RegExp | null => (Object.prototype.hasOwnProperty.call(TITLE_OF, head) ? TITLE_OF[head]! : null);

/** A role written in lower case before a name, with the words that qualify it. */
function roleBeforeEn(f: Frame, run: Run): string | null {
  const i = run.toks[0]!.i;
  if (i < 1 || !REGEXPS.roleNoun.test(f.toks[i - 1]!.w) || !REGEXPS.onlyBlanks.test(f.frame.slice(f.toks[i - 1]!.end, run.start))) return null;
  let k = i - 1;
  while (k > 0 && i - k < 4) {
    const p = f.toks[k - 1]!;
    if (!REGEXPS.onlyBlanks.test(f.frame.slice(p.end, f.toks[k]!.start)) || p.poss) break;
    if (!(REGEXPS.roleNoun.test(p.w) || REGEXPS.roleQualifier.test(p.w) || (isCap(p.w) && !EN_STOP.has(p.w)))) break;
    k--;
  }
  return clean(f.text.slice(f.toks[k]!.start, f.toks[i - 1]!.end));
}

export const en: LangPack = {
  stopWords: EN_STOP,
  givenNameStop: isGivenName,
  continuesName: (prev, next, cur, after) => !!after && isCap(after.w) && (
    // "Committee to Protect Journalists": "to" after a body's noun opens the rest of its name.
    (next.w === 'to' && EN_ORG.has(prev.w))
    // "Union of Industrialists and Entrepreneurs", "Ministry of Industry and Trade": "and" inside a body's "of".
    || (next.w === 'and' && cur.length >= 3 && cur[cur.length - 2]!.w === 'of' && EN_ORG.has(cur[cur.length - 3]!.w))),
  connectors: new Set(['of', 'de', 'da', 'del', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'der', 'for']),
  // "Judge Svetlana N of Moscow’s Meshchansky Court": after a person's name, "of" and a possessive open the next
  // name (the court's), not one name with the person ("Bank of America’s" has no given name).
  connectorJoins: (cur, next) => !next.poss || !cur.some((t) => isGivenName(t.w)),
  acronymStartsRun: false,
  inflected: false,
  fullNameKeys: true,
  bodyStemLength: 7,
  pronouns: EN_PRONOUNS,
  bodyHead: REGEXPS.bodyHead,
  prepositionBefore: REGEXPS.prepositionBefore,
  conjunctionBefore: REGEXPS.conjunctionBefore,
  notAVerbAfter: REGEXPS.notAVerbAfter,
  appositionBefore: REGEXPS.appositionBefore,
  timeAfterName: REGEXPS.timeAfterName,
  initialOnly: initialOnlyEn,
  continuesAfterPossessive: (w) => EN_ORG.has(w),
  splitRole: splitRoleEn,
  keyOf: keyOfEn,
  nameKey: nameKeyEn,
  nominativeAt: () => true,
  nominative: (words) => words,
  genderOf: genderOfEn,
  shownGenderWeight: 1,
  speakerLike: speakerLikeEn,
  looksPerson: looksPersonEn,
  isBodyWord: (w) => EN_ORG.has(w),
  isPlaceWord: (w) => EN_PLACE.has(w),
  isThingWord: (w) => EN_THING.has(w),
  isRoleNoun: () => false,
  modifiedBy: (after) => REGEXPS.modifiedNoun.test(after),
  thingArticleBefore: REGEXPS.definiteArticleBefore,
  verbFollows: (after) => REGEXPS.verbNext.test(after),
  roleText: (role) => role,
  roleBefore: (f, run) => roleBeforeEn(f, run),
  describedPerson(text) {
    if (REGEXPS.ageDescription.test(text)) return { head: 'year-old', gender: null, title: null, personHead: true };
    const def = REGEXPS.description.exec(text);
    if (!def) return null;
    const head = def[1]!;
    const title = titleOf(head);
    if (!REGEXPS.definiteArticle.test(text) && !(title && !REGEXPS.indefinite.test(text))) return null;
    return { head, gender: REGEXPS.femaleHead.test(head) ? 'f' : REGEXPS.maleHead.test(head) ? 'm' : null, title, personHead: REGEXPS.personHead.test(head) };
  },
  // (After a noun written as a title, "Admiral Harris", any capitalised word; else a given name, "curator Anna".)
  introNameStart: (w, titled) => titled || isGivenName(w),
  bodyNamedBefore(frames, para, pos, subject) {
    // (Not a person's noun: "the prosecutor" after "The Moscow prosecutor" is a person's office, not a body's name.)
    const head = subject.slice(subject.lastIndexOf(' ') + 1);
    if (REGEXPS.personHead.test(head) || titleOf(head)) return null;
    return bodyNamedBefore(frames, para, pos, subject, isBodyPart, isBodyName);
  },
  introNounStem(text) {
    // Only a noun the description rules leave unresolved: a listed head or title keeps its own resolution, a body's,
    // a document's or a body part's noun is not a person's.
    const m = REGEXPS.articleAndNoun.exec(text);
    const head = m ? m[1]! : null;
    if (!head || titleOf(head) || REGEXPS.personHead.test(head) || REGEXPS.femaleHead.test(head) || REGEXPS.maleHead.test(head)) return null;
    return REGEXPS.documentNoun.test(text) || REGEXPS.bodyPart.test(text) ? null : head;
  },
  doneToBefore: (text) => (REGEXPS.courtPatient.test(REGEXPS.articleAndNoun.exec(text)?.[1] ?? '') ? REGEXPS.courtVerbBefore : null),
  findCues: findCuesEn,
  sentenceSubject,
  looksTitle(text, words, direct) {
    // A statement may stand alone in Title Case only if it has a few words, every long one capitalised
    // ("Orange Is the New Black", "Sons of Trump").
    if (direct) return words.length >= 3 && words.every((w) => REGEXPS.capitalOrDigit.test(w) || (w.length <= 3 && REGEXPS.smallWord.test(w)));
    return words.length >= 2 && words.every((w) => w.length <= 3 || REGEXPS.capitalOrDigit.test(w));
  },
  termBefore: (lead) => REGEXPS.articleOrPossessiveBefore.test(lead) || REGEXPS.categoryBefore.test(lead),
  textNameBefore: (lead) => REGEXPS.textNameBefore.test(lead),
  legalWordingBefore: (lead) => REGEXPS.chargeBefore.test(lead) || REGEXPS.prosecutionCase.test(lead),
  // (First person first: an answer may say "you" too, "I told you"; a question rarely says "I".)
  interviewTurn: (frame) => (REGEXPS.firstPerson.test(frame) ? 'answers' : REGEXPS.addresses.test(frame) ? 'asks' : null),
  pointsBack: (sentence) => REGEXPS.pointsBack.test(sentence),
  documentNoun: REGEXPS.documentNoun,
  bodyPart: REGEXPS.bodyPart,
  termVerb: (verb) => REGEXPS.termVerb.test(verb),
};
