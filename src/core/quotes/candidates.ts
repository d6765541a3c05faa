/**
 * Candidates: every mention in the story that could be a speaker. Capitalised names outside quotations are
 * grouped into entities by surname (Russian: by stem) and named by their fullest mention; every mention of a
 * name, and every third-person pronoun, is listed with its place and shape for coreference (coref.ts) when a
 * paragraph is first looked at (mentions.ts).
 *
 * Over ~350 lines, on purpose: the entity table is one constructor whose passes (sweeps, name corrections, roles,
 * persons and bodies) share local tables (the named runs, subjects, verb genders, surname forms) read once each;
 * split up, each pass would list the runs and key them again (docs/performance.md, "Quotes").
 */
import { splitSpace } from '../text';
import type { Cue, Gender } from './cues';
import type { Frame } from './frame';
import type { LangPack } from './lang/pack';
import { headline, mentionShape } from './mention-shape';
import { listMentions, type NamedBody } from './mentions';
import { runSplit, type Run } from './runs';
import { ACRONYM, type Tok } from './tokens';

const REGEXPS = {
  blankRun: /[\s\u00a0]+/g,
  honorific: /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Miss)\.?(?=\s|$)/g,
  startsLower: /^\p{Ll}/u,
  /** A sentence start (or "But", "And"…) before a lone surname. */
  /** (A dialogue line's dash opening the paragraph, «— Есть надежда …», opens a sentence too.) */
  clauseStartBefore: /(?:^|[.!?¶"”»:]|^[\s\u00a0]*[—–]|\b(?:But|And|So|Yet))[\s\u00a0]*$/,
  /** A word in capitals only ("NOVOSIBIRSK", «МОСКВА»). */
  capitalsOnly: /^\p{Lu}[\p{Lu}.-]+$/u,
  /** What follows a dateline's place: an optional date, then a dash ("NOVOSIBIRSK —", «МОСКВА, 5 дек —»). */
  /** ", the human rights group that …": an aside after a name, saying what it names (group 1: its first few words). */
  whatAside: /^,[\s\u00a0]+(?:the|a|an)[\s\u00a0]+((?:[\p{Ll}-]+[\s\u00a0]+){0,2}[\p{Ll}-]+)/u,
  datelineAfter: /^(?:,[^—–\n]{0,24})?[\s\u00a0]*(?:\([^)]{1,12}\)[\s\u00a0]*)?[—–-]/,
};

export interface Entity {
  key: string;
  name: string;
  role: string | null;
  /** Number of name words in the fullest mention. */
  size: number;
  gender: Gender;
  person: boolean;
  /** Nominative form known (Russian): from a subject position. */
  nominative: boolean;
  count: number;
}

export interface Mention {
  /** Looks like the subject of its clause ("Wines believes", "Lavrov met"), not an object or a modifier. */
  subject: boolean;
  /** "Clinton's campaign", "the Clinton campaign": the name qualifies something else. */
  modifier: boolean;
  /** Introduced here with a role or an aside ("Henry Crespo, president of …"). */
  intro: boolean;
  /** The subject a cue reads before its verb, however it is written ("the club's director, Yulia Vetrova, said"). */
  said?: boolean;
  entity: Entity;
  /** A pronoun ("he", "она") standing for someone named earlier; its entity is found on demand. */
  pron?: 'm' | 'f';
  para: number;
  sent: number;
  start: number;
  end: number;
  /** The common noun a body in marks was introduced with («компания «X»» → компания), for «в компании». */
  noun?: string;
}

export const clean = (s: string): string => s.replace(REGEXPS.blankRun, ' ').trim();

/** A role worth showing: "Mr." or "Ms." alone is not one. */
export function roleText(s: string | null, pack: LangPack): string | null {
  const r = s === null ? '' : clean(s.replace(REGEXPS.honorific, ' '));
  return r ? pack.roleText(r) : null;
}

// Loops, not callbacks: a closure made per call loses its optimized code at every GC (V8).
function allCapitals(toks: Tok[]): boolean {
  for (const t of toks) if (!REGEXPS.capitalsOnly.test(t.w)) return false;
  return true;
}

