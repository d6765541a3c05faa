/**
 * English subjects of a verb of saying: before it ("Lavrov also said", "X, the foreign minister, told"), after it
 * ("said Dmitry Peskov", "said a Kremlin spokesman"), and the subject of a sentence (for "…, saying"). Over ~350
 * lines, on purpose: the before, after and appositive readings call back and forth (an aside's name, a place in an
 * aside, an owner before "of", a letter's signer), and they share the small tests of a run at its foot.
 */
import { splitSpace } from '../../../text';
import type { Subject } from '../../cues';
import { tokAtOrAfter, type Frame } from '../../frame';
import type { Run } from '../../runs';
import { isCap } from '../../tokens';
import { EN_ORG, EN_PLACE, EN_PLACE_ADJ, EN_PRONOUNS, EN_SPEECH } from './lexicon';
import { splitRoleEn } from './names';
import { REGEXPS } from './patterns';
import { DET, IRREGULAR_PAST, NOMINAL_HEADS, SKIP } from './clause-words';
import { isPronoun, nominalEndingAt, nominalOpening, phraseEndsAt } from './nominals';
import { regionalBody } from './regions';

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

const SIGNED_BY = /^[\s\u00a0]*signed[\s\u00a0]+by[\s\u00a0]+/;

/** ", signed by Deputy Minister Ivan N," / ", signed by the director of …,": the signer named in an aside [from, to),
 *  a name when the aside ends on one, else the description; null for any other aside. */
function signerIn(f: Frame, from: number, to: number): Subject | null {
  const m = SIGNED_BY.exec(f.frame.slice(from, to));
  if (!m) return null;
  const start = from + m[0].length;
  let end = to;
  while (end > start && REGEXPS.blank.test(f.frame[end - 1]!)) end--;
  if (end <= start) return null;
  const last = f.toks[lastTokBefore(f, end)]?.last;
  if (last && last.end === end && last.start === start) return { kind: 'name', run: last, role: null, nominative: true };
  return { kind: 'nominal', text: f.text.slice(start, end), start, end };
}

