/**
 * What the pipeline asks of a language. Everything that differs between English and Russian (word lists,
 * attribution constructions, how names inflect, how roles are written) sits behind this interface, in
 * lang/en/ and lang/ru/; the pipeline itself never asks which language it reads.
 */
import type { Cue, Gender, PronounGender, Subject } from '../cues';
import type { Frame } from '../frame';
import type { Run } from '../runs';
import type { Tok } from '../tokens';
import type { Split } from './common';

export type { Split } from './common';

export interface LangPack {
  /** Capitalised words that open sentences but are never names. */
  readonly stopWords: Set<string>;
  /** A stop word that is also a given name ("Will", "May", "April"): a name inside a sentence before another
   *  capitalised word ("said Will Doyle"). Absent: never. */
  givenNameStop?(w: string): boolean;
  /** Lower-case words that may join capitalised words into one name ("Secretary of State"); empty: none. */
  readonly connectors: Set<string>;
  /** May a connector join the name so far (`cur`) and the capitalised word `next` after it? Absent: always. */
  connectorJoins?(cur: readonly Tok[], next: Tok): boolean;
  /** Does an all-capitals word after an ordinary capitalised word start a new run ("Лавров МИД")? */
  readonly acronymStartsRun: boolean;
  /** …unless the word before it is one after which an acronym goes on the same name: a lower-case institution noun
   *  («Следственное управление СК по …»). Absent: never. */
  acronymAfter?(prev: Tok): boolean;
  /** Does a lower-case word continue the name before it ("Саратовской области")? `cur`: the name's words so far;
   *  `after`: the word after `next`. Absent: never. */
  continuesName?(prev: Tok, next: Tok, cur: readonly Tok[], after?: Tok): boolean;
  /** The role noun a nominal subject is headed by («российский министр» → "министр", «представителя Кремля» →
   *  "представитель"), when it stands for a person named before; absent: `isRoleNoun` on the whole text. */
  roleNounOf?(text: string): string | null;
  /** The roles a role noun stands for when they are written with another noun of the same office («глава фонда»
   *  for a «руководитель фонда», «наставник» for a «тренер»); absent or null: the noun's own stem. */
  roleTitles?(roleNoun: string): RegExp | null;
  /** The stem (lower case) of the noun heading a nominal subject that may stand for a person the story introduced
   *  with that noun («— сказал агент» after «агент футболиста Игорь N»); null when it cannot; absent: never. */
  introNounStem?(text: string): string | null;
  /** For a nominal subject that names a person by what was done to them ("the defendant", «подсудимого»: sentenced,
   *  convicted, charged), what the text right before that person's name matches ("sentenced theater critic "); null
   *  for other subjects; absent: never. */
  doneToBefore?(text: string): RegExp | null;
  /** When present, the name must follow that noun with nothing between, opening on a word this accepts ("Prosecutor
   *  Igor N", "curator Anna N": a given name; `titled`: the noun is capitalised, "Admiral Harris"). English puts a noun's complement after it ("lawsuit against Hillary
   *  Clinton"), so a word between makes it no apposition. */
  introNameStart?(w: string, titled: boolean): boolean;
  /** The body a subject of an article and a noun ("the department", "the press service") stands for, named before
   *  with that noun by any verb ("The Sverdlovsk region’s culture department ordered …"); null when none. */
  bodyNamedBefore?(frames: Frame[], para: number, pos: number, subject: string): string | null;
  /** Is a nominal subject a noun for whoever was just talking to the outlet («собеседница «Медузы»», «собеседник
   *  издания»)? Its gender ('x' when the noun shows none), or null when it is no such noun; absent: never. */
  interlocutor?(text: string): 'm' | 'f' | 'x' | null;
  /** Interviews with no marks whose questions are statements ("You met the owner.", "Tell us how it began."): does a
   *  paragraph's frame (quotations blanked) address someone (group 'asks'), or speak in the first person (group
   *  'answers')? Absent: questions end in "?". */
  interviewTurn?(frame: string): 'asks' | 'answers' | null;
  /** Does a new name start at `next` although only blanks separate it from `prev`? Russian: the words of one
   *  name agree in case, so "(с) Макроном Песков" is two names. Absent: never. */
  startsNewName?(prev: Tok, next: Tok): boolean;
  /** Names inflect (Russian): mentions are grouped by stem and shown in the nominative. */
  readonly inflected: boolean;
  /** A lone surname joins the fullest name of that surname (English keys full names on first + last name). */
  readonly fullNameKeys: boolean;
  /** Does a full name as the subject of its clause introduce the person? Russian writes roles in lower case
   *  before the name, outside its run ("Слесарь цеха Андрей N проработал …"), so the run alone shows no role. */
  readonly subjectIntroduces?: boolean;
  /** How many letters of a common noun must begin a body's name for the noun to stand for it. */
  readonly bodyStemLength: number;
  /** Subject pronouns and their gender. */
  readonly pronouns: Readonly<Record<string, PronounGender>>;
  /** Common nouns that stand for a body named before ("the ministry", «ведомство»): group 1 is the noun. */
  readonly bodyHead: RegExp;
  /** A nominal subject that is a text a body issued ("the statement", "the note"): it speaks for the body whose
   *  attribution came just before ("X said in a statement. “…,” the statement read"). Absent: never. */
  readonly documentNoun?: RegExp;
  /** A place adverb standing for the office named before it («В пресс-службе министерства подтвердили … — заявили
   *  там»). Absent: never. */
  readonly thereWord?: RegExp;
  /** A nominal subject that is a part of a body ("the regional branch", "its press service"): followed by "of" and
   *  the body's name, it speaks for that body. Absent: never. */
  readonly bodyPart?: RegExp;
  /** Prepositions, articles and conjunctions that make a following name an object or a modifier. */
  readonly prepositionBefore: RegExp;
  /** "and", "or", "but": after one, a name before a verb starts a new clause. */
  readonly conjunctionBefore: RegExp;
  /** The noun phrase opening a sentence that a name in apposition follows ("His mother, ", "Averin’s lawyer, "), up to
   *  the name; absent: never read so. */
  readonly appositionBefore?: RegExp;
  /** Words after a name that show it is not the subject of a verb ("and", "of", "who"). */
  readonly notAVerbAfter: RegExp;
  /** A time adverbial that may stand between a subject and its verb ("Spartak on Monday fired"): skipped when
   *  looking for the verb after a name. */
  readonly timeAfterName?: RegExp;