/** A name's tokens with the words given (its nominative), for what reads only the words. */
function asWords(name: Tok[], words: string[]): Tok[] {
  return name.map((t, i) => (words[i] === undefined || words[i] === t.w ? t : { ...t, w: words[i]!, lw: words[i]!.toLowerCase() }));
}

function anyThingWord(name: Tok[], pack: LangPack): boolean {
  for (const t of name) if (pack.isThingWord(t.w)) return true;
  return false;
}

function anyBodyWord(name: Tok[], pack: LangPack): boolean {
  for (const t of name) if (pack.isBodyWord(t.w) || ACRONYM.test(t.w)) return true;
  return false;
}

export class Candidates {
  readonly entities = new Map<string, Entity>();
  /** Each paragraph's mentions, once listed (mentionsIn). */
  private readonly byPara: Mention[][] = [];
  /** Bodies each paragraph names with their noun (LangPack.namedBodies), found in the second pass. */
  private readonly named: NamedBody[][] = [];
  /** Paragraphs in Title Case (headlines): they name nobody. */
  private heads: boolean[] = [];
  /** Entities named like bodies: "Justice Ministry", "ADG Group", "Aeroflot", "МИД". */
  protected readonly bodies = new Set<Entity>();
  /** Entities written somewhere other than at a clause start (a word only ever seen opening a sentence — «Сумма
   *  сделки …», «Число регионов …» — may be a common noun, not a name). */
  protected readonly midSentence = new Set<Entity>();
  /** Bodies named in quotation marks (LangPack.namedBodies): names, wherever they stand in their sentence. */
  protected readonly inMarks = new Set<Entity>();
  /** Entities that are the subject of a cue somewhere in the story. */
  protected readonly speakers = new Set<Entity>();
  /** The names a cue reads as its subject (nominative) before its verb: a clause's subject however it is written
   *  ("Spartak's general director, Yulia Vetrova, said"), which the mention's shape alone does not show. */
  readonly cueSubjects = new Set<Run>();
  /** Index of each paragraph's first sentence in the story. */
  protected readonly sentBase: number[] = [];
  private readonly bySurname = new Map<string, string[]>();
  /** A lone first name ("Светлана") → the key of the one person in the story with that first name. */
  private readonly firstNameOwner = new Map<string, string>();

