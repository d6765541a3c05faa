/**
 * English attribution patterns: "X said", "said X", "X, the foreign minister, told reporters",
 * "according to X", "he added".
 * Longer than our ~350-line guide on purpose: subject-before, subject-after, nominal and appositive readings are one
 * clause grammar that calls back and forth; split apart they would each need the others' private helpers.
 */
import { splitSpace } from '../../../text';
import { dashCues, type Cue, type Subject } from '../../cues';
import { sentenceRange, tokAtOrAfter, type Frame } from '../../frame';
import type { Run } from '../../runs';
import { isCap, type Tok } from '../../tokens';
import { EN_ORG, EN_PLACE, EN_PLACE_ADJ, EN_PRONOUNS, EN_SPEECH, EN_WEAK } from './lexicon';
import { splitRoleEn } from './names';

// Regexes made once, at module level (a literal in a function body is compiled again after garbage collections).
const REGEXPS = {
  onlyBlanks: /^[\s\u00a0]+$/,
  clauseWord: /^(?:and|or|but|that|who|which|to|of|said)$/,
  stateAbbreviation: /^(?:[A-Z][a-z]{1,3}|[A-Z]\.[A-Z]\.?)$/,
  /** "of Springfield", "retired in Cambridge", "from Ohio": a name governed by a preposition of place. */
  placePrepositionBefore: /\b(?:of|in|from|near)[\s\u00a0]+$/,
  blank: /[\s\u00a0]/,
  clauseBreak: /["¶;:]/,
  blanksOrNothing: /^[\s\u00a0]*$/,
  articleBefore: /^(?:the|a|an)[\s\u00a0]+$/i,
  lowerDescription: /^(?:the\s+|a\s+|an\s+)?\p{Ll}/u,
  leadingArticle: /^(?:the|a|an)\s+/,
  lyAdverb: /^[a-z]{3,}ly$/,
  capitalsWord: /^\p{Lu}{4,}$/u,
  ownerPreposition: /(?:^|[\s\u00a0])(?:of|at|from|with)[\s\u00a0]+(?:the[\s\u00a0]+)?$/,
  ownerPrepositionBare: /(?:^|[\s\u00a0])(?:of|at|from|with)[\s\u00a0]+$/,
  leadingBlank: /^[\s\u00a0]/,
  clauseEndMark: /[.;:"¶]/,
  nonBlank: /[^\s\u00a0]/,
  lowerWord: /^[a-z-]+$/,
  functionWord: /^(?:in|on|at|to|from|for|of|with|during|after|before|about|last|this|that|and|or|but|who|which|told|said|says|is|was|as|while|when)$/,
  trailingCommaBlanks: /[\s,]+$/,
  leadingArticleAnyCase: /^(?:the|a|an)\s+/i,
  lowerWordOrNumber: /^(?:[a-z][a-z-]*|\d+)$/,
  blanksOrOpenMarks: /^[\s\u00a0"“]*$/,
  commaOrLowerNext: /^(?:[\s\u00a0]*,|[\s\u00a0]+\p{Ll})/u,
  nextWord: /^[\s\u00a0]+(\p{Ll}+)/u,
  /** After a sentence's first capitalised word, words of time that show it opens a phrase ("Hours later, …"). */
  timeAfter: /^(?:later|earlier|since|ago)$/,
  sOrEdEnd: /(?:s|ed)$/,
  datelineAfter: /^(?:,[^—–]{0,20})?[\s\u00a0]*(?:\([^)]{1,12}\)[\s\u00a0]*)?[—–-]/,
  auxiliaryVerb: /^(?:has|had|have|was|were|is|are|be|been|would|will|could|might|may|can|did|does|do|not|never)$/,
  pluralEnd: /s$/,
  /** Auxiliaries, adverbs and irregular past tenses that may follow a subject noun phrase. */
  auxiliary: /^(?:has|had|was|were|is|are|will|would|also|then|began|took|made|went|came|sought|spoke|gave|left|kept|held|told|said|put|set|led|won|lost|met|ran|saw|felt|thought|brought|stood|sent|built|paid|wrote|drew|grew|knew|threw|chose|broke|did)$/,
  adverbAside: /^,[\s\u00a0]*(\p{L}+)[\s\u00a0]*,?$/u,
  /** "speaking to", "talking to the": a participle whose object is an outlet or a listener. */
  participleTo: /(?:^|[\s\u00a0])[a-z]+ing[\s\u00a0]+to[\s\u00a0]+(?:the[\s\u00a0]+)?$/,
  /** "the 46-year-old": an age that stands for a person. */
  ageNoun: /^\d{1,3}-year-old$/,
  /** The clause ends right after a verb, or after its particle: "read.", "shot back,". */
  clauseEndAfterVerb: /^(?:[\s\u00a0]+(?:back|on|up|out|in))?[.,;!?]/,
  preposition: /^(?:of|in|for|with|to|by|from|at|on|into|about|through|over|under|as|than)$/,
  /** Verbs whose next words are whom they act on, never an inverted subject: "…, accused the party of …". */
  objectVerb: /^(?:accus|urg|warn|press|beg|prais|critici[sz]|blam|thank|remind|assur|tel|told|ask|call|invit|implor)/,
  lowerWordsThenCapital: /^[\s\u00a0]+((?:\p{Ll}[\p{Ll}-]*[\s\u00a0]+){1,4})(?=\p{Lu})/u,
  roleNounAtEnd: /(?:^|\s)(?:chief|head|spokesman|spokeswoman|minister|leader|director|chairman|official|president|envoy|ambassador|commissioner|secretary|adviser|aide)\s+$/,
  partyTag: /^[\s\u00a0]*\([^()]{1,24}\)/,
  startsLower: /^[a-z]/,
  notAVerb: /^(?:of|in|for|with|to|by|from|at|on|and|or|who|which|that)$/,
  prepositionOrArticleBefore: /(?:^|\s)(?:of|in|for|with|to|by|from|at|on|the|a|an)\s+$/i,
  blanksOrOpeningMarks: /^[\s\u00a0"“«]*$/,
  modalBefore: /^(?:would|will|could|should|might|must|can|cannot|to)$/i,
  rightAfterQuote: /["¶][\s\u00a0,—–-]*$/,
  asOrSoBefore: /(?:^|[\s,])(?:as|so)[\s\u00a0]*$/i,
  commaBefore: /,[\s\u00a0]*$/,
  tellVerb: /^tel/,
  capitalised: /^\p{Lu}/u,
  openEnd: /[,?!—–-]/,
  edEnding: /ed$/,
  ingEnding: /ing$/,
  commaGap: /^,[\s\u00a0]+$/,
  /** "the ministry's": a lower-case possessive, a determiner of what follows. */
  lowerPossessive: /^(?!(?:it|that|this|there|here|what|who|he|she|where|when|how|why|let)['’])[a-z-]+['’]s$/,
  /** What may follow a name closing a clause: its end, a comma, a bracket. */
  asideEnd: /^(?:$|[\s\u00a0]*[.,;:!?()]|[\s\u00a0]*$)/,
  roleNoun: /^(?:candidates?|front-?runners?|nominees?|leaders?|members?|officials?|lawmakers?|senators?)$/,
  /** Past tense or third person: "gushed", "implored", "fumes". */
  verbForm: /^[a-z]{3,}(?:ed|s)$/,
  notVerbForm: /(?:ss|ous|ics|ness|less)$/,
  number: /^\d[\d,.]*$/,
};

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Words that may stand between a subject and its verb: "Lavrov also said", "he has long argued". */
const SKIP = set(`also later then previously again reportedly recently once repeatedly earlier further separately
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
Republicans Democrats republican democrat democrats republicans nominee candidates surrogate surrogates`);

const DET = set('a an the his her their its our my your one another two three four several some many both this that these those');

/** `l`: a token in lower case (Tok.lw). */
function isPronoun(l: string): keyof typeof EN_PRONOUNS | null {
  return l in EN_PRONOUNS ? (l as keyof typeof EN_PRONOUNS) : null;
}


/** A lower-case word that can head a noun phrase: not a function word, an adverb or a determiner. */
function nounLike(t: Tok): boolean {
  if (REGEXPS.ageNoun.test(t.w)) return true;
  return REGEXPS.lowerWord.test(t.w) && !DET.has(t.lw) && !SKIP.has(t.lw) && !REGEXPS.functionWord.test(t.lw)
    && !REGEXPS.clauseWord.test(t.lw) && !REGEXPS.lyAdverb.test(t.w) && !EN_SPEECH.has(t.lw) && !OBJECT_PRONOUNS.has(t.lw);
}

/** Pronouns in any case: never the head of a noun phrase. */
const OBJECT_PRONOUNS = set('he she it they we i you him her them us me his hers its their our my your who whom');
/** Determiners that also open clauses ("said that big donations …"): they anchor only a listed head. */
const CLAUSE_DET = set('that this these those');

/** Does the noun phrase stop at token j (the next word cannot go on with it)? */
function phraseEndsAt(f: Frame, j: number): boolean {
  const next = f.toks[j + 1];
  if (!next || !REGEXPS.onlyBlanks.test(f.frame.slice(f.toks[j]!.end, next.start))) return true;
  return !nounLike(next) && !REGEXPS.capitalised.test(next.w);
}

/**
 * A noun phrase ending at token j, as a nominal subject: "a senior campaign official", "officials", and (by its
 * shape, whatever the noun) a determiner, modifiers and a noun: "the retired neurosurgeon", "The email".
 */
function nominalEndingAt(f: Frame, j: number): Subject | null {
  const head = f.toks[j]!;
  const listed = NOMINAL_HEADS.has(head.w) || NOMINAL_HEADS.has(head.lw);
  // (A head in -ed is a verb or a participle: "the city embodied", "the retired".)
  if (!listed && (!nounLike(head) || REGEXPS.edEnding.test(head.w))) return null;
  let k = j;
  let determined = false;
  while (k > 0 && j - k < 5) {
    const t = f.toks[k - 1]!;
    if (!REGEXPS.onlyBlanks.test(f.frame.slice(t.end, f.toks[k]!.start)) && !t.poss) break;
    if (DET.has(t.lw) || t.poss) {
      if (!listed && CLAUSE_DET.has(t.lw)) return null;
      k--;
      determined = true;
      break;
    }
    if (EN_SPEECH.has(t.w) || REGEXPS.clauseWord.test(t.w)) break;
    // Not even before a listed head may a pronoun, an auxiliary or a preposition sit inside the phrase.
    if (OBJECT_PRONOUNS.has(t.lw) || REGEXPS.auxiliaryVerb.test(t.lw) || REGEXPS.functionWord.test(t.lw)) break;
    // Between a determiner and the noun: modifiers only (lower-case words, names, numbers).
    if (!listed && !nounLike(t) && !REGEXPS.capitalised.test(t.w) && !REGEXPS.number.test(t.w)) break;
    k--;
  }
  if (!listed && !determined) return null;
  const start = f.toks[k]!.start;
  return { kind: 'nominal', text: f.text.slice(start, head.end), start, end: head.end };
}

/** "of Springfield", "Va.", "Moscow", "in Cambridge": a place in an aside, not the speaker. */
function placeLike(f: Frame, run: Run, depth = 0): boolean {
  // (A state's abbreviation keeps its dot, "Va.", "Mass.": a short surname, "Butz, 49,", has none.)
  const abbreviated = run.toks.length === 1 && (f.frame[run.end - 1] === '.' || f.frame[run.end] === '.') && REGEXPS.stateAbbreviation.test(run.toks[0]!.w);
  if (abbreviated || run.toks.every((t) => EN_PLACE.has(t.w))) return true;
  if (REGEXPS.placePrepositionBefore.test(f.frame.slice(Math.max(0, run.start - 6), run.start))) return true;
  // "from Sumter, South Carolina": a name right after a place and a comma goes on with the place.
  if (depth > 0 || !REGEXPS.commaBefore.test(f.frame.slice(Math.max(0, run.start - 3), run.start))) return false;
  const k = lastTokBefore(f, f.frame.lastIndexOf(',', run.start));
  const prev = k >= 0 ? f.toks[k]!.last : null;
  return !!prev && prev.end === f.toks[k]!.end && placeLike(f, prev, depth + 1);
}

/** "Democrat of Tennessee", "Republican of Ohio": an aside that is a role or party and a place, not a name. */
function roleOfPlace(run: Run): boolean {
  const { name } = splitRoleEn(run.toks);
  return !name.length || !isCap(name[0]!.w) || name.every((t) => EN_PLACE.has(t.w));
}

/** Index of the token that ends right before `at`, skipping blanks and one "(D-N.C.)" aside. */
function tokenEndingBefore(f: Frame, at: number, floor: number): number {
  let i = at;
  while (i > floor && REGEXPS.blank.test(f.frame[i - 1]!)) i--;
  if (f.frame[i - 1] === ')') {
    const o = f.frame.lastIndexOf('(', i - 1);
    if (o < floor || i - o > 40) return -1;
    i = o;
    while (i > floor && REGEXPS.blank.test(f.frame[i - 1]!)) i--;
  }
  const k = lastTokBefore(f, i);
  return k >= 0 && f.toks[k]!.end === i && f.toks[k]!.start >= floor ? k : -1;
}

/** Subject written before the verb at token index v (skipping adverbs, an aside and an appositive). */
function subjectBefore(f: Frame, v: number, sentStart: number): Subject | null {
  let pos = f.toks[v]!.start;
  for (;;) {
    let i = pos;
    while (i > sentStart && REGEXPS.blank.test(f.frame[i - 1]!)) i--;
    if (f.frame[i - 1] === ',') {
      // ", however,", ", too,": an adverb between commas stands between subject and verb.
      const before = f.frame.lastIndexOf(',', i - 2);
      const aside = before >= sentStart ? REGEXPS.adverbAside.exec(f.frame.slice(before, i)) : null;
      if (aside && (SKIP.has(aside[1]!.toLowerCase()) || REGEXPS.lyAdverb.test(aside[1]!))) { pos = before; continue; }
      // Appositive: "Moaz Alkhatib, head of the opposition coalition, said" → the name before the comma before.
      // "Johnnie Wilson, of Springfield, Va., said": skip places back to the person (three commas at most).
      const comma = i - 1;
      let prevComma = comma;
      let fallback: Subject | null = null;
      for (let hop = 0; hop < 3; hop++) {
        prevComma = f.frame.lastIndexOf(',', prevComma - 1);
        if (prevComma < sentStart || comma - prevComma > 220) return fallback;
        if (REGEXPS.clauseBreak.test(f.frame.slice(prevComma, comma))) return fallback;
        // "the Vatican spokesman, Federico Lombardi, told …": the aside is the name itself.
        const firstAfter = f.toks[tokAtOrAfter(f, prevComma + 1)];
        const cand = firstAfter?.first ?? undefined;
        const inner = cand && cand.end <= comma && REGEXPS.blanksOrNothing.test(f.frame.slice(prevComma + 1, cand.start)) && REGEXPS.blanksOrNothing.test(f.frame.slice(cand.end, comma)) ? cand : undefined;
        if (inner && hop === 0 && !placeLike(f, inner) && !roleOfPlace(inner) && !inner.toks.some((x) => EN_ORG.has(x.w))) return { kind: 'name', run: inner, role: null, nominative: true };
        const k = tokenEndingBefore(f, prevComma, sentStart);
        if (k < 0) return fallback;
        // "Harry Bond, 30, of Raleigh, N.C., said": an age between commas is an aside too.
        if (REGEXPS.number.test(f.toks[k]!.w)) continue;
        const subj = subjectAtToken(f, k, true);
        if (subj?.kind === 'name' && placeLike(f, subj.run)) continue;
        // "Michael Mulgrew, president of the union, which represents …, said": past bodies to the person.
        if (subj?.kind === 'name' && hop < 2 && (subj.run.toks.some((x) => EN_ORG.has(x.w)) || REGEXPS.articleBefore.test(f.frame.slice(Math.max(0, subj.run.start - 4), subj.run.start)))) {
          fallback = fallback ?? subj;
          continue;
        }
        if (subj?.kind === 'name') {
          const role = f.text.slice(prevComma + 1, comma).trim();
          if (REGEXPS.lowerDescription.test(role) && splitSpace(role).length <= 12) subj.role = role.replace(REGEXPS.leadingArticle, '');
        }
        return subj ?? fallback;
      }
      return fallback;
    }
    const j = tokenEndingBefore(f, pos, sentStart);
    if (j < 0) return null;
    const t = f.toks[j]!;
    // Adverbs between subject and verb: "also said", "forcefully told".
    if ((SKIP.has(t.w) || REGEXPS.lyAdverb.test(t.w)) && !isPronoun(t.lw) && REGEXPS.onlyBlanks.test(f.frame.slice(t.end, pos))) { pos = t.start; continue; }
    // A verb before, joined by "and": "Ms. Sherry smiled and said" → the first verb's subject.
    const verb = t.lw === 'and' && j > 0 ? f.toks[j - 1]! : null;
    if (verb && REGEXPS.verbForm.test(verb.w) && !REGEXPS.notVerbForm.test(verb.w) && REGEXPS.onlyBlanks.test(f.frame.slice(verb.end, t.start))
      && REGEXPS.onlyBlanks.test(f.frame.slice(t.end, pos))) { pos = verb.start; continue; }
    return subjectAtToken(f, j, false);
  }
}

function lastTokBefore(f: Frame, at: number): number {
  let lo = 0;
  let hi = f.toks.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (f.toks[mid]!.end <= at) { best = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return best;
}

function subjectAtToken(f: Frame, j: number, appositive: boolean): Subject | null {
  const t = f.toks[j]!;
  // A dateline ("WASHINGTON —") is not a speaker.
  if (REGEXPS.capitalsWord.test(t.w) && !REGEXPS.capitalsWord.test(f.toks[j + 1]?.w ?? '') && t.last?.toks.every((x) => REGEXPS.capitalsWord.test(x.w))) return null;
  const p = isPronoun(t.lw);
  if (p) return { kind: 'pron', gender: EN_PRONOUNS[p]!, start: t.start, end: t.end };
  const run = t.last;
  if (run && !t.poss) {
    // "A source speaking to Fox News said": whoever speaks to the outlet, not the outlet.
    const relay = REGEXPS.participleTo.exec(f.frame.slice(Math.max(0, run.start - 24), run.start));
    if (relay) {
      const k = lastTokBefore(f, run.start - relay[0].length);
      const speaker = k >= 0 ? subjectAtToken(f, k, appositive) : null;
      if (speaker) return speaker;
    }
    // "Mr. Morgan of the Sierra Club said": the person before the "of".
    const pp = REGEXPS.ownerPreposition.exec(f.frame.slice(Math.max(0, run.start - 12), run.start));
    if (pp) {
      const k = lastTokBefore(f, run.start - pp[0].length + (pp[0].startsWith(' ') ? 1 : 0));
      const owner = k >= 0 ? subjectAtToken(f, k, appositive) : null;
      if (owner && owner.kind !== 'pron') return owner;
    }
    return { kind: 'name', run, role: null, nominative: true };
  }
  // After an appositive only a name or pronoun is safe ("In Moscow, officials said" is not one).
  if (appositive) return null;
  const nom = nominalEndingAt(f, j);
  if (nom?.kind === 'nominal') {
    // "Ivan Pavlov of the Team 29 legal group said": the person before the "of".
    const pp = REGEXPS.ownerPrepositionBare.exec(f.frame.slice(Math.max(0, nom.start - 8), nom.start));
    const k = pp ? lastTokBefore(f, nom.start - pp[0].length + (REGEXPS.leadingBlank.test(pp[0]) ? 1 : 0)) : -1;
    const owner = k >= 0 ? f.toks[k]!.last : null;
    if (owner && !owner.poss) return { kind: 'name', run: owner, role: null, nominative: true };
  }
  return nom;
}

/** Subject written after the verb: "said Dmitry Peskov", "said a Kremlin spokesman". */
function subjectAfter(f: Frame, v: number, sentEnd: number): Subject | null {
  const first = f.toks[v + 1];
  if (!first || first.start >= sentEnd) return null;
  if (!REGEXPS.onlyBlanks.test(f.frame.slice(f.toks[v]!.end, first.start))) return null;
  const p = isPronoun(first.lw);
  if (p) return { kind: 'pron', gender: EN_PRONOUNS[p]!, start: first.start, end: first.end };
  for (let k = v + 1; k < f.toks.length && k <= v + 7; k++) {
    const t = f.toks[k]!;
    if (t.start >= sentEnd) break;
    if (k > v + 1 && REGEXPS.clauseEndMark.test(f.frame.slice(f.toks[k - 1]!.end, t.start))) break;
    let run = t.first;
    if (run) {
      // "said MSNBC host Chris Matthews", "said Clinton’s top foreign policy aide Jake Sullivan", "said another
      // Twitter user, Ann Lee": a body, role words, then the person (after a comma only as a closing aside).
      const after = run.toks[run.toks.length - 1]!.i + 1;
      for (let m = after; m < f.toks.length && m <= after + (run.poss ? 5 : 3); m++) {
        const x = f.toks[m]!;
        const gap = f.frame.slice(f.toks[m - 1]!.end, x.start);
        const next = x.first;
        const aside = m > after && REGEXPS.commaGap.test(gap) && !!next && REGEXPS.asideEnd.test(f.frame.slice(next.end, next.end + 3));
        if (REGEXPS.nonBlank.test(gap) && !aside) break;
        if (next && m > after) { if (!placeLike(f, next) && !next.poss) run = next; break; }
        if (!REGEXPS.lowerWord.test(x.w) || REGEXPS.functionWord.test(x.w)) break;
      }
      if (run.poss) return null;
      // "said Kremlin spokesman Dmitry Peskov" / "said the ministry's spokeswoman, Maria Zakharova".
      const lower = f.text.slice(first.start, t.start).replace(REGEXPS.trailingCommaBlanks, '').trim();
      return { kind: 'name', run, role: lower && !DET.has(lower.toLowerCase()) ? lower.replace(REGEXPS.leadingArticleAnyCase, '') : null, nominative: true };
    }
    let nom = phraseEndsAt(f, k) || NOMINAL_HEADS.has(t.w) ? nominalEndingAt(f, k) : null;
    // A phrase known by its shape only must follow the verb at once ("said the veteran broadcaster"), not come
    // later in the sentence ("said during a visit").
    if (nom && nom.kind === 'nominal' && nom.start !== first.start && !NOMINAL_HEADS.has(t.w) && !NOMINAL_HEADS.has(t.lw)) nom = null;
    if (nom && (k + 1 >= f.toks.length || !NOMINAL_HEADS.has(f.toks[k + 1]!.w))) {
      const next = f.toks[k + 1];
      // "a spokesman for the Kremlin", "its director Ivan Pavlov": a following name wins.
      if (next && (next.w === 'for' || (isCap(next.w) && REGEXPS.onlyBlanks.test(f.frame.slice(t.end, next.start))))) continue;
      // "said the ministry's spokeswoman, Maria Zakharova.": the name in a closing aside.
      const aside = next?.first;
      if (aside && nom.kind === 'nominal' && aside.start === next.start && REGEXPS.commaGap.test(f.frame.slice(t.end, next.start)) && !aside.poss
        && REGEXPS.asideEnd.test(f.frame.slice(aside.end, aside.end + 3)) && !placeLike(f, aside) && !roleOfPlace(aside)) {
        return { kind: 'name', run: aside, role: nom.text.replace(REGEXPS.leadingArticleAnyCase, ''), nominative: true };
      }
      return nom;
    }
    if (!DET.has(t.lw) && !REGEXPS.lowerPossessive.test(t.w) && !REGEXPS.lowerWordOrNumber.test(t.w)) break;
  }
  return null;
}

/** The subject of a sentence: its first pronoun or name followed by a verb-like word, before `until`. */
export function sentenceSubject(f: Frame, from: number, until: number): Subject | null {
  const opening = nominalOpening(f, from, until);
  if (opening) return opening;
  for (let k = tokAtOrAfter(f, from); k < f.toks.length; k++) {
    const t = f.toks[k]!;
    if (t.start >= until) break;
    const p = isPronoun(t.lw);
    if (p && p !== 'i' && p !== 'we') return { kind: 'pron', gender: EN_PRONOUNS[p]!, start: t.start, end: t.end };
    const run = t.first;
    // A dateline ("WASHINGTON, Dec. 8 (UPI) —") opens the paragraph but is no subject.
    if (run && run.start < 2 && REGEXPS.datelineAfter.test(f.frame.slice(run.end, run.end + 24)) && run.toks.every((x) => REGEXPS.capitalsWord.test(x.w))) continue;
    const atStart = !!run && run.start - from < 8 && REGEXPS.blanksOrOpenMarks.test(f.frame.slice(from, run.start));
    if (atStart && openerNotSubject(run!, REGEXPS.nextWord.exec(f.frame.slice(run!.end, run!.end + 16))?.[1] ?? '')) continue;
    // A name opening the sentence is its subject ("Dean, a former chairman, poked at …"); after a body
    // and a role noun, the person ("EU foreign policy chief Josep Borrell condemned …").
    if (run && !run.poss && atStart && REGEXPS.commaOrLowerNext.test(f.frame.slice(run.end, run.end + 3))) {
      const role = REGEXPS.lowerWordsThenCapital.exec(f.frame.slice(run.end, run.end + 60));
      const later = role ? f.byStart.get(run.end + role[0].length) : undefined;
      // "Democratic presidential candidate Bernie Sanders": an adjective of place or party is never the subject.
      if (later && ((later.toks.length >= 2 && REGEXPS.roleNounAtEnd.test(role![1]!)) || (adjectiveOnly(run) && rolePhrase(role![1]!)))) {
        return { kind: 'name', run: later, role: null, nominative: true };
      }
      return { kind: 'name', run, role: null, nominative: true };
    }
    if (run && !run.poss && !adjectiveOnly(run)) {
      // Skip a party or state tag after the name: "Gov. Pat McCrory (R) blamed …".
      const tag = REGEXPS.partyTag.exec(f.frame.slice(run.end, run.end + 30));
      const after = run.end + (tag ? tag[0].length : 0);
      const next = f.toks[tokAtOrAfter(f, after)];
      const gap = next ? f.frame.slice(after, next.start) : '';
      const prev = f.frame.slice(Math.max(from, t.start - 6), t.start);
      // (After a possessive only before a verb: "Trump’s Virginia state director" is a noun phrase, "The Post's
      // Ann Lee wrote" is not.)
      const ownerBefore = t.i > 0 && f.toks[t.i - 1]!.poss && REGEXPS.onlyBlanks.test(f.frame.slice(f.toks[t.i - 1]!.end, t.start));
      if (next && REGEXPS.onlyBlanks.test(gap) && REGEXPS.startsLower.test(next.w) && !REGEXPS.notAVerb.test(next.w)
        && !REGEXPS.prepositionOrArticleBefore.test(prev) && (!ownerBefore || REGEXPS.verbForm.test(next.w) || IRREGULAR_PAST.has(next.w))) {
        return { kind: 'name', run, role: null, nominative: true };
      }
      // "…'s state director, Mike Rubino, reached out": a name in an aside, then the verb.
      if (next && REGEXPS.commaGap.test(gap) && REGEXPS.commaBefore.test(prev) && REGEXPS.verbForm.test(next.w) && !REGEXPS.notVerbForm.test(next.w)) {
        return { kind: 'name', run, role: null, nominative: true };
      }
    }
  }
  return null;
}

/**
 * A sentence that opens with a determiner, modifiers and a noun, then a verb: "The Florida senator sought …",
 * "The billionaire businessman began …". The noun phrase is the subject, kept with its offsets.
 */
function nominalOpening(f: Frame, from: number, until: number): Subject | null {
  const k = tokAtOrAfter(f, from);
  const first = f.toks[k];
  if (!first || first.start >= until || !DET.has(first.lw) || CLAUSE_DET.has(first.lw) || first.start - from > 3
    || !REGEXPS.blanksOrOpenMarks.test(f.frame.slice(from, first.start))) return null;
  for (let j = k + 1; j < f.toks.length && j <= k + 5; j++) {
    const next = f.toks[j + 1];
    if (!next || next.start >= until) return null;
    if (!REGEXPS.onlyBlanks.test(f.frame.slice(f.toks[j]!.end, next.start))) return null;
    const verb = (REGEXPS.verbForm.test(next.w) && !REGEXPS.notVerbForm.test(next.w)) || EN_SPEECH.has(next.w) || REGEXPS.auxiliary.test(next.w);
    if (!verb || NOMINAL_HEADS.has(next.w)) continue;
    const nom = nominalEndingAt(f, j);
    return nom && nom.kind === 'nominal' && nom.start === first.start ? nom : null;
  }
  return null;
}

/** A run of adjectives of place or party alone ("German", "Democratic"), which qualify a name, never speak. */
export function adjectiveOnly(run: Run): boolean {
  return run.toks.every((t) => EN_PLACE_ADJ.has(t.w));
}

/** Past tenses that do not end in -ed. */
const IRREGULAR_PAST = set('said told wrote spoke put read went shot gave took made');
/** "state", "say", "tell": a verb of saying in its bare form (no -s, no past tense). */
const bareForm = (w: string): boolean => !REGEXPS.sOrEdEnd.test(w) && !IRREGULAR_PAST.has(w);

/** "Hours later, …", "Reached by phone, …": a capitalised opener that starts a phrase of time or a participle. */
function openerNotSubject(run: Run, next: string): boolean {
  if (REGEXPS.timeAfter.test(next)) return true;
  return run.toks.length === 1 && REGEXPS.edEnding.test(run.toks[0]!.w) && REGEXPS.preposition.test(next);
}

/** Lower-case words that can make a role ("presidential candidate"): no verb, no function word. */
function rolePhrase(words: string): boolean {
  for (const w of words.trim().split(/\s+/)) {
    if (REGEXPS.functionWord.test(w) || REGEXPS.notAVerb.test(w) || EN_SPEECH.has(w) || (REGEXPS.verbForm.test(w) && !REGEXPS.roleNoun.test(w))) return false;
  }
  return true;
}

/** Does the quotation whose closing mark is at `mark` end open, on a comma, a question or a dash ("…,”)? */
function endsOpen(f: Frame, mark: number): boolean {
  let i = mark - 1;
  while (i > 0 && REGEXPS.blank.test(f.text[i]!)) i--;
  return REGEXPS.openEnd.test(f.text[i] ?? '');
}

/**
 * The clause right after a quotation that ends on a comma attributes it, whatever its verb: “…,” Clinton
 * gushed / “…,” the CNN host reiterated / “…,” fumed Mr. Burton. The verb list is a hint; this is the shape.
 */
function clauseAfterQuote(f: Frame, v: number, sent: [number, number]): Subject | null {
  const t = f.toks[v]!;
  if (t.w !== t.lw || SKIP.has(t.lw) || REGEXPS.functionWord.test(t.lw) || DET.has(t.lw) || OBJECT_PRONOUNS.has(t.lw)) return null;
  const before = f.frame.slice(Math.max(sent[0], t.start - 12), t.start);
  // Any verb form (-ed, -s), or an irregular one that ends the clause: "the statement read.", "Trump shot back."
  const endsClause = REGEXPS.clauseEndAfterVerb.test(f.frame.slice(t.end, t.end + 8)) && !REGEXPS.rightAfterQuote.test(before);
  if (!(REGEXPS.verbForm.test(t.w) && !REGEXPS.notVerbForm.test(t.w)) && !(endsClause && REGEXPS.lowerWord.test(t.w) && t.w.length >= 3)) return null;
  const mark = f.frame.lastIndexOf('"', t.start);
  if (REGEXPS.rightAfterQuote.test(before)) {
    if (mark < 0 || !endsOpen(f, mark)) return null;
    const subj = subjectAfter(f, v, sent[1]);
    return subj && subj.kind !== 'pron' ? subj : null;
  }
  const subj = subjectBefore(f, v, sent[0]);
  if (!subj) return null;
  const start = subj.kind === 'name' ? subj.run.start : subj.start;
  const lead = f.frame.slice(Math.max(sent[0], start - 8), start);
  const at = f.frame.lastIndexOf('"', start);
  return REGEXPS.rightAfterQuote.test(lead) && at >= 0 && endsOpen(f, at) ? subj : null;
}

const subjectStart = (a: Cue): number => (a.subj.kind === 'name' ? a.subj.run.start : a.subj.start);
/** "…, saying": a participle takes the sentence's subject, however far back. */
const participle = (f: Frame, a: Cue): boolean => REGEXPS.ingEnding.test(f.text.slice(a.start, a.end));

/**
 * Cues that are not attributions: a word inside another cue's subject and its aside ("Ann Lee, the head of the
 * Ohio state teachers union, said": "state" is no verb there), and a cue read from the clause shape alone when a
 * listed verb of saying follows in the same clause, before any other quotation (in “…,” the chief human
 * resources executive, Ann Lee, told …, "resources" only looked like a verb).
 */
function dropFalseCues(f: Frame, acts: Cue[], shape: Set<Cue>): Cue[] {
  return acts.filter((a) => !acts.some((b) => {
    if (b === a || b.start <= a.end) return false;
    if (subjectStart(b) < a.start && !participle(f, b)) return true;
    return shape.has(a) && !shape.has(b) && sentenceRange(f, b.start)[0] === sentenceRange(f, a.start)[0]
      && !f.spans.some((s) => s.open > a.end && s.open < b.start);
  }));
}

export function findCuesEn(f: Frame): Cue[] {
  const acts: Cue[] = dashCues(f);
  const shape = new Set<Cue>();
  for (let v = 0; v < f.toks.length; v++) {
    const t = f.toks[v]!;
    const w = t.lw;
    // "As Ann Lee put it, “…”": "put it" says something.
    const putIt = w === 'put' && f.toks[v + 1]?.lw === 'it';
    if (w !== 'according' && !EN_SPEECH.has(w) && !putIt) {
      // Not a listed verb of saying: the clause shape after a quotation may still say it is one.
      if (!f.spans.length || t.w !== w) continue;
      const s = sentenceRange(f, t.start);
      const subj = clauseAfterQuote(f, v, s);
      if (subj) {
        const cue: Cue = { start: t.start, end: t.end, subj, weak: false, gender: null };
        shape.add(cue);
        acts.push(cue);
      }
      continue;
    }
    const s = sentenceRange(f, t.start);
    if (w === 'according' && f.toks[v + 1]?.w === 'to') {
      const subj = subjectAfter(f, v + 1, s[1]);
      if (subj) acts.push({ start: t.start, end: f.toks[v + 1]!.end, subj, weak: false, gender: null });
      continue;
    }
    // Lower case, or capitalised at the start of a sentence ("Continued Stone: …", "Said Lavrov: …").
    const initial = t.w !== w && t.start - s[0] < 8 && REGEXPS.blanksOrOpeningMarks.test(f.frame.slice(s[0], t.start));
    if ((!EN_SPEECH.has(w) && !putIt) || (t.w !== w && !initial)) continue;
    // "Russia would respond", "declined to comment": not something said.
    if (v > 0 && REGEXPS.modalBefore.test(f.toks[v - 1]!.w)) continue;
    const weak = EN_WEAK.has(w);
    // Inversion right after a quotation: ",” said X".
    const before = f.frame.slice(Math.max(s[0], t.start - 240), t.start);
    const afterQuote = REGEXPS.rightAfterQuote.test(before);
    let subj: Subject | null = null;
    if (w.endsWith('ing') && !initial) {
      // "Trump attacked Clinton, saying, “…”", "“…,” claiming that …": a participle is never inverted; its subject is the
      // sentence's.
      subj = sentenceSubject(f, s[0], t.start);
      if (subj) acts.push({ start: t.start, end: t.end, subj, weak, gender: null });
      continue;
    }
    if (afterQuote || initial || REGEXPS.asOrSoBefore.test(before)) subj = subjectAfter(f, v, s[1]);
    if (!subj) {
      subj = subjectBefore(f, v, s[0]);
      // "Trump's Virginia state director": a verb's bare form right after a singular name is no verb.
      // (Nor after a singular noun: "in his home state because …".)
      const subjEnd = subj?.kind === 'name' ? subj.run.end : subj?.kind === 'nominal' ? subj.end : -1;
      const lastWord = subj?.kind === 'name' ? subj.run.toks[subj.run.toks.length - 1]!.w : subj?.kind === 'nominal' ? f.frame.slice(subj.start, subj.end) : '';
      if (subjEnd >= 0 && REGEXPS.onlyBlanks.test(f.frame.slice(subjEnd, t.start)) && bareForm(w) && !REGEXPS.pluralEnd.test(lastWord)) subj = null;
    }
    if (!subj && !afterQuote) {
      // "..., said Lavrov, ..." in the middle of a sentence.
      // (Not after "told": what follows it is who was told.)
      if (REGEXPS.commaBefore.test(before) && !REGEXPS.objectVerb.test(w)) subj = subjectAfter(f, v, s[1]);
    }
    if (subj) acts.push({ start: t.start, end: t.end, subj, weak, gender: null });
  }
  return dropFalseCues(f, acts, shape).sort((a, b) => a.start - b.start);
}