  /** A capitalised word that only ever marks a sentence start (beyond the story's own lower-case words). */
  initialOnly(w: string, next?: string): boolean;
  /** May a run go on past a possessive with this word ("Prosecutor General's Office")? */
  continuesAfterPossessive(w: string): boolean;
  splitRole(run: Tok[]): Split;
  /** The key that groups mentions of one entity (a surname, its stem, or a body's whole name). */
  keyOf(name: Tok[]): string;
  /** The words a one-word short name stands for, when `text` spells them out ("СК" → "Следственный комитет",
   *  "Минобороны" → "Министерство обороны России"); null for a word that is no short name; absent: never. */
  spelledOut?(acronym: string, text: string): string | null;
  /** The nominative of a word that is a first name in any case ("Светланы" → "Светлана"); absent: not known. */
  firstName?(w: string): string | null;
  /** The key of a single word in lower case. */
  nameKey(lower: string): string;
  /** Is this mention of a name in the nominative (English: always)? "Лавров заявил" is, "по словам Лаврова",
   *  "с коллегой Бадром" are not. */
  nominativeAt(f: Frame, run: Run): boolean;
  /** Does another mention's reading of a surname correct this one, read from an ambiguous case ("Сибиге" could be
   *  Сибиг or Сибига; "Сибиги" can only be Сибига)? `gender`: what the person's name or verbs showed. Absent: never. */
  correctsSurname?(read: string, other: string, gender: 'm' | 'f' | null): boolean;
  /** The nominative of a name met in an oblique case; `lead` is the text before it ("в " for a locative). */
  nominative(words: string[], lead: string): string[];
  genderOf(name: Tok[], role: Tok[]): Gender;
  /** The gender a mention's own clause shows (Russian: a past-tense verb after the subject, "Мао Нин отказалась");
   *  absent or null: none. */
  genderAt?(f: Frame, run: Run): Gender;
  /** How much a pronoun prefers a clause subject of its gender over one of unknown gender (coref.ts); absent: 0.
   *  Worth something where names often show no gender (English "Warren", "Jordan Lee"); where nearly every name
   *  shows it (Russian), the unknown ones are bodies and the weight would only re-rank people. */
  readonly shownGenderWeight?: number;
  speakerLike(name: Tok[]): boolean;
  looksPerson(name: Tok[], role: Tok[]): boolean;
  isBodyWord(w: string): boolean;
  isPlaceWord(w: string): boolean;
  isThingWord(w: string): boolean;
  /** A role written as a common noun, standing for the person who holds it (Russian «эксперт»). */
  isRoleNoun(lower: string): boolean;
  /** Text after a name that says it qualifies something else ("Clinton campaign"). */
  modifiedBy(after: string): boolean;
  /** Text right before a name without a role that shows it names a thing, not a person ("the Islamic State"). */
  readonly thingArticleBefore?: RegExp;
  /** Text after a lone capitalised word that shows a verb follows, so the word is a clause subject. */
  verbFollows(after: string): boolean;
  /** A role as shown to the reader ("Политолог" at a sentence start is still a common noun). */
  roleText(role: string): string;
  /** A role written before the name, outside the capitalised run ("Kremlin spokesman", «глава МИД»). */
  roleBefore(f: Frame, run: Run, split: Split): string | null;
  /** "the mayor", "the Vermont senator", "the 45-year-old": a definite description of a person, the gender it shows
   *  (null: none) and the titles it stands for. */
  describedPerson(text: string): { head: string; gender: 'm' | 'f' | null; title: RegExp | null; personHead: boolean } | null;