  constructor(protected readonly frames: Frame[], protected readonly cues: Cue[][], protected readonly pack: LangPack) {
    const subjects = new Set<Run>();
    const verbGender = new Map<Run, Gender>();
    for (const list of cues) {
      for (const a of list) {
        if (a.subj.kind === 'name' && a.subj.nominative) {
          subjects.add(a.subj.run);
          // (Written before its verb: an inverted subject, "said Batchelder", is not what a later "she" is about.)
          if (a.subj.run.end <= a.start) this.cueSubjects.add(a.subj.run);
          if (a.gender) verbGender.set(a.subj.run, a.gender);
        }
      }
    }
    // First pass: the fullest mention of each surname. A headline in Title Case names nobody.
    const heads = frames.map(headline);
    let base = 0;
    for (const f of frames) { this.sentBase.push(base); base += f.sents.length; }
    // Full names first, so that a lone surname ("Clinton") can join the right person ("Hillary Clinton").
    // Plain loops, not callbacks: a closure made per call loses its optimized code at every GC (V8).
    // Inflected languages: a surname seen as the subject of a verb ("Дубовая заявила") corrects the fullest name guessed
    // from an oblique case ("с Ольгой Дубовой" → "Ольга Дубова").
    const nominativeSurname = new Map<string, string>();
    // Every surname each entity's mentions were read as ("Сибиге" → Сибиг, "Сибиги" → Сибига), for correctsSurname.
    // (Lists, each form once, in the order first seen: a story has a few forms a name, too few for a Set each.)
    const surnameForms = new Map<string, string[]>();
    const needWords = pack.inflected || !!pack.correctsSurname;
    // The runs that name someone (outside headlines), in text order, with their paragraph and whether the name is
    // full: listed once for both sweeps and the loop after them.
    const named: Run[] = [];
    const namedPara: number[] = [];
    const namedFull: boolean[] = [];
    for (let para = 0; para < frames.length; para++) {
      if (heads[para]) continue;
      for (const run of frames[para]!.runs) {
        const { name } = runSplit(run, pack);
        if (!name.length) continue;
        named.push(run);
        namedPara.push(para);
        namedFull.push(this.full(name));
      }
    }
    for (let sweep = 0; sweep < 2; sweep++) for (let k = 0; k < named.length; k++) {
      if (namedFull[k] ? sweep !== 0 : sweep !== 1) continue;
      const run = named[k]!;
      const f = frames[namedPara[k]!]!;
      {
        const split = runSplit(run, pack);
        const { name, role } = split;
        const key = this.keyFor(name, role);
        const isSubject = subjects.has(run);
        const nominative = isSubject || pack.nominativeAt(f, run);
        if (isSubject && pack.inflected && name.length === 1) nominativeSurname.set(key, name[0]!.w);
        // The name's words in the nominative: read only by an inflected language's names and surname forms.
        let words: string[] = [];
        if (needWords) {
          for (const t of name) words.push(t.w);
          if (!nominative) words = pack.nominative(words, f.frame.slice(Math.max(0, run.start - 12), run.start));
        }
        if (pack.correctsSurname) {
          const form = words[words.length - 1]!;
          const forms = surnameForms.get(key);
          if (!forms) surnameForms.set(key, [form]);
          else if (!forms.includes(form)) forms.push(form);
        }
        const e = this.entities.get(key);
        const better = !e || name.length > e.size || (name.length === e.size && nominative && !e.nominative);
        // (The gender and the written role are worked out only when this mention can set them: pure, and most
        // mentions of a known entity cannot.)
        // (A name read in an oblique case shows its gender in the nominative: "(адвоката) Андриса N" is a man's.)
        const g = !e || better || !e.gender ? verbGender.get(run) ?? pack.genderAt?.(f, run) ?? pack.genderOf(nominative || !needWords ? name : asWords(name, words), role) : null;
        const writtenRole = role.length && (!e || better || !e.role) ? roleText(f.text.slice(role[0]!.start, role[role.length - 1]!.end), pack) : null;
        if (better) {
          if (key.startsWith('p:')) {
            const sur = key.slice(key.lastIndexOf(' ') + 1);
            const list = this.bySurname.get(sur) ?? [];
            if (!list.includes(key)) list.push(key);
            this.bySurname.set(sur, list);
          }
          this.entities.set(key, {
            key,
            // Names as written ("Prosecutor General's Office"); inflected ones in the nominative.
            name: pack.inflected ? words.join(' ') : clean(f.text.slice(name[0]!.start, name[name.length - 1]!.end)),
            role: pack.roleBefore(f, run, split) ?? writtenRole ?? e?.role ?? null,
            size: name.length,
            gender: g ?? e?.gender ?? null,
            person: pack.looksPerson(name, role) || !!e?.person,
            nominative,
            count: (e?.count ?? 0) + 1,
          });
        } else {
          e.count++;
          if (!e.role && role.length) e.role = writtenRole;
          if (!e.gender && g) e.gender = g;
          if (!e.person && pack.looksPerson(name, role)) e.person = true;
        }
        // Whoever speaks in the story is taken for a person unless the name says body or place.
        if (isSubject) {
          const ent = this.entities.get(key)!;
          if (!ent.person && pack.speakerLike(name)) ent.person = true;
        }
      }
    }
    for (const e of this.entities.values()) {
      const sur = e.nominative ? undefined : nominativeSurname.get(e.key);
      if (sur && e.size > 1) e.name = e.name.slice(0, e.name.lastIndexOf(' ') + 1) + sur;
      else if (!e.nominative && e.size > 1 && pack.correctsSurname) {
        const last = e.name.slice(e.name.lastIndexOf(' ') + 1);
        for (const other of surnameForms.get(e.key) ?? []) {
          if (pack.correctsSurname(last, other, e.gender)) { e.name = e.name.slice(0, e.name.lastIndexOf(' ') + 1) + other; break; }
        }
      }
    }
    // A short name spelled out somewhere in the story is named as spelled out ("СК" → "Следственный комитет").
    if (pack.spelledOut) {
      for (const e of this.entities.values()) {
        if (e.size !== 1) continue;
        for (const f of frames) {
          const full = pack.spelledOut(e.name, f.frame);
          if (full) { e.name = full; break; }
        }
      }
    }
    // A first name alone stands for the one person of the story who has it ("Светлана" → Светлана Гурьева).
    if (pack.firstName) {
      // The entities of two words or more by their first word, null where more than one has it: listed once (the
      // loop below removes only one-word entities and renames none).
      const byFirstWord = new Map<string, Entity | null>();
      for (const o of this.entities.values()) {
        if (o.size < 2) continue;
        const first = o.name.slice(0, o.name.indexOf(' '));
        byFirstWord.set(first, byFirstWord.has(first) ? null : o);
      }
      for (const e of [...this.entities.values()]) {
        const lemma = e.size === 1 ? pack.firstName(e.name) : null;
        if (!lemma) continue;
        const owner = byFirstWord.get(lemma);
        if (!owner) continue;
        owner.count += e.count;
        owner.nominative ||= e.nominative;
        this.entities.delete(e.key);
        this.firstNameOwner.set(e.key, owner.key);
      }
    }
    // What keyFor reads is final from here (surnames, first-name owners, the counts and genders of persons: the
    // passes below change roles and who is a person, and add only bodies in marks), so each run's key is kept.
    this.keysSettled = true;
    // Roles written next to a verb ("заявил пресс-секретарь президента Дмитрий Песков").
    for (const list of cues) {
      for (const a of list) {
        if (a.subj.kind !== 'name' || !a.subj.role) continue;
        const e = this.entityOf(a.subj.run);
        if (e && !e.role && REGEXPS.startsLower.test(a.subj.role) && splitSpace(a.subj.role).length <= 8) e.role = clean(a.subj.role);
      }
    }
    for (const run of subjects) {
      const e = this.entityOf(run);
      if (e) this.speakers.add(e);
    }
    // Entities written somewhere other than at a clause start: a capitalised word only ever seen opening a
    // sentence ("Audiences can expect …", "Eyebrows raised, he …") may be a common word, not a surname.
    // (Runs that name no one have no entity: the named runs are all there is to read.)
    const midSentence = this.midSentence;
    for (let k = 0; k < named.length; k++) {
      const run = named[k]!;
      const f = frames[namedPara[k]!]!;
      if (run.toks.length > 1 || REGEXPS.clauseStartBefore.test(f.frame.slice(Math.max(0, run.start - 6), run.start))) continue;
      const e = this.entityOf(run);
      if (e) midSentence.add(e);
    }
    // Second pass: what mentions tell of their entity (a body, a person), for every paragraph. The mentions
    // themselves, for pronoun resolution, are listed when a paragraph is first looked at (mentionsIn): coreference
    // looks back a few paragraphs from a quotation, and most stories end with paragraphs it never reads.
    for (let para = 0; para < frames.length; para++) {
      const f = frames[para]!;
      if (heads[para]) { this.named.push([]); continue; }
      for (const run of f.runs) {
        const { name } = runSplit(run, pack);
        if (!name.length) continue;
        const entity = this.entityOf(run)!;
        // (Both rules below are about an entity not yet known as a person.)
        if (entity.person) continue;
        const subject = mentionShape(f, run, pack).subject;
        // A dateline ("NOVOSIBIRSK —" opening the paragraph) is a place, never a body that speaks.
        const dateline = run.start < 2 && allCapitals(run.toks) && REGEXPS.datelineAfter.test(f.frame.slice(run.end, run.end + 30));
        // ("Memorial, the human rights group that …": an aside whose noun is a body's says the name is a body's.)
        const what = f.frame.charCodeAt(run.end) === 0x2c /* , */ ? REGEXPS.whatAside.exec(f.frame.slice(run.end, run.end + 48)) : null;
        // (Whatever the name's own words look like: "Memorial" names monuments too.)
        if (!dateline && ((what && pack.bodyHead.test(what[1]!)) || (!anyThingWord(name, pack)
          && (anyBodyWord(name, pack) || (subject && !pack.isPlaceWord(name[0]!.w)
            // ("Spartak Moscow on Monday fired …": a name with its city after it, acting, is a club's or a firm's.)
            && (pack.speakerLike(name) || (name.length > 1 && pack.isPlaceWord(name[name.length - 1]!.w)))))))) {
          this.bodies.add(entity);
        }
        // "Wines believes …", "Ban also kept …": a lone surname opening a sentence before a verb is a person.
        if (subject && pack.speakerLike(name) && name.length === 1 && (entity.size > 1 || midSentence.has(entity))
          && REGEXPS.clauseStartBefore.test(f.frame.slice(Math.max(0, run.start - 6), run.start))
          && pack.verbFollows(f.frame.slice(run.end, run.end + 16))) {
          entity.person = true;
        }
      }
      const named = pack.namedBodies?.(f) ?? [];
      for (const b of named) {
        const key = `org:${b.name.toLowerCase()}`;
        let entity = this.entities.get(key);
        if (!entity) this.entities.set(key, (entity = { key, name: b.name, role: null, size: splitSpace(b.name).length, gender: null, person: false, nominative: true, count: 0 }));
        entity.count++;
        this.bodies.add(entity);
        this.inMarks.add(entity);
      }
      this.named.push(named);
    }
    this.heads = heads;
  }

