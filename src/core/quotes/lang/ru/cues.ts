/**
 * Russian attribution patterns: «…», — заявил X. / X заявил: «…» / По словам X, «…» /
 * Как сообщил X, … / — сказал он. Names may be in oblique cases; the caller normalises them.
 *
 * Over ~350 lines, on purpose: after() and before() read one clause's subject from either side of its verb with the
 * same word tests (this file's REGEXPS) and call each other; split, each would take the other's tables as arguments.
 */
import { dashCues, type Cue, type Subject } from '../../cues';
import { sentenceRange, tokAtOrAfter, type Frame } from '../../frame';
import type { Run } from '../../runs';
import type { Tok } from '../../tokens';
import { CLAUSE_REGEXPS, earlierSpeechVerb, finiteVerb, firstWord, governedAt, laterSpeechVerb, lastTokBefore, locatedOffice, officeAfterVerb, personBeforeCircumstance, phraseStart, relaySkip, ruSpeechVerb, subjectWithQuotedName, verbGender } from './clauses';
import { RU_ROLE_WORDS, RU_STOP, ruPronoun } from './lexicon';
import { headlineCue } from './headline';
import { roleLemma } from './roles';
import { institutionNoun, institutionRun } from './institutions';
import { obliqueName, splitOf } from './names';
import { bodyNounAfter, documentAt, GENITIVE_CUES, mayBeCueNoun, POSSESSIVE_CUE, POSSESSIVE_GENDER, SOURCE_NOUNS, STATEMENT_NOUN } from './sources';
import { addressee, objectRun, originAhead, personAhead, placeThenPerson, isWordsPhrase, relayedWordsOf } from './objects';
import { nominativeInMarks, personish, quotedNameIn, quotedSubject, toldInMarks } from './shapes';
import { dashRightBefore, isAcronym, startsLower } from './letters';

const RU_STOP_LOWER = new Set([...RU_STOP].map((w) => w.toLowerCase()));