  /** Attribution cues of a paragraph. */
  findCues(f: Frame): Cue[];
  /** The sentence's subject before `until` ("Obama is rolling out a new message: “…”"), when the language tells it. */
  sentenceSubject(f: Frame, from: number, until: number): Subject | null;
  /** Title Case in marks that names a thing ("The Death of Stalin", «Новая газета»). */
  looksTitle(text: string, words: string[], direct: boolean): boolean;
  /** Words before a short fragment that make it a term ("the so-called", «так называемый», "the status of"). */
  termBefore(lead: string): boolean;
  /** Words right before marks that say the marks hold the name of a text, whatever its length ("the hashtag",
   *  "the slogan", "headlined"); absent: never. */
  textNameBefore?(lead: string): boolean;
  /** The words of its sentence before a fragment in marks that make the fragment a charge's legal wording, not anyone's
   *  speech: a charge right before it («ему вменялось «…»», «по статье о «…»», "on charges of “…”", "under the article
   *  on “…”") or a sentence that gives the prosecution's case («По версии следствия, …», "According to the indictment,
   *  …"); absent: never. */
  legalWordingBefore?(lead: string): boolean;
  /** Verbs that give a term, not speech ("declared … a “foreign agent”", «признали»). */
  termVerb(verb: string): boolean;
  /** Words right after a one-word span in marks that make it a name inside the sentence («Известиям» это подтвердили,
   *  «Фонтанке» глава района сказал); absent: never. */
  nameBeforeClause?(after: string): boolean;
  /** Does a paragraph's first sentence point back at the quotation standing alone before it ("That was how X put it",
   *  "X gave that assessment", «Этими словами X закончил», «Так X ответил»)? Its speaker is named there. Absent: never. */
  pointsBack?(sentence: string): boolean;
  /** Bodies named in quotation marks after their common noun («компания «X»», «ФК «Y»»): each name in marks, and
   *  that noun (nominative) for the anaphor that stands for it later («в компании заявили»). */
  namedBodies?(f: Frame): { start: number; end: number; name: string; noun: string }[];
}

/** Role-noun stems as patterns ("директо"), compiled once each, not at every anaphor (the packs' role nouns: few). */
const ROLE_STEMS = new Map<string, RegExp>();

/**
 * The roles a role noun stands for: the pack's `roleTitles`, else the noun's own stem (all but the last two letters
 * of a noun heading a body's complement, "директор фонда"; else its first five).
 */
export function roleTitlesOf(pack: LangPack, roleNoun: string, ofBody: boolean): RegExp {
  const titles = pack.roleTitles?.(roleNoun);
  if (titles) return titles;
  const stem = ofBody ? roleNoun.slice(0, Math.max(5, roleNoun.length - 2)) : roleNoun.slice(0, 5);
  let re = ROLE_STEMS.get(stem);
  if (!re) ROLE_STEMS.set(stem, (re = new RegExp(stem, 'i')));
  return re;
}