  /** The mentions of a paragraph (names, named bodies, pronouns) in text order, listed on first use. */
  protected mentionsIn(para: number): Mention[] {
    let list = this.byPara[para];
    if (!list) {
      list = this.heads[para] ? [] : listMentions(this.frames[para]!, para, this.named[para]!, this, this.pack);
      this.byPara[para] = list;
    }
    return list;
  }

  entityOf(run: Run): Entity | null {
    let key = run.keyedBy === this ? run.key : null;
    if (key === null) {
      const { name, role } = runSplit(run, this.pack);
      if (!name.length) return null;
      key = this.keyFor(name, role);
      if (this.keysSettled) {
        run.key = key;
        run.keyedBy = this;
      }
    }
    return this.entities.get(key) ?? null;
  }

  /** Set once the tables keyFor reads (surnames, first names, counts of persons) are final: a run's key is then
   *  its key for good, and kept on the run (a field, not a Map keyed by runs: asked for every mention). */
  private keysSettled = false;

  /** Full person names ("Hillary Clinton", "Ксения Брандина") key on first and last name, so relatives stay apart;
   *  lone surnames are keyed after them (second sweep) to join one. */
  private full(name: Tok[]): boolean {
    return name.length >= 2 || this.baseKey(name).startsWith('org:');
  }