/** Subject written before the verb at token index v (skipping adverbs, an aside and an appositive). */
export function subjectBefore(f: Frame, v: number, sentStart: number): Subject | null {
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
        // "The note, signed by the director of the department, says": whoever signed a text speaks in it.
        const signer = hop === 0 ? signerIn(f, prevComma + 1, comma) : null;
        if (signer) return signer;
        // "the Vatican spokesman, Federico Lombardi, told …": the aside is the name itself.
        const firstAfter = f.toks[tokAtOrAfter(f, prevComma + 1)];
        const cand = firstAfter?.first ?? undefined;
        const inner = cand && cand.end <= comma && REGEXPS.blanksOrNothing.test(f.frame.slice(prevComma + 1, cand.start)) && REGEXPS.blanksOrNothing.test(f.frame.slice(cand.end, comma)) ? cand : undefined;
        if (inner && hop === 0 && !placeLike(f, inner) && !roleOfPlace(inner) && !inner.toks.some((x) => EN_ORG.has(x.w))) return { kind: 'name', run: inner, role: null, nominative: true };
        const k = tokenEndingBefore(f, prevComma, sentStart);
        if (k < 0) return fallback;
        // "Harry Bond, 30, of Raleigh, N.C., said": an age between commas is an aside too.
        if (REGEXPS.number.test(f.toks[k]!.w)) continue;
        // "A source, speaking on condition of anonymity, said": after a participle or relative aside (not an
        // appositive that names), the noun phrase before it is the subject.
        let subj = subjectAtToken(f, k, !REGEXPS.clauseAside.test(f.frame.slice(prevComma + 1, comma)));
        // "A student, a 15-year-old girl whose name …, said", "One of the students, a girl, said": a description in
        // apposition to the noun phrase that opens the sentence; that phrase is the subject.
        if (!subj && hop === 0 && REGEXPS.articleAside.test(f.frame.slice(prevComma, prevComma + 6))) {
          const nom = subjectAtToken(f, k, false);
          const lead = nom?.kind === 'nominal' ? REGEXPS.partitiveLead.exec(f.frame.slice(sentStart, nom.start)) : null;
          if (nom?.kind === 'nominal' && lead) subj = { kind: 'nominal', text: f.text.slice(sentStart + lead[1]!.length, nom.end), start: sentStart + lead[1]!.length, end: nom.end };
        }
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
    // "X used to say": the habit's auxiliary stands between subject and verb.
    if (t.lw === 'to' && j > 0 && f.toks[j - 1]!.lw === 'used' && REGEXPS.onlyBlanks.test(f.frame.slice(f.toks[j - 1]!.end, t.start))) { pos = f.toks[j - 1]!.start; continue; }
    // A verb before, joined by "and": "Ms. Sherry smiled and said" → the first verb's subject.
    const verb = t.lw === 'and' && j > 0 ? f.toks[j - 1]! : null;
    if (verb && REGEXPS.verbForm.test(verb.w) && !REGEXPS.notVerbForm.test(verb.w) && REGEXPS.onlyBlanks.test(f.frame.slice(verb.end, t.start))
      && REGEXPS.onlyBlanks.test(f.frame.slice(t.end, pos))) { pos = verb.start; continue; }
    // "Sen. Marco Rubio of Florida, who mused …", "Rikkie Wells who tweeted …": the verb of a relative clause is
    // said by whoever "who" stands for.
    if (t.w === 'who' && REGEXPS.onlyBlanks.test(f.frame.slice(t.end, pos))) {
      let at = t.start;
      while (at > sentStart && REGEXPS.blank.test(f.frame[at - 1]!)) at--;
      const k = tokenEndingBefore(f, f.frame[at - 1] === ',' ? at - 1 : at, sentStart);
      return k >= 0 ? subjectAtToken(f, k, true) : null;
    }
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
  // A dateline ("WASHINGTON —") is not a speaker; an acronym before a verb ("the IIHF said") may be.
  if (REGEXPS.capitalsWord.test(t.w) && !REGEXPS.capitalsWord.test(f.toks[j + 1]?.w ?? '') && t.last?.toks.every((x) => REGEXPS.capitalsWord.test(x.w))
    && REGEXPS.datelineAfter.test(f.frame.slice(t.end, t.end + 30))) return null;
  const p = isPronoun(t.lw);
  if (p) return { kind: 'pron', gender: EN_PRONOUNS[p]!, start: t.start, end: t.end };
  const run = t.last;
  if (run && !t.poss) {
    // "A European diplomat I spoke to in Brussels put it": a place closing a relative clause with no "who" or "that"
    // (its own subject a pronoun right after a noun) is no subject; the noun phrase before the clause is.
    const contact = REGEXPS.governingPreposition.test(f.frame.slice(Math.max(0, run.start - 10), run.start)) ? contactClauseHead(f, run.toks[0]!.i) : null;
    if (contact) return contact;
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
    // "The Finnish Embassy in Moscow said": a place after "in" says where the name before it is.
    const at = REGEXPS.inBefore.exec(f.frame.slice(Math.max(0, run.start - 5), run.start));
    if (at) {
      const k = lastTokBefore(f, run.start - at[0].length + 1);
      const owner = k >= 0 ? f.toks[k]!.last : null;
      if (owner && owner.end === f.toks[k]!.end && !owner.poss && owner.toks.some((x) => EN_ORG.has(x.w))) return { kind: 'name', run: owner, role: null, nominative: true };
    }
    // "Sam Lau, the communications director for the Iowa Democratic Party said": an aside left open before the
    // verb; the person named before it speaks, not the body the role belongs to.
    if (REGEXPS.roleGovernor.test(f.frame.slice(Math.max(0, run.start - 10), run.start))) {
      const comma = f.frame.lastIndexOf(',', run.start);
      const k = comma > 0 && run.start - comma < 120 && REGEXPS.openAside.test(f.frame.slice(comma, run.start)) ? lastTokBefore(f, comma) : -1;
      const person = k >= 0 ? f.toks[k]!.last : null;
      if (person && person.end === f.toks[k]!.end && person.end === comma && !person.poss && !placeLike(f, person)
        && !person.toks.some((x) => EN_ORG.has(x.w))) return { kind: 'name', run: person, role: null, nominative: true };
    }
    return regionalBody(f, run) ?? { kind: 'name', run, role: null, nominative: true };
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
    // "A lawyer from the Memorial group said", "The head of the health department said": a person's noun before the
    // preposition heads the phrase; the body after it only says whose.
    const person = k >= 0 && !owner && REGEXPS.personNoun.test(f.toks[k]!.lw) ? nominalEndingAt(f, k) : null;
    if (person?.kind === 'nominal') return { kind: 'nominal', text: f.text.slice(person.start, nom.end), start: person.start, end: nom.end };
    // A noun phrase governed by a preposition is no subject: "a voice-over in the ad states" is the voice-over's,
    // "…,” in a video posted on …" nobody's.
    const gov = REGEXPS.governingPreposition.exec(f.frame.slice(Math.max(0, nom.start - 10), nom.start));
    if (gov) {
      const h = lastTokBefore(f, nom.start - gov[0].length + (REGEXPS.leadingBlank.test(gov[0]) ? 1 : 0));
      const head = h >= 0 && REGEXPS.onlyBlanks.test(f.frame.slice(f.toks[h]!.end, nom.start - gov[0].length + 1)) ? nominalEndingAt(f, h) : null;
      return head?.kind === 'nominal' ? { kind: 'nominal', text: f.text.slice(head.start, nom.end), start: head.start, end: nom.end } : null;
    }
  }
  return nom;
}

/** The noun phrase a relative clause with no relative word follows ("a diplomat [I spoke to in …]"): the clause's
 *  pronoun subject a few words before token i, right after a lower-case noun. */