// Regexes made once, at module level (a literal in a function body is compiled again after garbage collections).
const REGEXPS = {
  ...CLAUSE_REGEXPS,
  blankedQuoteOnly: /^[\s\u00a0]*"[\s\u00a0]*"[\s\u00a0]*$/,
  wordBetweenVerbAndSubject: /^(?:журналистам|в|во|на|изданию|агентству|телеканалу|газете|радиостанции|интервью|корреспонденту|мне|нам|вам|тебе|ему|ей|им|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|вечером|утром|днем|днём|также|ранее|позднее|накануне|вчера|сегодня)$/,
  /** A preposition and one noun, all that stands between a verb and a name: "в докладе", "в комментарии". */
  prepositionAndNoun: /^(?:в|во|на|из)[\s\u00a0]+[а-яё-]+$/,
  /** A noun for a person by its ending: «студент», «респондентка», «пенсионерка», «жительница», «водитель». */
  agentNoun: /^[а-яё]{3,}(?:ница|тель|ент|ентка|онер|онерка|ист|истка|ант|антка)$/,
  /** Words that only point at a noun: «одна наша респондентка», «этот студент». */
  determiner: /^(?:один|одна|одно|одни|наш|наша|наше|наши|мой|моя|мое|моё|мои|ваш|ваша|его|ее|её|их|этот|эта|это|эти|тот|та|те)$/,
  /** «о», «об», «про»: what a statement is about follows. */
  aboutPreposition: /^(?:о|об|обо|про)$/,
  /** A noun of time or of a broadcast ("в четверг", "в эфире"): the name after it is the subject itself. */
  timeNoun: /[\s\u00a0](?:понедельник|вторник|сред|четверг|пятниц|суббот|воскресен|январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр|д[ен]|ноч|утр|вечер|год|эфир|ходе|итоге|свою|свое|своё)/,
  bodyNounStem: /^(?:министерств|ведомств|прокуратур|компани|пресс-служб|правительств|администраци|мэри|суд|банк|парти)/,
  dashAfterQuote: /["¶][\s\u00a0,]*[—–-][\s\u00a0]*$/,
  invertingLead: /(?:^|[\s,—–-])(?:как|об\s+этом|это|так)[\s\u00a0]*$/i,
  namingVerb: /^(?:назва|называ|описа)/,
  prepositionBefore: /(?:^|[\s\u00a0])(?:в|во|на|из|у|при)[\s\u00a0]+$/i,
  blankedQuoteText: /[«"„“][^»"“”]*[»"“”]/g,
  commaOnly: /^[\s\u00a0]*,[\s\u00a0]*$/,
  latin: /^[A-Za-z][A-Za-z0-9.&'’-]*$/,
  passiveVerb: /^[а-яё]+(?:ны|ен|ена|ено|ется|ются|ится|ятся|ался|алась|ались)$/,
  pastTense: /^[а-яё]{3,}(?:л|ла|ло|ли)$/,
  /** After a name in marks: the end of the clause. */
  clauseEndsNext: /^[\s\u00a0]*(?:$|[.,;:!?¶])/,
  /** A name in marks right after a word, ending the clause: " «Краснодара»." */
  marksNext: /^[\s\u00a0]+«[^«»]{1,60}»(?=[\s\u00a0]*(?:$|[.,;:!?]))/,
  locativeIn: /^(?:в|во)$/,
  /** A participle in an oblique case: "опубликованном", "размещенном", "подписавшей". */
  participle: /^[а-яё]{4,}(?:нн|вш|ющ|ущ|ащ|ящ)(?:ом|ой|ем|ый|ий|ая|ое|ых|ым|ого|ему|ому)$/,
  /** A Russian surname in the nominative, by its suffix: Галиев, Соколова, Ильин, Вяземский. */
  nominativeSurname: /^\p{Lu}\p{Ll}+(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|цкий|ская|цкая)$/u,
  /** A participle of signing and the signer after it, in the instrumental, to the aside's end (group 1). */
  signedBy: /^,[\s\u00a0]+подписанн\p{Ll}*[\s\u00a0]+([^,.;:«»"]+)/u,
  /** The case ending of a statement noun: "заявлении" → "заявлени", "письме" → "письм". */
  statementEnding: /[еи]$/,
  /** The noun that opens an institution's name ("Министерство обороны России", "Комитет Госдумы по …"). */
  institutionHead: /^(?:министерств|правительств|администраци|прокуратур|управлени|департамент|комитет|агентств|мэри)[а-яё]*$/,
  /** "котором", "которой": a relative pronoun after a preposition ("в котором"), the clause's object. */
  relativeOblique: /^котор(?:ом|ой|ого|ому|ым|ых|ыми|ую)$/,
  weekday: /^(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)$/,
  /** Adverbs of time that may open a clause before its subject. */
  timeWord: /^(?:утром|днем|днём|вечером|ночью|накануне|вчера|сегодня|позднее|позже|ранее)$/,
  /** One of a group: «один из них», «одна из экспертов». */
  partitive: /^(?:один|одна|одно|одни)[\s\u00a0]+из[\s\u00a0]+[а-яё-]+$/i,
  /** The noun of an unnamed source: «источник», «собеседник», «собеседница» in the nominative. */
  unnamedSourceNoun: /^(?:источник|собеседник|собеседница)$/,
  /** Blanks, or a name in marks (blanked in the frame) between them. */
  blanksOrQuoted: /^[\s\u00a0]*(?:"[^"]*"[\s\u00a0]*)?$/,
  /** Blanks and opening marks only: the clause starts here. */
  blanksOrOpenMark: /^[\s\u00a0«"„“—–-]*$/,
  /** A preposition opening a circumstance between a subject and its verb. */
  circumstanceOpener: /^(?:в|во|на|при|после|перед)$/,
  /** The end of an aside before a circumstance: a comma, after a name in marks (blanked in the frame) or not. */
  asideClose: /^(?:[\s\u00a0]*"[^"]*"[\s\u00a0]*,?|[\s\u00a0]*,)[\s\u00a0]*$/,
  /** A publication in the dative after an inverted subject: who was told ("— сказал адвокат агентству LETA"). */
  toldNoun: /^(?:агентству|изданию|телеканалу|газете|порталу|радиостанции|журналу|сайту|журналистам|корреспонденту)$/,
};

/** Right after the closing mark and a dash, with nothing between: «…», — <verb>. */
const RIGHT_AFTER_QUOTE_DASH = /["¶][\s\u00a0,]*[—–][\s\u00a0]*$/;
const SKIP = new Set('всегда часто иногда обычно нередко сам сама сами также тоже ранее уже тогда вновь снова еще ещё не прямо публично позже потом затем в четверг пятницу понедельник вторник среду субботу воскресенье недавно неоднократно однажды открыто сегодня вчера накануне утром вечером днем днём ночью позднее впервые официально лично прямо'.split(' '));

function pron(t: Tok): Subject | null {
  const g = ruPronoun(t.lw);
  return g ? { kind: 'pron', gender: g, start: t.start, end: t.end } : null;
}

/**
 * The subject after an inverted verb: "заявил глава МИД России Сергей Лавров на пресс-конференции" (role words,
 * bodies in the genitive, then the person; a preposition after the name ends it), "цитирует Абдель Аты издание",
 * "сказал «Интерфаксу» источник в российской делегации" (no name: the noun phrase itself, an unnamed source).
 */
function after(f: Frame, v: number, sentEnd: number, nominative: boolean, inverted = true): Subject | null {
  // "— пишет «Рыбарь».", "говорится в сообщении «Укрэнерго»", "по данным «Укрэнерго»": a body named in marks.
  const named = quotedNameIn(f, f.toks[v]!.end, Math.min(sentEnd, f.toks[v + 1]?.start ?? sentEnd));
  if (named && (!nominative || (nominativeInMarks(named) && REGEXPS.clauseEndsNext.test(f.frame.slice(named.close + 1))))) {
    return quotedSubject(named, '');
  }
  const first = f.toks[v + 1];
  if (!first || first.start >= sentEnd) return null;
  if (inverted) {
    const office = officeAfterVerb(f, v, sentEnd);
    if (office) return office;
  }
  const p = pron(first);
  if (p) return p;
  let person: Run | null = null;
  let other: Run | null = null;
  let phraseStart = -1;
  let phraseEnd = -1;
  let roleOnly = false;
  let located: Run | null = null;
  // Where the words before the name that describe the person start (after a partitive: «один из них, экономист»).
  let roleFrom = first.start;
  for (let k = v + 1; k < f.toks.length && k <= v + 16; k++) {
    const t = f.toks[k]!;
    if (t.start >= sentEnd) break;
    // (A quoted name inside the role — "директор «Общества защиты интернета»" — is blanked in the frame.)
    const gap = f.frame.slice(f.toks[k - 1]!.end, t.start);
    // "— считает один из них, экономист банка X Станислав N": a partitive names the person in apposition after it.
    const partitive = k > v + 1 && phraseStart >= 0 && !person && !other && REGEXPS.commaOnly.test(gap)
      && REGEXPS.partitive.test(f.text.slice(phraseStart, phraseEnd));
    if (partitive) { phraseStart = -1; phraseEnd = -1; roleOnly = false; roleFrom = t.start; }
    else if (k > v + 1 && REGEXPS.clauseMark.test(gap) && !REGEXPS.blankedQuoteOnly.test(gap)) break;
    // A preposition after a person's name ends the subject: "Сергей Лавров на пресс-конференции в Каире".
    if (person && REGEXPS.preposition.test(t.lw)) break;
    const run = t.first;
    if (run) {
      k = run.toks[run.toks.length - 1]!.i;
      // A name governed by a preposition is a place or an object ("в Каире", "с Сергеем Шойгу"); a name in Latin
      // script in Russian copy is a publication that relays the words ("рассказал The Moscow Times").
      // ("в Вологодской области Андрей Лыков": the place is governed, the person it runs into is not.)
      const governed = run.toks[0]!.i > v + 1 && governedAt(f, run.toks[0]!.i) && !placeThenPerson(run);
      // ("пенсионерка из Твери": a place after the noun phrase is still part of how the source is described.)
      if (governed && phraseStart >= 0 && !person && !other) phraseEnd = run.end;
      if (governed && phraseStart < 0 && REGEXPS.locativeIn.test(f.toks[run.toks[0]!.i - 1]!.lw)) located ??= run;
      if (governed || run.toks.every((x) => REGEXPS.latin.test(x.w))) continue;
      if (addressee(f, v, run, sentEnd)) continue;
      // "— рассказали в театре ТАСС": after a plural verb and a body in the locative, a name closing the clause is
      // the publication told.
      if (phraseStart >= 0 && !person && !other && REGEXPS.locativeIn.test(f.toks[v + 1]!.lw) && REGEXPS.pluralPast.test(f.toks[v]!.lw)
        && REGEXPS.clauseEndsNext.test(f.frame.slice(run.end, sentEnd))) continue;
      // "глава турецкого МИД", "представителя Кремля": a body after a role noun completes the role.
      if (roleOnly && !personish(run) && !personAhead(f, k + 1, sentEnd)) { phraseEnd = run.end; continue; }
      if (personish(run)) person = run;
      else if (!other || (isAcronym(other.toks[0]!.w) && !isAcronym(run.toks[0]!.w))) other = run;
      if (phraseStart < 0) phraseStart = run.start;
      phraseEnd = run.end;
      continue;
    }
    // "— сказал адвокат агентству LETA": the publication told ends the subject's phrase.
    if (phraseStart >= 0 && REGEXPS.toldNoun.test(t.lw)) break;
    // Words between the verb and its subject: "журналистам", "в интервью", "в четверг".
    if (phraseStart < 0 && (REGEXPS.wordBetweenVerbAndSubject.test(t.w) || REGEXPS.preposition.test(t.lw))) continue;
    // A role noun alone ("пояснил эксперт в разговоре с …") stands for the person who holds it; what follows
    // is the circumstance, not part of the subject.
    // ("пенсионерка из Твери", "эксперт из ВШЭ": where the person comes from describes them.)
    if (phraseStart >= 0 && REGEXPS.preposition.test(t.lw) && roleOnly && !other && !personAhead(f, k + 1, sentEnd) && !originAhead(f, k)) break;
    if (phraseStart < 0) {
      phraseStart = t.start;
      // A role noun, perhaps after an adjective ("российский министр"), stands for a person.
      const nextTok = f.toks[k + 1];
      roleOnly = RU_ROLE_WORDS.has(t.lw) || !!roleLemma(t.lw) || (!!nextTok && !!roleLemma(nextTok.lw) && REGEXPS.onlyBlanks.test(f.frame.slice(t.end, nextTok.start)));
    }
    if (!REGEXPS.preposition.test(t.lw)) phraseEnd = t.end;
  }
  const run = person ?? other;
  if (run) {
    const role = f.text.slice(roleFrom, run.start).replace(REGEXPS.blankedQuoteText, ' ').trim();
    // (The object of a verb of relaying is in the accusative: "цитирует Белоусова"; a name right after a preposition
    // and its noun is that noun's complement, in the genitive: "говорится в докладе Центра …", "в комментарии N".)
    // A name whose own words show an oblique case ("Сергея N") is no nominative either; a body's name that opens on
    // its noun is brought to the nominative whatever its case ("пресс-служба Института …").
    const inCase = nominative && !REGEXPS.relayVerb.test(f.toks[v]!.lw) && !(REGEXPS.prepositionAndNoun.test(role) && !REGEXPS.timeNoun.test(role))
      && !institutionRun(run.toks) && !obliqueName(splitOf(run).name);
    return { kind: 'name', run, role: role && startsLower(role) && !isWordsPhrase(role) ? role : null, nominative: inCase };
  }
  // "Как сообщили в Кремле, …": a plural verb with no subject, and a body in the locative, which speaks.
  if (located && phraseStart < 0 && REGEXPS.pluralPast.test(f.toks[v]!.lw)) return { kind: 'name', run: located, role: null, nominative: false };
  // No name: the noun phrase after an inverted verb ("источник в российской делегации", "эксперт").
  const opener = phraseStart >= 0 ? f.toks[tokAtOrAfter(f, phraseStart)] : undefined;
  // "— сообщила пресс-служба «Краснодара»": a body's name in marks right after the office's noun belongs to it.
  const marked = opener && REGEXPS.bodyNounStem.test(opener.w) ? REGEXPS.marksNext.exec(f.text.slice(phraseEnd, sentEnd)) : null;
  if (marked) phraseEnd += marked[0].length;
  const words = inverted && opener && REGEXPS.relayVerb.test(f.toks[v]!.lw) ? relayedWordsOf(f, phraseStart, phraseEnd) : null;
  if (words) return { kind: 'nominal', text: f.text.slice(words.start, words.end), start: words.start, end: words.end };
  if (inverted && opener && !REGEXPS.conjunction.test(opener.lw) && !REGEXPS.preposition.test(opener.lw)) return { kind: 'nominal', text: f.text.slice(phraseStart, phraseEnd), start: phraseStart, end: phraseEnd };
  return null;
}

/** "респондентка из Омска" for the run "Омска" after «из» and a lower-case noun (past «одна наша» before it), or null. */
function originPhrase(f: Frame, run: Run, sentStart: number): Subject | null {
  const i = run.toks[0]!.i;
  const prep = f.toks[i - 1];
  const noun = f.toks[i - 2];
  if (!prep || !noun || prep.lw !== 'из' || noun.start < sentStart || !REGEXPS.onlyBlanks.test(f.frame.slice(noun.end, prep.start))) return null;
  // (Capitalised only as the sentence's first word, and then only a noun for a person by its ending: «Студент из
  // Казани», «Пенсионерка из Тюмени», not a surname, «Петров из Омска».)
  if (!startsLower(noun.w) && !(noun.start === sentStart && REGEXPS.agentNoun.test(noun.lw))) return null;
  if (REGEXPS.pastTense.test(noun.lw) || RU_STOP_LOWER.has(noun.lw) || CLAUSE_REGEXPS.preposition.test(noun.lw)) return null;
  let k = phraseStart(f, noun.i, sentStart);
  if (k < 0) k = noun.i;
  while (k < noun.i && REGEXPS.determiner.test(f.toks[k]!.lw)) k++;
  const start = f.toks[k]!.start;
  return { kind: 'nominal', text: f.text.slice(start, run.end), start, end: run.end };
}

/**
 * The subject before the verb: a pronoun, a name ("Лавров заявил"), a body with its complement ("Пресс-служба
 * суда сообщила"), or an unnamed source ("Источник, близкий к Кремлю, рассказал", "Студент из Казани сказал").
 */
function before(f: Frame, v: number, sentStart: number): Subject | null {
  const office = locatedOffice(f, v, sentStart);
  if (office) return office;
  let j = v - 1;
  let pos = f.toks[v]!.start;
  while (j >= 0 && f.toks[j]!.start >= sentStart) {
    const t = f.toks[j]!;
    const gap = f.frame.slice(t.end, pos);
    if (gap !== '' && !REGEXPS.onlyBlanks.test(gap)) {
      const named = quotedNameIn(f, t.end, pos);
      // "Федоров в интервью «Российской газете» заявил": past the publication that was told.
      if (named && REGEXPS.relayNoun.test(t.lw)) { j = relaySkip(f, j); pos = f.toks[j + 1]!.start; continue; }
      // "В Минтрансе «Интерфаксу» пояснили": a publication in the dative is who was told.
      if (named && toldInMarks(named)) { pos = named.open; continue; }
      if (named) return subjectWithQuotedName(f, named, j, sentStart);
      // ", близкий к Кремлю," / ", попросивший не называть его имени,": past the aside to the noun before it.
      if (!REGEXPS.commaOnly.test(gap)) return null;
      const open = f.frame.lastIndexOf(',', t.start);
      if (open < sentStart) return null;
      // ("Агент игрока, бывший футболист Самир N, сказал": a person's name closing the aside is the subject it names;
      // a name governed by a preposition there is a circumstance, ", находящийся в Запорожской области,".)
      // (Nor the object of a participle opening the aside: ", игравшая Нину Заречную,".)
      const opener = f.toks[lastTokBefore(f, open) + 1];
      if (t.last && t.last.start > open && personish(t.last) && !governedAt(f, t.last.toks[0]!.i) && !(opener && opener.start < t.last.start && REGEXPS.participle.test(opener.lw))) return { kind: 'name', run: t.last, role: null, nominative: true };
      j = lastTokBefore(f, open);
      pos = open;
      if (j < 0 || f.toks[j]!.start < sentStart) return null;
      continue;
    }
    if (SKIP.has(t.lw) && !ruPronoun(t.lw)) { pos = t.start; j--; continue; }
    const p = pron(t);
    if (p) return p;
    const run = t.last;
    const told = run ? f.toks[run.toks[0]!.i - 1] : undefined;
    if (run && told && told.start >= sentStart && REGEXPS.relayNoun.test(told.lw) && REGEXPS.onlyBlanks.test(f.frame.slice(told.end, run.start))) { j = relaySkip(f, told.i); pos = f.toks[j + 1]!.start; continue; }
    if (run) {
      // "Представитель Кремля назвал", "Глава Минфина заявил": a body in the genitive after a role noun completes
      // the role; the role's holder speaks (the words with their adjectives, from the phrase's start).
      const roleHead = told && told.start >= sentStart && REGEXPS.onlyBlanks.test(f.frame.slice(told.end, run.start)) && roleLemma(told.lw) ? told : null;
      if (roleHead && run.toks.length === 1 && RU_ROLE_WORDS.has(run.toks[0]!.lw)) {
        const at = phraseStart(f, roleHead.i, sentStart);
        const from = at >= 0 ? f.toks[at]! : roleHead;
        return { kind: 'nominal', text: f.text.slice(from.start, run.end), start: from.start, end: run.end };
      }
      // "Министерство обороны России заявило": a country's or a body's genitive ends an institution's name that
      // opens with its noun; the institution speaks.
      const named = told && told.start >= sentStart && startsLower(told.w) && REGEXPS.onlyBlanks.test(f.frame.slice(told.end, run.start))
        ? phraseStart(f, told.i, sentStart) : -1;
      if (named >= 0 && run.toks.length === 1 && REGEXPS.institutionHead.test(f.toks[named]!.lw)) {
        return { kind: 'nominal', text: f.text.slice(f.toks[named]!.start, run.end), start: f.toks[named]!.start, end: run.end };
      }
      // "в Кремле заявили": a body by a locative is who speaks for it; "в Каире" (or "в своем Telegram-канале")
      // before a person's verb is not.
      const governed = REGEXPS.prepositionBefore.test(f.frame.slice(Math.max(0, run.start - 4), run.start)) || governedAt(f, run.toks[0]!.i);
      // An object or a complement is not the subject either: "с коллегой Хаканом Фиданом", "в беседе с The Moscow
      // Times", "в ответ на вопрос РБК". The person before the circumstance is; with none, the clause has no
      // subject here.
      // "Студент из Казани сказал", "Одна наша респондентка из Омска сказала": a place after «из» says where the person
      // before it comes from; that person (the noun and its words, past a determiner) speaks, not the place.
      const from = governed ? originPhrase(f, run, sentStart) : null;
      if (from) return from;
      // "Источник в Министерстве обороны признает", "Собеседник «Медузы» в Минобороны сказал": an unnamed source's noun
      // before the place it works in is the subject, with the place.
      const placed = governed ? sourceInPlace(f, run, sentStart) : null;
      if (placed) return placed;
      const object = !governed && objectRun(f, run);
      const person = (governed || object) && !REGEXPS.pluralPast.test(f.toks[v]!.lw) ? personBeforeCircumstance(f, j, sentStart) : null;
      if (object) return person;
      return person ?? { kind: 'name', run, role: null, nominative: !governed };
    }
    const verb = f.toks[v]!.lw;
    const circumstance = personBeforeCircumstance(f, j, sentStart, REGEXPS.pastTense.test(verb) && !REGEXPS.pluralPast.test(verb));
    if (circumstance) return circumstance;
    // "Застройщик, компания «X», в своем заявлении назвал": a circumstance after an aside's comma is no part of the
    // subject; the subject is before it.
    const lead = circumstanceAfterComma(f, j, sentStart);
    if (lead >= 0) { pos = f.toks[lead]!.start; j = lead - 1; continue; }
    // "X направил письмо, в котором назвал …": a relative clause with no subject of its own goes on with the
    // sentence's subject.
    if (REGEXPS.relativeOblique.test(t.lw) && j > 0 && REGEXPS.preposition.test(f.toks[j - 1]!.lw)) return sentenceSubjectRu(f, sentStart, t.start);
    // A noun phrase from the clause's start: "Пресс-служба Мещанского суда", "Студент из Казани". Its last word is a
    // noun: not a conjunction, an adverb or a verb form; its first, no preposition but «в» of an office («за его содержание отвечал»).
    if (REGEXPS.conjunction.test(t.lw) || REGEXPS.pastTense.test(t.lw) || REGEXPS.notANoun.test(t.lw) || RU_STOP_LOWER.has(t.lw)) return null;
    const start = phraseStart(f, j, sentStart);
    if (start < 0) return null;
    // "Я когда-то сказал", "Он тогда-то заявил": a pronoun opening the words before the verb is their subject.
    const opener = pron(f.toks[start]!);
    if (opener) return opener;
    for (let x = start; x < j; x++) if (REGEXPS.pastTense.test(f.toks[x]!.lw) || REGEXPS.passiveVerb.test(f.toks[x]!.lw)) return null;
    // "Представитель прокуратуры Олег Брандин в прениях заявил": the person named in the phrase.
    // ("Сам Галиев вину не признал": a surname in the nominative opening the phrase, perhaps after «сам», is its
    // subject; the words after it are its object.)
    for (let x = start; x < j; x++) {
      const r = f.toks[x]!.first;
      if (!r || (x > 0 && REGEXPS.preposition.test(f.toks[x - 1]!.lw))) continue;
      if (personish(r)) return { kind: 'name', run: r, role: null, nominative: true };
      if (r.toks.length === 1 && REGEXPS.nominativeSurname.test(r.toks[0]!.w) && f.toks.slice(start, x).every((y) => SKIP.has(y.lw))) return { kind: 'name', run: r, role: null, nominative: true };
    }
    // "Во вторник вечером в компании сообщили": a time before the body's locative is no part of the subject.
    let from = start;
    while (from < j && (REGEXPS.timeWord.test(f.toks[from]!.lw) || (REGEXPS.locativeIn.test(f.toks[from]!.lw) && REGEXPS.weekday.test(f.toks[from + 1]!.lw)))) from += REGEXPS.timeWord.test(f.toks[from]!.lw) ? 1 : 2;
    const first = f.toks[from]!;
    // "В разговоре с «Новой газетой» режиссер рассказал": a circumstance before a role noun is no part of it.
    if (REGEXPS.preposition.test(first.lw) && from < j && roleLemma(t.lw)) return { kind: 'nominal', text: t.w, start: t.start, end: t.end };
    // "Режиссер в разговоре с …": after a role noun, a preposition starts a circumstance.
    if (roleLemma(first.lw) && start < j && REGEXPS.preposition.test(f.toks[start + 1]!.lw)) return { kind: 'nominal', text: first.w, start: first.start, end: first.end };
    return REGEXPS.preposition.test(first.lw) && !REGEXPS.locativeIn.test(first.lw) ? null : { kind: 'nominal', text: f.text.slice(first.start, t.end), start: first.start, end: t.end };
  }
  // "«Газпром» признавал …": a name in marks opens the sentence.
  const named = quotedNameIn(f, sentStart, pos);
  return named ? quotedSubject(named, '') : null;
}

/** "Источник в Минобороны", "Собеседник «Медузы» в МВД": an unnamed source's noun (and the outlet it spoke to) opening
 *  the clause right before «в» and the run; the phrase, or null. */
function sourceInPlace(f: Frame, run: Run, sentStart: number): Subject | null {
  const at = run.toks[0]!.i - 1;
  const prep = f.toks[at];
  const noun = f.toks[at - 1];
  if (!prep || !noun || !REGEXPS.locativeIn.test(prep.lw) || noun.start < sentStart || !REGEXPS.unnamedSourceNoun.test(noun.lw)) return null;
  if (!REGEXPS.blanksOrQuoted.test(f.frame.slice(noun.end, prep.start)) || !REGEXPS.blanksOrOpenMark.test(f.frame.slice(sentStart, noun.start))) return null;
  return { kind: 'nominal', text: f.text.slice(noun.start, run.end), start: noun.start, end: run.end };
}

/** The preposition opening a circumstance of lower-case words that ends at token j («в своем заявлении») and follows a
 *  comma or a closing mark, or -1. */
function circumstanceAfterComma(f: Frame, j: number, sentStart: number): number {
  for (let k = j; k > 0 && k > j - 5; k--) {
    const t = f.toks[k]!;
    if (!startsLower(t.w) || t.start < sentStart) return -1;
    const gap = f.frame.slice(f.toks[k - 1]!.end, t.start);
    if (REGEXPS.onlyBlanks.test(gap)) continue;
    return REGEXPS.circumstanceOpener.test(t.lw) && REGEXPS.asideClose.test(gap) ? k : -1;
  }
  return -1;
}

/** A body's common noun: «министерства», «ведомства», «управления». */
const bodyNounTok = (t: Tok): boolean => REGEXPS.bodyNounStem.test(t.w) || (t.w === t.lw && !!institutionNoun(t.lw));
/** The subject of an earlier sentence of the paragraph that names the statement at token v ("заявление"). */
function issuerOf(f: Frame, v: number, sentStart: number): Subject | null {
  const stem = f.toks[v]!.lw.replace(REGEXPS.statementEnding, '');
  for (let k = v - 1; k >= 0; k--) {
    const t = f.toks[k]!;
    if (t.start >= sentStart || !t.lw.startsWith(stem)) continue;
    const [from] = sentenceRange(f, t.start);
    return sentenceSubjectRu(f, from, t.start);
  }
  return null;
}

export function findCuesRu(f: Frame): Cue[] {
  const acts: Cue[] = dashCues(f);
  const headline = headlineCue(f);
  if (headline) acts.push(headline);
  for (let v = 0; v < f.toks.length; v++) {
    const t = f.toks[v]!;
    const l = t.lw;
    const doc = documentAt(f, v);
    const speech = ruSpeechVerb(l);
    const source = mayBeCueNoun(l) && SOURCE_NOUNS.has(l);
    // (The noun cues below end on their noun, so a word that is none of them needs no look at its sentence; nor
    // does a verb of no saying that no dash stands right before: see `g`.)
    const noun = source || (mayBeCueNoun(l) && STATEMENT_NOUN.test(l));
    if (!speech && !noun && !doc && !(dashRightBefore(f.frame, t.start) && finiteVerb(l))) continue;
    const s = sentenceRange(f, t.start);
    const head = f.frame.slice(Math.max(s[0], t.start - 20), t.end);
    // "По его словам, «…»", "по ее мнению": the possessive pronoun is the source.
    const poss = source ? POSSESSIVE_CUE.exec(head) : null;
    if (poss) {
      const p = f.toks[v - 1]!;
      const gender = POSSESSIVE_GENDER[p.lw]!;
      acts.push({ start: t.start, end: t.end, subj: { kind: 'pron', gender, start: p.start, end: p.end }, weak: false, gender: null });
      continue;
    }
    if (doc || (noun && GENITIVE_CUES.test(head))) {
      // "В письме, подписанном заместителем министра, говорится": the signer of the statement is its source.
      let subj = signerAfter(f, v) ?? after(f, v, s[1], false);
      // ("в заявлении, опубликованном на сайте …": an aside about the statement, not its source.)
      if (subj?.kind === 'nominal' && REGEXPS.participle.test(firstWord(subj.text).toLowerCase())) subj = null;
      // ("в заявлении об уходе": what the statement is about, not who made it.)
      if (subj?.kind === 'nominal' && REGEXPS.aboutPreposition.test(f.toks[tokAtOrAfter(f, subj.start) - 1]?.lw ?? '')) subj = null;
      // "— говорится в сообщении министерства": a common noun for a body named before.
      const body = subj ? null : bodyNounAfter(f, v, s[1], bodyNounTok);
      if (body) subj = { kind: 'nominal', text: f.text.slice(body.start, body.end), start: body.start, end: body.end };
      // "МИД распространил заявление. «…», — говорится в заявлении": whoever issued the statement named before.
      if (!subj && (doc || STATEMENT_NOUN.test(l))) subj = issuerOf(f, v, s[0]);
      if (subj) acts.push({ start: t.start, end: t.end, subj, weak: false, gender: null });
      // "Вы написали в заявлении об уходе, что «…»": a statement that names no source of its own is the verb's
      // before it (which left the cue to the noun).
      const verb = subj || v < 2 || f.toks[v - 1]!.lw !== 'в' ? null : f.toks[v - 2]!;
      const vg = verb && verb.start >= s[0] ? ruSpeechVerb(verb.lw) : null;
      const own = vg ? before(f, v - 2, s[0]) : null;
      if (own) acts.push({ start: verb!.start, end: verb!.end, subj: own, weak: false, gender: vg === 'x' ? null : vg });
      continue;
    }
    const lead = f.frame.slice(Math.max(s[0], t.start - 240), t.start);
    // «…», — вздохнула X: the clause shape says reported speech, whatever the verb.
    const g = speech ?? (finiteVerb(t.lw) && RIGHT_AFTER_QUOTE_DASH.test(lead) ? verbGender(t.lw) : null);
    if (!g) continue;
    // "— говорится в сообщении X": the statement noun is the cue (below), not the verb.
    if (f.toks[v + 1]?.lw === 'в' && (STATEMENT_NOUN.test(f.toks[v + 2]?.lw ?? '') || documentAt(f, v + 2))) continue;
    // «…», — заявил X  /  Как заявил X,  /  Об этом сообщил X: the subject follows the verb.
    const inverted = REGEXPS.dashAfterQuote.test(lead) || REGEXPS.invertingLead.test(lead);
    // "Как передает Интерфакс, Новак заявил, что «…»": the agency only relays; the verb after it has the speaker.
    if (inverted && REGEXPS.relayVerb.test(l) && !REGEXPS.dashAfterQuote.test(lead) && laterSpeechVerb(f, v, s[1])) continue;
    // "X заявила, что «…», передает корреспондент ТАСС": after the speaker's own verb, the relay only carries it.
    if (REGEXPS.relayVerb.test(l) && earlierSpeechVerb(f, v, s[0])) continue;
    let subj = inverted ? after(f, v, s[1], true) : before(f, v, s[0]);
    if (!subj) subj = inverted ? before(f, v, s[0]) : after(f, v, s[1], true, false);
    if (subj) acts.push({ start: t.start, end: t.end, subj, weak: REGEXPS.namingVerb.test(t.lw), gender: g === 'x' ? null : g });
  }
  return inOrder(acts) ? acts : acts.sort((a, b) => a.start - b.start);
}

/** "В письме, подписанном заместителем министра образования области, говорится": the signer named in an aside of
 *  signing right after the statement noun at v (to the aside's end): a person's name when the aside ends on one, else
 *  the description, as a subject; null when no such aside follows. */
function signerAfter(f: Frame, v: number): Subject | null {
  const noun = f.toks[v]!;
  const m = REGEXPS.signedBy.exec(f.frame.slice(noun.end, noun.end + 160));
  if (!m) return null;
  const text = m[1]!.trimEnd();
  const start = noun.end + m[0].length - m[1]!.length;
  const end = start + text.length;
  const last = f.toks[lastTokBefore(f, end)]?.last;
  if (last && last.end === end && personish(last)) return { kind: 'name', run: last, role: null, nominative: false };
  return { kind: 'nominal', text: f.text.slice(start, end), start, end };
}

/** Cues already in text order (most paragraphs: the sort, stable, would leave them as they are). */
function inOrder(acts: readonly Cue[]): boolean {
  for (let i = 1; i < acts.length; i++) if (acts[i - 1]!.start > acts[i]!.start) return false;
  return true;
}

/**
 * The subject of a sentence before `until`: a pronoun, or the first name not governed by a preposition ("Лавров в
 * Каире: «…»", "Прокурор Елена Шубина: «…»", "МИД России распространил заявление, в котором … «…»"); a person's
 * name among the first words wins over a body or a title in front of it.
 */
export function sentenceSubjectRu(f: Frame, from: number, until: number): Subject | null {
  let found: Run | null = null;
  let located: Run | null = null;
  for (let k = tokAtOrAfter(f, from); k < f.toks.length; k++) {
    const t = f.toks[k]!;
    if (t.start >= until) break;
    const p = pron(t);
    if (p && !found) return p;
    if (ruSpeechVerb(t.lw) || REGEXPS.pastTense.test(t.lw)) break;
    const run = t.first;
    if (!run) continue;
    k = run.toks[run.toks.length - 1]!.i;
    if (REGEXPS.prepositionBefore.test(f.frame.slice(Math.max(from, run.start - 4), run.start))) {
      // "В Минобороны ответили, что …": with no other subject, a body in the locative speaks for itself.
      located ??= run;
      continue;
    }
    if (personish(run)) return { kind: 'name', run, role: null, nominative: true };
    found ??= run;
  }
  if (found) return { kind: 'name', run: found, role: null, nominative: true };
  return located && !personish(located) ? { kind: 'name', run: located, role: null, nominative: false } : null;
}
