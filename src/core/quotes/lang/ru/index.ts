/** The Russian language pack. */
import { clean } from '../../candidates';
import { splitSpace } from '../../../text';
import type { Frame } from '../../frame';
import type { Gender } from '../../cues';
import { runSplit, type Run } from '../../runs';
import { EN_ORG, EN_PLACE, EN_THING } from '../en/lexicon';
import type { LangPack, Split } from '../pack';
import { firstWord, ruSpeechVerb } from './clauses';
import { startsLower, startsUpper } from './letters';
import { findCuesRu, sentenceSubjectRu } from './cues';
import { introNounStem, roleLemma } from './roles';
import { namedBodiesRu } from './shapes';
import { ministryShort, RU_PRONOUNS, RU_ROLE_WORDS, RU_STOP } from './lexicon';
import { spelledOutRu } from './acronyms';
import { INSTITUTION_FORM, institutionNoun } from './institutions';
import { continuesNameRu, firstNameRu, genderOfRu, keyOfRu, obliqueFirstName, obliqueName, startsNewNameRu, looksPersonRu, ruNominative, ruStem, speakerLikeRu, splitRoleRu } from './names';

const REGEXPS = {
  /** A Russian man's surname by its suffix: Дроздов, Соловьев, Ильин, Лисицын. */
  masculineSurname: /(?:ов|ев|ёв|ин|ын)$/,
  onlyBlanks: /^[\s\u00a0]+$/,
  /** Role nouns for a person on trial, by what the court did to them. */
  courtPatient: /^(?:подсудим|обвиняем|осужденн|осуждённ)/,
  /** «приговорил 52-летнего учителя истории », «задержали »: a court's or the police's act right before its object's
   *  name (up to four words between). */
  courtVerbBefore: /(?:^|[\s\u00a0])(?:приговори|осуди|обвини|оправда|арестова|задержа)(?:л|ла|ло|ли)[\s\u00a0]+(?:[\p{L}\d-]+[\s\u00a0]+){0,4}$/u,
  /** A past-tense verb after a name, past up to three words of circumstance: group 1 its gender ending. (Not past a
   *  verb in the present: in "Шевцова считает сигнал …" the word in -л is its object.) */
  pastVerbNext: /^[\s\u00a0]+(?:(?!(?:и|а|но|или|что)[\s\u00a0])(?![а-яё-]+(?:ет|ит|ют|ят|ут|ёт)[\s\u00a0])[а-яё-]+[\s\u00a0]+){0,3}[а-яё]{2,}?(ла|лась|л|лся)(?![а-яё])/u,
  blankedQuoteAtEnd: /"[\s\u00a0]*"[\s\u00a0]*$/,
  /** A name in marks between two words, blanked in the frame: «Мамы Бурятии» in "фонда «…» Дарима". */
  blankedNameOnly: /^[\s\u00a0]+"[\s\u00a0]*"[\s\u00a0]+$/,
  prepositionWord: /^(?:в|во|на|из|с|со|у|к|о|об|при|за|для|от|до|по)$/,
  firstCapital: /^\p{Lu}/u,
  /** Words after which a name is in the genitive (or another oblique case): "по словам Пескова", "у Лаврова". */
  obliqueLead: /(?:словам|мнению|заявлении|сообщении|письме|обращении|данным|оценке|у|от|для|из|без|против|около|после|с|со)\s*$/i,
  // (Any institution noun, «ассоциация», «союз», «центр» …, besides these.)
  bodyHead: new RegExp(String.raw`^(?:[\p{Ll}-]+\s+){0,2}(министерств\p{Ll}*|ведомств\p{Ll}*|прокуратур\p{Ll}*|компани\p{Ll}*|пресс-служб\p{Ll}*|правительств\p{Ll}*|администраци\p{Ll}*|мэри\p{Ll}*|суд\p{Ll}*|банк\p{Ll}*|партии|партия|театр\p{Ll}*|музе\p{Ll}*|университет\p{Ll}*|институт\p{Ll}*|комитет\p{Ll}*|фонд\p{Ll}*|клуб\p{Ll}*|завод\p{Ll}*|регулятор\p{Ll}*|${INSTITUTION_FORM})$`, 'iu'),
  prepositionBefore: /(?:^|\s)(?:без|для|с|со|от|у|о|об|к|по|на|в|во|из|при|про|за|и)$/i,
  conjunctionBefore: /(?:^|\s)(?:и|а|но)$/i,
  notAVerbAfter: /^(?:и|или|в|на|с)$/,
  /** "как", "так называемый": a quoted term follows. */
  termLead: /(?:^|\s)(?:как|так\s+называем\w+)[\s\u00a0]*$/u,
  categoryBefore: /(?:реестр|список|статус)\w*\s+$/iu,
  /** A charge right before a fragment, up to three lower-case words between: «ему вменялось », «инкриминируют »,
   *  «обвиняется в », «по обвинению в », «по статье о распространении », «по части 2 статьи 207.3 УК о », «по делу о ». */
  chargeBefore: /(?:^|[\s\u00a0])(?:вменя\p{L}*|инкриминир\p{L}*|обвиня(?:ется|ются|лся|лась|лись|емого|емой|емых|емым)[\s\u00a0]+в|обвинени\p{L}*[\s\u00a0]+в|по[\s\u00a0]+(?:част\p{L}*[\s\u00a0]+[\d.]+[\s\u00a0]+)?стать\p{L}*(?:[\s\u00a0]+[\d.]+)?(?:[\s\u00a0]+УК(?:[\s\u00a0]+РФ)?)?[\s\u00a0]+об?|по[\s\u00a0]+делу[\s\u00a0]+об?)(?:[\s\u00a0]+[\p{Ll}-]+){0,3}[\s\u00a0]*$/iu,
  /** A sentence that gives the prosecution's case: «По версии следствия, …», «Как считает следствие, …». */
  prosecutionCase: /^[\s\u00a0"«]*(?:по[\s\u00a0]+(?:версии|данным)[\s\u00a0]+(?:следствия|обвинения|следователей|СК)|как[\s\u00a0]+(?:считает|полагает|утверждает)[\s\u00a0]+следствие)[\s\u00a0]*,/iu,
  termVerb: /^(?:призна|объяв|внес|включ)/,
  finalStop: /[.!]$/,
  /** A verb right after a name (perhaps past one adverb): "Лавров заявил", "Песков в ответ подчеркнул".
   *  (Not past a conjunction: in "иск Генпрокуратуры и обратил" the verb has another subject.) */
  verbNext: /^[\s\u00a0]+(?:(?!(?:и|а|но|или)[\s\u00a0])[а-яё-]+[\s\u00a0]+){0,2}[а-яё]+(?:л|ла|ло|ли|лся|лась|лось|лись|ет|ит|ют|ят|ут|ёт)(?![а-яё])/u,
  /** A colon or a dash right after a name: a transcript line, a headline. */
  colonNext: /^[\s\u00a0]*(?::|[—–]\s)/,
  /** "собеседник", "собеседница издания", "собеседник «Коммерсанта»", "собеседник РБК": who talked to the outlet;
   *  group 1 the ending that shows the gender. (With more words — "собеседник газеты в МИД" — a new source.) */
  interlocutor: /^[Сс]обеседни(к|ца)(?:[\s\u00a0]+(?:издания|агентства|газеты|журнала|телеканала|канала|радиостанции|портала|сайта|«[^«»]+»|\p{Lu}[\p{L}.-]*(?:[\s\u00a0]+\p{Lu}[\p{L}.-]*){0,2}))?$/u,
  /** A lower-case word right before: the name is its object or complement ("коллегой Бадром", "министру"). */
  lowerWordBefore: /[а-яё][\s\u00a0]+$/u,
  /** After a span's closing mark, the rest of its clause when it goes straight on with a word (no comma, no dash). */
  clauseGoesOn: /^[\s\u00a0]+(\p{L}[^.,:;!?…—–"«»]*)/u,
  word: /[а-яё]+/g,
  /** «там»: where the office named before is («— заявили там»). */
  there: /^[Тт]ам$/,
  /** A sentence that points back at the words before it: «Так X ответил», «Этими словами X закончил», «Эти слова X
   *  приводит …», «Об этом X сказал», «Такую оценку дал X». («Так» only before a verb of answering or explaining a
   *  few words on: not «Так, …» opening an example, nor «Так в Москве …».) */
  pointsBack: /^[\s\u00a0"«]*(?:Так[\s\u00a0]+(?:[\p{L}-]+[\s\u00a0]+){0,4}(?:ответил|объяснил|пояснил|прокомментировал|описал|оценил|сказал|заявил|высказал|отреагировал|охарактеризовал)|(?:Эти|Этими|Такие|Такими)[\s\u00a0]+слов|(?:Эту|Такую)[\s\u00a0]+оценк|Об[\s\u00a0]+этом[\s\u00a0])/u,
};

/**
 * "«Известиям» это подтвердили в мэрии", "«Фонтанке» глава района подтвердил": a one-word span that runs straight
 * into a clause with a verb of saying or confirming is a name in that clause (an outlet told, an outlet telling),
 * not the clause's words; a one-word quotation is set off by a comma or a dash («Нет», — ответил он).
 */
function nameBeforeClause(after: string): boolean {
  const clause = REGEXPS.clauseGoesOn.exec(after);
  return !!clause && (clause[1]!.toLowerCase().match(REGEXPS.word) ?? []).some((w) => ruSpeechVerb(w) !== null);
}

/**
 * Nouns written for one office: a story introduces «руководитель фонда» and goes on with «глава фонда», a «главный
 * тренер» with «наставник», a «государственный обвинитель» with «прокурор». Each noun → the roles it stands for.
 */
const ROLE_TITLES = new Map<string, RegExp>();
for (const group of [
  'глава руководитель директор гендиректор председатель начальник',
  'мэр градоначальник градоначальница',
  'тренер наставник',
  'прокурор гособвинитель обвинитель',
  'адвокат защитник',
  'подсудимый обвиняемый осужденный осуждённый подсудимая обвиняемая осужденная осуждённая',
]) {
  const nouns = group.split(' ');
  // (Roles are kept in the nominative: "руководитель фонда «…»", "главный тренер «Спартака»".)
  const re = new RegExp(`(?:^|[\\s-])(?:${nouns.join('|')})(?![а-яё])`, 'iu');
  for (const n of nouns) ROLE_TITLES.set(n, re);
}

/** "Мао Нин на брифинге отказалась": a past-tense verb after the subject shows its gender. */
function genderAt(f: Frame, run: Run): Gender {
  const m = REGEXPS.pastVerbNext.exec(f.frame.slice(run.end, run.end + 48));
  if (!m || obliqueFirstName(runSplit(run, ru).name)) return null;
  return m[1] === 'ла' || m[1] === 'лась' ? 'f' : 'm';
}

/** A name in the nominative: before a verb or a colon, or not governed by a word before it. */
function nominativeAt(f: Frame, run: Run): boolean {
  // (A name in marks before it — "аналитика «Финама» Дарины N" — is looked past: it is blanked in the frame.)
  const before = f.frame.slice(Math.max(0, run.start - 60), run.start);
  const lead = (before.includes('"') ? before.replace(REGEXPS.blankedQuoteAtEnd, ' ') : before).slice(-12);
  if (REGEXPS.obliqueLead.test(lead) || REGEXPS.prepositionBefore.test(lead.trimEnd())) return false;
  // A first name in the genitive, dative … says the case of the whole name ("Андрея Сибиги следует"), and so do the
  // endings of every word ("с коллегой Хаканом Фиданом сказал": a verb after it has another subject).
  if (obliqueName(runSplit(run, ru).name)) return false;
  const after = f.frame.slice(run.end, run.end + 40);
  if (REGEXPS.verbNext.test(after) || REGEXPS.colonNext.test(after)) return true;
  return !REGEXPS.lowerWordBefore.test(lead);
}

/**
 * A nominal subject headed by a role noun, for the person named before: "министр", "российский министр", "глава
 * региона", "представителя Кремля" (an adjective may come first; no preposition: "источник в МИД" is unnamed).
 */
function roleNounOf(text: string): string | null {
  const words = splitSpace(text.toLowerCase());
  if (words.length > 4 || words.some((w) => REGEXPS.prepositionWord.test(w))) return null;
  for (let i = 0; i < Math.min(2, words.length); i++) {
    const lemma = roleLemma(words[i]!);
    if (lemma) return lemma;
    // (A body's noun before the role makes the phrase the body's office: in «пресс-службе губернатора …» the office
    // speaks, not the governor.)
    if (REGEXPS.bodyHead.test(words[i]!)) return null;
  }
  return null;
}

/** Only blanks, or a name in marks (blanked in the frame), between token x and the next: one phrase goes on. */
function wordGap(f: Frame, x: number): boolean {
  const gap = f.frame.slice(f.toks[x]!.end, f.toks[x + 1]!.start);
  return REGEXPS.onlyBlanks.test(gap) || REGEXPS.blankedNameOnly.test(gap);
}

/** Russian roles are lower case and stand before the name: "официальный представитель МИД Мария Захарова". */
function roleBeforeRu(f: Frame, run: Run, split: Split): string | null {
  const i = run.toks[0]!.i;
  let k = i;
  while (k > 0 && i - k < 5 && RU_ROLE_WORDS.has(f.toks[k - 1]!.lw) && wordGap(f, k - 1)) k--;
  // "режиссер из Екатеринбурга Лев N", "руководитель фонда «…» Анна N": a role noun a few words back, past its
  // complement.
  if (k === i) {
    for (let x = i - 1; x >= 0 && i - x <= 4 && wordGap(f, x); x--) {
      if (roleLemma(f.toks[x]!.lw)) { k = x; break; }
    }
  }
  if (k === i) return null;
  const capitalRole = split.role.length ? ' ' + f.text.slice(run.start, split.role[split.role.length - 1]!.end) : '';
  // "с послом Ирана Арифом N": the role noun in its nominative ("посол Ирана"), so that "— сказал посол" finds him.
  const head = f.toks[k]!;
  const lemma = roleLemma(head.lw);
  const role = (lemma && lemma !== head.lw ? lemma : head.w) + f.text.slice(head.end, run.start).trimEnd() + capitalRole;
  return clean(lowerFirst(role));
}

/** `s` with its first letter in lower case if it is a capital: what `replace(/^\p{Lu}/u, (c) => c.toLowerCase())`
 *  gives, without a callback per call. */
function lowerFirst(s: string): string {
  if (!startsUpper(s)) return s;
  const n = s.codePointAt(0)! > 0xffff ? 2 : 1;
  return s.slice(0, n).toLowerCase() + s.slice(n);
}

/** A word with a capital that is a form of an institution noun («Агентство», «Суда»). */
function capitalInstitutionNoun(w: string): boolean {
  const lower = w.toLowerCase();
  return w !== lower && !!institutionNoun(lower);
}

export const ru: LangPack = {
  stopWords: RU_STOP,
  connectors: new Set(),
  acronymStartsRun: true,
  acronymAfter: (prev) => prev.w === prev.lw && institutionNoun(prev.lw) === prev.lw,
  startsNewName: startsNewNameRu,
  continuesName: continuesNameRu,
  roleNounOf,
  doneToBefore: (text) => (REGEXPS.courtPatient.test(roleNounOf(text) ?? '') ? REGEXPS.courtVerbBefore : null),
  roleTitles: (noun) => ROLE_TITLES.get(noun) ?? null,
  introNounStem,
  interlocutor: (text) => {
    const m = REGEXPS.interlocutor.exec(text);
    return !m ? null : m[1] === 'ца' ? 'f' : 'x';
  },
  inflected: true,
  fullNameKeys: false,
  subjectIntroduces: true,
  bodyStemLength: 4,
  pronouns: RU_PRONOUNS,
  bodyHead: REGEXPS.bodyHead,
  prepositionBefore: REGEXPS.prepositionBefore,
  conjunctionBefore: REGEXPS.conjunctionBefore,
  notAVerbAfter: REGEXPS.notAVerbAfter,
  initialOnly: () => false,
  continuesAfterPossessive: () => false,
  splitRole: splitRoleRu,
  keyOf: keyOfRu,
  nameKey: ruStem,
  firstName: firstNameRu,
  spelledOut: spelledOutRu,
  nominativeAt,
  nominative: ruNominative,
  // A man's surname in -а declines like a noun: its dative "Сибиге" reads as Сибиг, its genitive "Сибиги" only as
  // Сибига (no surname ending in a consonant takes -и), so the reading in -а wins.
  // (A man's Russian surname in -ов/-ев/-ин with «а» added is its genitive, «потеря Дроздова», or a woman's: it
  // corrects no man's name, «Кирилла Дроздова» → Кирилл Дроздов.)
  correctsSurname: (read, other, gender) => other === read + 'а' && !(gender === 'm' && REGEXPS.masculineSurname.test(read)),
  genderOf: (name) => genderOfRu(name),
  genderAt,
  speakerLike: speakerLikeRu,
  looksPerson: looksPersonRu,
  // Latin-script names of media and bodies appear in Russian copy too ("Reuters", "Bloomberg").
  // (And a capitalised institution noun, which opens a body's name: «Агентство лесного хозяйства», «Суд».)
  // (And a ministry's short name, «Минобороны», «Минфин».)
  // (And an institution noun in the nominative inside a name, after the capitalised adjective that opens it:
  // «Следственный комитет», «Российский союз …».)
  isBodyWord: (w) => EN_ORG.has(w) || capitalInstitutionNoun(w) || ministryShort(w) || (startsLower(w) && institutionNoun(w) === w),
  isPlaceWord: (w) => EN_PLACE.has(w),
  isThingWord: (w) => EN_THING.has(w),
  isRoleNoun: (lower) => RU_ROLE_WORDS.has(lower),
  modifiedBy: () => false,
  verbFollows: () => true,
  // "Политолог Аббас Галлямов" at a sentence start: the role is still a common noun.
  roleText: (role) => (RU_ROLE_WORDS.has(firstWord(role).toLowerCase()) ? lowerFirst(role) : role),
  roleBefore: roleBeforeRu,
  describedPerson: () => null,
  findCues: findCuesRu,
  sentenceSubject: sentenceSubjectRu,
  looksTitle: (text, words, direct) => !direct && words.length <= 4 && !REGEXPS.finalStop.test(text),
  termBefore: (lead) => REGEXPS.termLead.test(lead) || REGEXPS.categoryBefore.test(lead),
  termVerb: (verb) => REGEXPS.termVerb.test(verb),
  legalWordingBefore: (lead) => REGEXPS.chargeBefore.test(lead) || REGEXPS.prosecutionCase.test(lead),
  namedBodies: namedBodiesRu,
  nameBeforeClause,
  pointsBack: (sentence) => REGEXPS.pointsBack.test(sentence),
  thereWord: REGEXPS.there,
};