function contactClauseHead(f: Frame, i: number): Subject | null {
  for (let k = i - 1; k > 0 && k >= i - 5; k--) {
    const t = f.toks[k]!;
    if (!REGEXPS.onlyBlanks.test(f.frame.slice(t.end, f.toks[k + 1]!.start))) return null;
    if (!REGEXPS.contactPronoun.test(t.w)) continue;
    const noun = f.toks[k - 1]!;
    if (!REGEXPS.onlyBlanks.test(f.frame.slice(noun.end, t.start)) || !REGEXPS.lowerNoun.test(noun.w) || isPronoun(noun.lw)) return null;
    const nom = nominalEndingAt(f, k - 1);
    return nom?.kind === 'nominal' ? nom : null;
  }
  return null;
}

/** Subject written after the verb: "said Dmitry Peskov", "said a Kremlin spokesman". */
export function subjectAfter(f: Frame, v: number, sentEnd: number): Subject | null {
  const first = f.toks[v + 1];
  if (!first || first.start >= sentEnd) return null;
  if (!REGEXPS.onlyBlanks.test(f.frame.slice(f.toks[v]!.end, first.start))) return null;
  const p = isPronoun(first.lw);
  if (p) return { kind: 'pron', gender: EN_PRONOUNS[p]!, start: first.start, end: first.end };
  // "wrote on Instagram", "said in a statement": an inverted subject follows its verb at once, never a preposition.
  if (REGEXPS.preposition.test(first.w)) return null;
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
      const regional = run === t.first ? regionalBody(f, run) : null;
      if (regional) return regional;
      if (run.poss) return null;
      // "said the American ambassador", "said a Republican senator from Ohio": a nationality or party adjective
      // before a noun is a modifier of the nominal, not a name (the phrase is read on at the noun).
      if (run === t.first && nationalityModifier(f, run)) continue;
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

/** A lone nationality or party adjective ("American", "Republican") right before a lower-case word. */
function nationalityModifier(f: Frame, run: Run): boolean {
  const w = run.toks[0]!.w;
  if (run.toks.length !== 1 || !EN_PLACE_ADJ.has(w) || EN_ORG.has(w) || EN_PLACE.has(w) || !REGEXPS.nationalityEnding.test(w)) return false;
  const next = f.toks[run.toks[0]!.i + 1];
  return !!next && REGEXPS.onlyBlanks.test(f.frame.slice(run.end, next.start)) && REGEXPS.lowerWord.test(next.w) && !REGEXPS.functionWord.test(next.w)
    // ("one Republican involved in the planning": before a participle the adjective is the noun itself.)
    && !REGEXPS.participleEnding.test(next.w);
}

/** The subject of a sentence: its first pronoun or name followed by a verb-like word, before `until`. */
export function sentenceSubject(f: Frame, from: number, until: number): Subject | null {
  const opening = nominalOpening(f, from, until);
  if (opening) return opening;
  for (let k = tokAtOrAfter(f, from); k < f.toks.length; k++) {
    const t = f.toks[k]!;
    if (t.start >= until) break;
    const p = isPronoun(t.lw);
    if (p && p !== 'i' && p !== 'we' && p !== 'you') return { kind: 'pron', gender: EN_PRONOUNS[p]!, start: t.start, end: t.end };
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
    // "The Kremlin said", "The Justice Ministry added": a body's name after the sentence's opening article.
    const theBody = !!run && REGEXPS.theAtStart.test(f.frame.slice(from, run.start)) && run.toks.some((x) => EN_ORG.has(x.w));
    if (run && !run.poss && (!adjectiveOnly(run) || theBody)) {
      // Skip a party or state tag after the name: "Gov. Pat McCrory (R) blamed …".
      const tag = REGEXPS.partyTag.exec(f.frame.slice(run.end, run.end + 30));
      // (And a time: "The Kremlin on Wednesday dismissed …".)
      const time = REGEXPS.timeAside.exec(f.frame.slice(run.end + (tag ? tag[0].length : 0), run.end + 60));
      const after = run.end + (tag ? tag[0].length : 0) + (time ? time[0].length : 0);
      const next = f.toks[tokAtOrAfter(f, after)];
      const gap = next ? f.frame.slice(after, next.start) : '';
      const prev = f.frame.slice(Math.max(from, t.start - 6), t.start);
      // (After a possessive only before a verb: "Trump’s Virginia state director" is a noun phrase, "The Post's
      // Ann Lee wrote" is not.)
      const ownerBefore = t.i > 0 && f.toks[t.i - 1]!.poss && REGEXPS.onlyBlanks.test(f.frame.slice(f.toks[t.i - 1]!.end, t.start));
      if (next && REGEXPS.onlyBlanks.test(gap) && REGEXPS.startsLower.test(next.w) && !REGEXPS.notAVerb.test(next.w)
        && (!REGEXPS.prepositionOrArticleBefore.test(prev) || theBody)
        && (!ownerBefore || REGEXPS.verbForm.test(next.w) || IRREGULAR_PAST.has(next.w))) {
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

/** A run of adjectives of place or party alone ("German", "Democratic"), which qualify a name, never speak. */
export function adjectiveOnly(run: Run): boolean {
  return run.toks.every((t) => EN_PLACE_ADJ.has(t.w));
}

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
