/**
 * The story's people and bodies: every capitalised name outside quotations, grouped by surname
 * (Russian: by stem), named by the fullest mention; pronouns resolve to the nearest compatible person.
 */
import type { Lang, Speaker } from '../types';
import type { Act, Subject } from './acts';
import type { Frame } from './frame';
import { sentenceAt } from './frame';
import { EN_ORG, EN_PLACE, EN_STOP, EN_THING, RU_ROLE_WORDS } from './lexicon';
import { genderOf, isCap, keyOf, type Tok, looksPerson, speakerLike, nameKey, ruNominative, runSplit, type Entity, type Gender, type Run } from './names';
import { splitOn, splitSpace } from '../text';

// Regexes used inside functions, made once: a literal in a function body is compiled again after
// garbage collections (V8), which costs up to a millisecond per Unicode pattern whenever the reader opens.
const CLEAN_RE1 = /[\s\u00a0]+/g;
const ROLE_TEXT_RE1 = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Miss)\.?(?=\s|$)/g;
const ROLE_TEXT_RE2 = /^\p{Lu}/u;
const EN_ROLE_BEFORE_RE1 = /^[\s\u00a0]+$/;
const EN_ROLE_BEFORE_RE2 = /^(?:senior|former|top|chief|deputy|foreign|press|political|opposition|state|presidential)$/;
const HEADLINE_RE1 = /^(?:a|an|the|of|and|or|to|in|on|at|for|by|with|from|as|is|vs)$/;
const HEADLINE_RE2 = /^[\p{Lu}\d]/u;
const MENTION_SHAPE_RE1 = /^[\s\u00a0]+(\p{Ll}[\p{Ll}'’-]*)/u;
const MENTION_SHAPE_RE2 = /^(?:[a-z]+ed|[a-z]+s|said|told|wrote|says|will|would|has|had|is|was)$/;
const MENTION_SHAPE_RE3 = /(?:^|\s)(?:and|or|but|и|а|но)$/i;
const MENTION_SHAPE_RE4 = /[.!?¶"»”:]$/;
const MENTION_SHAPE_RE5 = /^[\s\u00a0]*,/;
const MENTION_SHAPE_RE6 = /^(?:and|or|of|in|for|with|to|by|from|at|on|who|which|that|и|или|в|на|с)$/;
const CAST_RE1 = /^\p{Ll}/u;
const CAST_RE2 = /^\p{Lu}{2,}$/u;
const CAST_RE3 = /^[\s\u00a0]*,[\s\u00a0]+(?:the\s+|a\s+|an\s+)?\p{Ll}/u;
const CAST_RE4 = /(?:^|[.!?¶"”»:]|\b(?:But|And|So|Yet))[\s\u00a0]*$/;
const CAST_RE5 = /^[\s\u00a0]+(?:[a-z]+(?:ed|s)|is|was|has|had|will|would|can|could|also|did|does|do|told|said|says|thinks|believes|wrote)\b/;
const RESOLVE_BODY_RE1 = /(?:ies|s)$/;
const SPEAKER_OF_LABEL_RE1 = /^./;
const SPEAKER_OF_RE1 = /(?:^|[.!?¶"”»:])[\s\u00a0]*$/;
const SPEAKER_OF_RE2 = /^(?:(?:the|The)\s+)?(?:[\p{L}.-]+\s+){0,4}([\p{Ll}-]+)$/u;
const SPEAKER_OF_RE3 = /^(?:the|The)\s/;
const SPEAKER_OF_RE4 = /^(?:a|an|one|another|some)\s/i;
const SPEAKER_OF_RE5 = /^(?:woman|mother|wife|daughter|sister|spokeswoman|congresswoman|chairwoman|actress|businesswoman)$/;

interface Mention {
  /** Looks like the subject of its clause ("Wines believes", "Lavrov met"), not an object or a modifier. */
  subject: boolean;
  /** "Clinton's campaign", "the Clinton campaign": the name qualifies something else. */
  modifier: boolean;
  /** Introduced here with a role or an aside ("Henry Crespo, president of …"). */
  intro: boolean;
  entity: Entity;
  /** A pronoun ("he", "она") standing for someone named earlier; its entity is found on demand. */
  pron?: 'm' | 'f';
  para: number;
  sent: number;
  start: number;
  end: number;
}

const NAME_GAP = /[\s’']+/g;
const clean = (s: string): string => s.replace(CLEAN_RE1, ' ').trim();
/** A role worth showing: "Mr." or "Ms." alone is not one. */
const roleText = (s: string | null, lang: Lang = 'en'): string | null => {
  let r = s === null ? '' : clean(s.replace(ROLE_TEXT_RE1, ' '));
  // "Политолог Аббас Галлямов" at a sentence start: the role is still a common noun.
  if (lang === 'ru' && RU_ROLE_WORDS.has(r.split(' ')[0]!.toLowerCase())) r = r.replace(ROLE_TEXT_RE2, (c) => c.toLowerCase());
  return r || null;
};

const RU_GENITIVE_BEFORE = /(?:словам|мнению|заявлении|сообщении|письме|обращении|данным|оценке|у|от|для|из|без|против|около|после|с|со)\s*$/i;

/** Role words of a definite description and the titles they stand for. */
const PERSON_ROLE: Record<string, RegExp> = {
  senator: /\b(?:Sen\.|Senator)/i, governor: /\b(?:Gov\.|Governor)/i, mayor: /\bMayor/i,
  president: /\bPresident\b/, minister: /\bMinister/i, spokesman: /\bspokes(?:man|person)/i,
  spokeswoman: /\bspokes(?:woman|person)/i, secretary: /\bSecretary/i, congressman: /\b(?:Rep\.|Representative|Congressman)/i,
  congresswoman: /\b(?:Rep\.|Representative|Congresswoman)/i, chairman: /\bChair/i, speaker: /\bSpeaker/i,
  nominee: /\b(?:nominee|candidate)/i, candidate: /\b(?:nominee|candidate)/i, ambassador: /\bAmbassador/i,
  general: /\b(?:Gen\.|General)/i, judge: /\bJudge/i, director: /\bDirector/i, leader: /\bLeader/i,
};

/** Common nouns that stand for a body named earlier. */
const BODY_HEAD = /^(?:the\s+|its\s+|The\s+)?(?:[\p{Ll}-]+\s+){0,2}(ministry|agency|office|company|firm|group|airline|carrier|bank|court|committee|commission|party|service|network|newspaper|channel|regulator|watchdog|prosecutors|government|administration|organization|organisation|foundation|fund|union|council|department|embassy|kremlin|министерств\p{Ll}*|ведомств\p{Ll}*|прокуратур\p{Ll}*|компани\p{Ll}*|пресс-служб\p{Ll}*|правительств\p{Ll}*|администраци\p{Ll}*|мэри\p{Ll}*|суд\p{Ll}*|банк\p{Ll}*|партии|партия)$/iu;

/** Heads of descriptions that stand for a person ("the billionaire", "the former secretary of state"). */
const PERSON_HEAD = /^(?:candidate|nominee|front-?runner|senator|governor|president|billionaire|businessman|businesswoman|mogul|tycoon|developer|secretary|speaker|chairman|chairwoman|mayor|congressman|congresswoman|lawmaker|leader|founder|host|actor|actress|singer|star|hopeful|contender|spokesman|spokeswoman|minister|judge|general|commander|author|economist|woman|man|democrat|republican|incumbent|challenger|rival|moderator|veteran|officer|premier|chancellor|envoy|ambassador|diplomat|politician|official|lawyer|attorney|director|chief|head|executive|presenter|anchor|businessman)$/;

const PREP = /(?:^|\s)(?:of|in|for|with|to|by|from|at|on|about|against|between|among|than|like|as|the|a|an|and|or|for|over|under|after|before|during|into|toward|towards|без|для|с|со|от|у|о|об|к|по|на|в|во|из|при|про|за|и)$/i;
const MODIFIED = /^[\s\u00a0]+(?:campaign|camp|administration|era|team|aides?|supporters?|voters?|presidency|government|family|event|rally|ads?|foundation|spokes(?:man|woman|person)|adviser|advisers|allies|surrogates?|staff|staffers|fans|backers|opponents|critics|loyalists|officials?|organization|policy|policies|plan|campaign's|world|tower|university|hotel|children)\b/;

/** Lower-case role nouns that stand right before an English name ("Kremlin spokesman Dmitry Peskov"). */
const EN_ROLE_NOUN = /^(?:spokesman|spokeswoman|spokesperson|leader|counterpart|chief|head|adviser|advisor|aide|analyst|expert|lawyer|attorney|envoy|ambassador|minister|president|governor|mayor|senator|director|chairman|chairwoman|editor|founder|commander|general|activist|journalist|correspondent|economist|strategist|pollster|researcher|professor|official|secretary|premier|deputy|candidate|nominee|host|anchor|presenter|billionaire|businessman|businesswoman|oligarch|blogger|politician|lawmaker|deputy|mogul|opposition)$/;

/** A role written in lower case before an English name, with the words that qualify it. */
function enRoleBefore(f: Frame, run: Run): string | null {
  const i = run.toks[0]!.i;
  if (i < 1 || !EN_ROLE_NOUN.test(f.toks[i - 1]!.w) || !EN_ROLE_BEFORE_RE1.test(f.frame.slice(f.toks[i - 1]!.end, run.start))) return null;
  let k = i - 1;
  while (k > 0 && i - k < 4) {
    const p = f.toks[k - 1]!;
    if (!EN_ROLE_BEFORE_RE1.test(f.frame.slice(p.end, f.toks[k]!.start)) || p.poss) break;
    if (!(EN_ROLE_NOUN.test(p.w) || EN_ROLE_BEFORE_RE2.test(p.w) || (isCap(p.w) && !EN_STOP.has(p.w)))) break;
    k--;
  }
  return clean(f.text.slice(f.toks[k]!.start, f.toks[i - 1]!.end));
}

/** Russian roles are lower case and stand before the name: "официальный представитель МИД Мария Захарова". */
function ruRoleBefore(f: Frame, run: Run, lang: Lang): string | null {
  if (lang !== 'ru') return lang === 'en' ? enRoleBefore(f, run) : null;
  const i = run.toks[0]!.i;
  let k = i;
  while (k > 0 && i - k < 5 && RU_ROLE_WORDS.has(f.toks[k - 1]!.lw) && EN_ROLE_BEFORE_RE1.test(f.frame.slice(f.toks[k - 1]!.end, f.toks[k]!.start))) k--;
  if (k === i) return null;
  const role = f.text.slice(f.toks[k]!.start, run.start).trim() + (runSplit(run, lang).role.length ? ' ' + f.text.slice(run.start, runSplit(run, lang).role.slice(-1)[0]!.end) : '');
  return clean(role.replace(ROLE_TEXT_RE2, (c) => c.toLowerCase()));
}

/** A paragraph in Title Case (a headline or a section title). */
function headline(f: Frame): boolean {
  // Loops, not callbacks: a closure made per call loses its optimized code at every GC (V8).
  let n = 0;
  for (const t of f.toks) {
    if (HEADLINE_RE1.test(t.w)) continue;
    if (!HEADLINE_RE2.test(t.w)) return false;
    n++;
  }
  return n >= 4;
}

/** Is a name the subject of its clause, or a modifier of something else? */
function mentionShape(f: Frame, run: Run, lang: Lang): { subject: boolean; modifier: boolean } {
  const before = f.frame.slice(Math.max(0, run.start - 16), run.start).trimEnd();
  const after = f.frame.slice(run.end, run.end + 24);
  const modifier = run.poss || (lang === 'en' && MODIFIED.test(after));
  const next = MENTION_SHAPE_RE1.exec(after)?.[1];
  // "…, and Mayor Yury Luzhkov demanded …": after "and", a name before a verb starts a new clause.
  const verbNext = !!next && MENTION_SHAPE_RE2.test(next);
  const afterPrep = PREP.test(before) && !(verbNext && MENTION_SHAPE_RE3.test(before));
  // "Assad, announcing plans …, said": a name opening its sentence before an aside is its subject.
  const opener = (before === '' || MENTION_SHAPE_RE4.test(before)) && MENTION_SHAPE_RE5.test(after);
  const subject = !modifier && (opener || (!afterPrep && !!next && !MENTION_SHAPE_RE6.test(next)));
  return { subject, modifier };
}

const byStart = (a: Mention, b: Mention): number => a.start - b.start;

const PRON_GENDER = new Map<string, 'm' | 'f'>([['he', 'm'], ['she', 'f'], ['он', 'm'], ['она', 'f']]);
const NOBODY: Entity = { key: '', name: '', role: null, size: 0, gender: null, person: false, nominative: false, count: 0 };

export class Cast {
  readonly entities = new Map<string, Entity>();
  private readonly mentions: Mention[] = [];
  private readonly byPara: Mention[][] = [];

  constructor(private readonly frames: Frame[], acts: Act[][], private readonly lang: Lang) {
    const subjects = new Set<Run>();
    const verbGender = new Map<Run, Gender>();
    for (const list of acts) {
      for (const a of list) {
        if (a.subj.kind === 'name' && a.subj.nominative) {
          subjects.add(a.subj.run);
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
    for (let sweep = 0; sweep < 2; sweep++) for (let para = 0; para < frames.length; para++) {
      const f = frames[para]!;
      if (heads[para]) continue;
      for (const run of f.runs) {
        const { name, role } = runSplit(run, lang);
        if (!name.length || (this.full(name, lang) ? sweep !== 0 : sweep !== 1)) continue;
        const key = this.keyFor(name, role);
        let words: string[] = [];
        for (const t of name) words.push(t.w);
        const nominative = lang !== 'ru' || subjects.has(run) || !RU_GENITIVE_BEFORE.test(f.frame.slice(Math.max(0, run.start - 12), run.start));
        if (lang === 'ru' && !nominative) words = ruNominative(words);
        const e = this.entities.get(key);
        const g = verbGender.get(run) ?? genderOf(name, role, lang);
        const better = !e || name.length > e.size || (name.length === e.size && nominative && !e.nominative);
        if (better) {
          if (key.startsWith('p:')) {
            const sur = key.slice(key.lastIndexOf(' ') + 1);
            const list = this.bySurname.get(sur) ?? [];
            if (!list.includes(key)) list.push(key);
            this.bySurname.set(sur, list);
          }
          this.entities.set(key, {
            key,
            // English names as written ("Prosecutor General's Office"); Russian ones in the nominative.
            name: lang === 'en' ? clean(f.text.slice(name[0]!.start, name[name.length - 1]!.end)) : words.join(' '),
            role: ruRoleBefore(f, run, lang) ?? (role.length ? roleText(f.text.slice(role[0]!.start, role[role.length - 1]!.end), lang) : null) ?? e?.role ?? null,
            size: name.length,
            gender: g ?? e?.gender ?? null,
            person: looksPerson(name, role, lang) || !!e?.person,
            nominative,
            count: (e?.count ?? 0) + 1,
          });
        } else {
          e.count++;
          if (!e.role && role.length) e.role = roleText(f.text.slice(role[0]!.start, role[role.length - 1]!.end), lang);
          if (!e.gender && g) e.gender = g;
          if (!e.person && looksPerson(name, role, lang)) e.person = true;
        }
        // Whoever speaks in the story is taken for a person unless the name says body or place.
        const ent = this.entities.get(key)!;
        if (!ent.person && subjects.has(run) && speakerLike(name, lang)) ent.person = true;
      }
    }
    // Roles written next to a verb ("заявил пресс-секретарь президента Дмитрий Песков").
    for (const list of acts) {
      for (const a of list) {
        if (a.subj.kind !== 'name' || !a.subj.role) continue;
        const e = this.entityOf(a.subj.run);
        if (e && !e.role && CAST_RE1.test(a.subj.role) && splitSpace(a.subj.role).length <= 8) e.role = clean(a.subj.role);
      }
    }
    for (const run of subjects) {
      const e = this.entityOf(run);
      if (e) this.speakers.add(e);
    }
    // Second pass: mentions, for pronoun resolution.
    for (let para = 0; para < frames.length; para++) {
      const f = frames[para]!;
      const list: Mention[] = [];
      if (heads[para]) { this.byPara.push(list); continue; }
      for (const run of f.runs) {
        const { name, role } = runSplit(run, lang);
        if (!name.length) continue;
        const entity = this.entities.get(this.keyFor(name, role))!;
        const { subject, modifier } = mentionShape(f, run, lang);
        if (!entity.person && !name.some((t) => EN_THING.has(t.w)) && (name.some((t) => EN_ORG.has(t.w) || CAST_RE2.test(t.w)) || (subject && speakerLike(name, lang) && !EN_PLACE.has(name[0]!.w)))) {
          this.bodies.add(entity);
        }
        const intro = name.length >= 2 && (role.length > 0 || CAST_RE3.test(f.frame.slice(run.end, run.end + 8)));
        // "Wines believes …", "Ban also kept …": a lone surname opening a sentence before a verb is a person.
        if (!entity.person && subject && speakerLike(name, lang) && name.length === 1
          && CAST_RE4.test(f.frame.slice(Math.max(0, run.start - 6), run.start))
          && (lang === 'ru' || CAST_RE5.test(f.frame.slice(run.end, run.end + 16)))) {
          entity.person = true;
        }
        list.push({ entity, para, sent: sentenceAt(f, run.start), start: run.start, end: run.end, subject, modifier, intro });
      }
      // Pronouns outside quotations carry a chain of reference ("Ban … He is … he said").
      for (const t of f.toks) {
        // (A Map, not an object: a word is not a property name, and "constructor" is no pronoun.)
        const g = t.w.length <= 3 ? PRON_GENDER.get(t.lw) : undefined;
        if (g) list.push({ entity: NOBODY, pron: g, para, sent: sentenceAt(f, t.start), start: t.start, end: t.end, subject: true, modifier: false, intro: false });
      }
      list.sort(byStart);
      this.byPara.push(list);
      this.mentions.push(...list);
    }
  }

  entityOf(run: Run): Entity | null {
    const { name, role } = runSplit(run, this.lang);
    if (!name.length) return null;
    return this.entities.get(this.keyFor(name, role)) ?? null;
  }

  /** Full English person names ("Hillary Clinton") key on first and last name, so relatives stay apart. */
  private full(name: Tok[], lang: Lang): boolean {
    return lang !== 'en' || name.length >= 2 || keyOf(name, lang).startsWith('org:');
  }

  private readonly bySurname = new Map<string, string[]>();

  /** The entity key of a name: a lone English surname joins the most mentioned person of that surname (and gender). */
  private keyFor(name: Tok[], role: Tok[]): string {
    const lang = this.lang;
    const base = keyOf(name, lang);
    if (lang !== 'en' || base.startsWith('org:')) return base;
    if (name.length >= 2) return `p:${name[0]!.lw} ${name[name.length - 1]!.lw}`;
    const list = this.bySurname.get(base);
    if (!list) return base;
    const g = genderOf(name, role, lang);
    let best: Entity | null = null;
    for (const k of list) {
      const e = this.entities.get(k);
      if (!e || (g && e.gender && e.gender !== g)) continue;
      if (!best || e.count > best.count) best = e;
    }
    return best?.key ?? base;
  }

  /**
   * The body a common noun stands for: the latest body whose name shares the noun ("the ministry" →
   * "Justice Ministry", "prosecutors" → "Prosecutor General's Office"), else the latest body at all.
   */
  resolveBody(para: number, pos: number, head: string): Entity | null {
    const stem = head.replace(RESOLVE_BODY_RE1, '').slice(0, this.lang === 'ru' ? 4 : 7);
    let any: Entity | null = null;
    for (let p = para; p >= 0 && p >= para - 3; p--) {
      const ms = this.byPara[p]!;
      for (let i = ms.length - 1; i >= 0; i--) {
        const m = ms[i]!;
        if ((p === para && m.end > pos) || m.pron) continue;
        // A lone unknown name that spoke ("Aeroflot, the country's largest airline, said") may be a body too.
        const ambiguous = m.entity.person && m.entity.size === 1 && !m.entity.gender;
        if (!this.bodies.has(m.entity) && !ambiguous) continue;
        if (m.entity.person && !ambiguous) continue;
        if (splitOn(NAME_GAP, m.entity.name.toLowerCase()).some((w) => w.startsWith(stem))) return m.entity;
        any = any ?? m.entity;
      }
    }
    return any;
  }

  /** Entities named like bodies: "Justice Ministry", "ADG Group", "Aeroflot", "МИД". */
  private readonly bodies = new Set<Entity>();

  /** Who announces what follows a paragraph ending in a colon: its last act, or its last sentence's subject. */
  announcer(para: number, acts: Act[]): Speaker | null {
    const f = this.frames[para]!;
    const lastSent = f.sents.length - 1;
    const act = [...acts].reverse().find((a) => sentenceAt(f, a.start) === lastSent);
    if (act) return this.speakerOf(act.subj, para, act.gender);
    const ms = this.byPara[para]!.filter((m) => m.sent === lastSent && m.entity.person && !m.modifier);
    const m = ms.find((x) => x.subject) ?? ms[0];
    return m ? { name: m.entity.name, role: m.entity.role, start: m.start, end: m.end } : null;
  }

  /** Remember who was quoted, so that "he said" can prefer them. */
  quoted(speaker: Speaker | null, para: number): void {
    if (!speaker) return;
    if (!this.byName) {
      this.byName = new Map();
      for (const e of this.entities.values()) if (!this.byName.has(e.name)) this.byName.set(e.name, e);
    }
    const e = this.byName.get(speaker.name);
    if (e) this.lastSpeaker = { entity: e, para };
  }

  private byName: Map<string, Entity> | null = null;

  /** The person the story is most about (named three times or more), for "the Republican nominee" far from any name. */
  protagonist(g: 'm' | 'f'): Entity | null {
    let best: Entity | null = null;
    for (const e of this.entities.values()) {
      if (!e.person || e.count < 3 || (e.gender && e.gender !== g)) continue;
      if (!best || e.count > best.count) best = e;
    }
    return best;
  }

  /** Who spoke last (set by the caller as quotes are attributed), for pronoun resolution. */
  lastSpeaker: { entity: Entity; para: number } | null = null;

  /**
   * The person a pronoun at (para, pos) stands for: among the people of the last few paragraphs whose
   * gender fits, the nearest, with a bonus for clause subjects, for the last speaker and for someone
   * just introduced with a role; names used as modifiers ("Clinton's campaign") do not count.
   */
  private readonly chain = new Map<Mention, Entity | null>();
  private readonly speakers = new Set<Entity>();
  /** Index of each paragraph's first sentence in the story. */
  private readonly sentBase: number[] = [];

  resolvePronoun(para: number, pos: number, gender: 'm' | 'f' | 'p' | 'x', verbGender: Gender, role?: RegExp, span = 2, depth = 0): Entity | null {
    if (gender === 'p' || gender === 'x') return null;
    const want: Gender = gender === 'm' || gender === 'f' ? gender : verbGender;
    let best: Entity | null = null;
    let bestScore = -Infinity;
    let bestSent = -1;
    const seen = new Set<Entity>();
    // Distance counts sentences, not names: a list of objects ("Joe Biden and Bernie Sanders") is no nearer.
    const here = this.sentBase[para]! + sentenceAt(this.frames[para]!, pos);
    let looked = 0;
    for (let p = para; p >= 0 && p >= para - span && looked < 120; p--) {
      const ms = this.byPara[p]!;
      for (let i = ms.length - 1; i >= 0 && looked < 120; i--) {
        const m = ms[i]!;
        if (p === para && m.end > pos) continue;
        // Looking further than a hundred names back is never needed and would make long texts slow.
        looked++;
        let entity = m.entity;
        if (m.pron) {
          if (depth >= 3 || role || (want && m.pron !== want)) continue;
          if (!this.chain.has(m)) this.chain.set(m, this.resolvePronoun(p, m.start, m.pron, null, undefined, 2, depth + 1));
          const e = this.chain.get(m);
          if (!e) continue;
          entity = e;
        }
        if (m.modifier || !entity.person) continue;
        if (want && entity.gender && entity.gender !== want) continue;
        if (role && !(entity.role && role.test(entity.role))) continue;
        const firstSeen = !seen.has(entity);
        seen.add(entity);
        const dist = here - (this.sentBase[p]! + m.sent);
        let score = -dist - (para - p) * 0.5 + (dist === 0 ? 1 : 0);
        if (m.subject) score += 1.5;
        // Someone who speaks elsewhere in the story is a likelier "he said" than someone only talked about.
        if (this.speakers.has(entity)) score += 0.5;
        if (m.intro && p >= para - 1) score += 1;
        if (firstSeen && this.lastSpeaker?.entity === entity && this.lastSpeaker.para >= para - 2) score += 1.5;
        // On a tie within one sentence the earlier name (the main clause's subject) wins.
        const sentKey = this.sentBase[p]! + m.sent;
        if (score > bestScore || (score === bestScore && sentKey === bestSent)) { bestScore = score; best = entity; bestSent = sentKey; }
      }
    }
    return best;
  }

  /** A transcript label ("WALLACE") as a speaker: the person of that surname, or the label in title case. */
  speakerOfLabel(label: string): Speaker {
    const words = splitSpace(label);
    const last = words[words.length - 1]!.toLowerCase().replace(SPEAKER_OF_LABEL_RE1, (c) => c.toUpperCase());
    const e = this.entities.get(this.keyFor([{ w: last, lw: last.toLowerCase(), start: 0, end: 0, poss: false, i: 0, first: null, last: null }], []));
    if (e && e.person) return { name: e.name, role: e.role };
    return { name: words.map((w) => w[0] + w.slice(1).toLowerCase()).join(' '), role: null };
  }

  /** The speaker an attribution names, or null when it cannot be told. */
  speakerOf(subj: Subject, para: number, verbGender: Gender): Speaker | null {
    if (subj.kind === 'name') {
      const f = this.frames[para]!;
      // "Prosecutors said …" at a sentence start: a common noun with a capital, for a body named before.
      const only = subj.run.toks.length === 1 ? subj.run.toks[0]!.lw : '';
      if (only && only !== 'kremlin' && BODY_HEAD.test(only) && SPEAKER_OF_RE1.test(f.frame.slice(Math.max(0, subj.run.start - 3), subj.run.start))) {
        const b = this.resolveBody(para, subj.run.start, only);
        if (b) return { name: b.name, role: b.role, start: subj.run.start, end: subj.run.end };
      }
      const e = this.entityOf(subj.run);
      if (!e) {
        // A run of role words only ("Foreign Minister"): keep it as written.
        return { name: f.text.slice(subj.run.start, subj.run.end), role: null, start: subj.run.start, end: subj.run.end };
      }
      // Bodies are named without an article: "Kremlin", "Foreign Ministry".
      const name = e.name;
      return { name, role: e.role ?? (subj.role ? clean(subj.role) : null), start: subj.run.start, end: subj.run.end };
    }
    if (subj.kind === 'pron') {
      const e = this.resolvePronoun(para, subj.start, subj.gender, verbGender);
      return e ? { name: e.name, role: e.role } : null;
    }
    // "— пояснил эксперт": the person with that role, else the nearest person.
    if (this.lang === 'ru' && RU_ROLE_WORDS.has(subj.text.toLowerCase()) && !BODY_HEAD.test(subj.text)) {
      const stem = subj.text.toLowerCase().slice(0, 5);
      const g: 'm' | 'f' = verbGender === 'f' ? 'f' : 'm';
      const e = this.resolvePronoun(para, subj.start, g, verbGender, new RegExp(stem, 'i'), 10)
        ?? this.resolvePronoun(para, subj.start, g, verbGender);
      if (e) return { name: e.name, role: e.role };
    }
    // "the ministry", "prosecutors", "the airline": the body named before.
    const body = BODY_HEAD.exec(subj.text);
    if (body) {
      const e = this.resolveBody(para, subj.start, body[1]!.toLowerCase());
      if (e) return { name: e.name, role: e.role };
    }
    // "the mayor", "the Vermont senator": the person of that role in the story, else the nearest person.
    const def = SPEAKER_OF_RE2.exec(subj.text);
    if (def && SPEAKER_OF_RE3.test(subj.text) || def && PERSON_ROLE[def[1]!] && !SPEAKER_OF_RE4.test(subj.text)) {
      const head = def![1]!;
      const g = SPEAKER_OF_RE5.test(head) ? 'f' : 'm';
      const byRole = PERSON_ROLE[head] ? this.resolvePronoun(para, subj.start, g, null, PERSON_ROLE[head], 60) : null;
      const e = byRole ?? (PERSON_HEAD.test(head) ? this.resolvePronoun(para, subj.start, g, null, undefined, 4) ?? this.protagonist(g) : null);
      if (e) return { name: e.name, role: e.role };
    }
    return { name: subj.text, role: null, start: subj.start, end: subj.end };
  }
}