  /** pack.keyOf, once per name (a run's name is asked for several times: both sweeps, its mentions, its cues). */
  private readonly baseKeys = new Map<Tok[], string>();
  private readonly fullKeys = new Map<Tok[], string>();
  private baseKey(name: Tok[]): string {
    let k = this.baseKeys.get(name);
    if (k === undefined) this.baseKeys.set(name, (k = this.pack.keyOf(name)));
    return k;
  }

  /** The entity key of a name: a lone surname joins the most mentioned person of that surname (and gender). */
  protected keyFor(name: Tok[], role: Tok[]): string {
    const pack = this.pack;
    const base = this.baseKey(name);
    if (base.startsWith('org:')) return this.firstNameOwner.get(base) ?? base;
    if (!pack.fullNameKeys) {
      // (Inflected names key on the first name's lemma and the surname's stem, made by the pack.)
      if (base.startsWith('p:')) return base;
      const owner = this.firstNameOwner.get(base);
      if (owner || !this.bySurname.has(base)) return owner ?? base;
    } else if (name.length >= 2) {
      // (Made once per name: the same string each time, its hash computed once for the map lookups.)
      let k = this.fullKeys.get(name);
      if (k === undefined) this.fullKeys.set(name, (k = `p:${name[0]!.lw} ${name[name.length - 1]!.lw}`));
      return k;
    }
    const list = this.bySurname.get(base);
    if (!list) return base;
    const g = pack.genderOf(name, role);
    let best: Entity | null = null;
    let anyGender: Entity | null = null;
    // (In an inflected language a person keyed by surname alone — a first name not in the tables — competes too.)
    const keys = !pack.fullNameKeys && this.entities.has(base) ? [...list, base] : list;
    for (const k of keys) {
      const e = this.entities.get(k);
      if (!e) continue;
      if (!anyGender || e.count > anyGender.count) anyGender = e;
      if (g && e.gender && e.gender !== g) continue;
      if (!best || e.count > best.count) best = e;
    }
    // An oblique case can look feminine ("по словам Пескова"): with nobody of that gender, the surname's owner.
    return best?.key ?? (!pack.fullNameKeys ? anyGender?.key : undefined) ?? base;
  }
}
