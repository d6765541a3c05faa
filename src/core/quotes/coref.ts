/**
 * Coreference: who a mention stands for. A name goes to its entity; a pronoun to the nearest compatible person
 * (gender, clause subject, last speaker, just introduced); a common noun for a body ("the ministry") to the body
 * named before; a definite description ("the mayor") to the person holding that title.
 *
 * Over ~350 lines, on purpose: it is one class because its resolutions call one another (an interview's "I" goes
 * through the pronoun chain, a body noun through the cues before it) and share the memo of pronoun chains; split
 * into modules, they would need the mention tables that Candidates keeps protected.
 */
import type { Speaker } from '../types';
import { splitOn, splitSpace } from '../text';
import { Candidates, clean, type Entity, type Mention } from './candidates';
import type { Cue, Gender, PronounGender, Subject } from './cues';
import { sentenceAt } from './frame';
import { introducedAs } from './introduced';
import { roleTitlesOf } from './lang/pack';
import { ACRONYM } from './tokens';

const REGEXPS = {
  pluralEnding: /(?:ies|s)$/,
  nameGap: /[\s’']+/g,
  firstChar: /^./,
  /** A line of dialogue: "— …" (an interview's question or answer). */
  dialogueLine: /^[\s\u00a0]*[—–][\s\u00a0]/,
  /** An interview's speaker label opening a paragraph: "Kostin: …", "Pavel Kostin: …" (one to three capitalised words). */
  speakerLabel: /^[\s\u00a0]*(\p{Lu}[\p{L}.'’-]*(?:[\s\u00a0]+\p{Lu}[\p{L}.'’-]*){0,2}):[\s\u00a0]/u,
  questionEnd: /\?[\s\u00a0]*$/,
  /** A sentence start right before a word: "Prosecutors said …". */
  sentenceStartBefore: /(?:^|[.!?¶"”»:])[\s\u00a0]*$/,
  leadingArticle: /^(?:the|The)[\s\u00a0]+/,
  /** "the ministry’s press service": the owner's noun (group 1). */
  ownerNoun: /^(?:the|The)[\s\u00a0]+([\p{Ll}-]+)[’']s[\s\u00a0]/u,
  /** "The press service": the part after the article (group 1). */
  partAfterArticle: /^(?:the|The)[\s\u00a0]+([\p{Ll}][\p{Ll}\s\u00a0-]*)$/u,
  /** "the court’s" right before a part's name: its owner's noun (group 1). */
  ownerBefore: /(?:^|[\s\u00a0])the[\s\u00a0]+([\p{Ll}-]+)[’']s$/u,
  /** " of the " right after a noun: its owner's name follows. */
  ofThe: /^[\s\u00a0]+of[\s\u00a0]+(?:the[\s\u00a0]+)?/,
  /** ", the state media regulator," right after a name: an aside saying what the named body is (group 1). */
  asideAfterName: /^,[\s\u00a0]+(?:the|a|an|its|their)[\s\u00a0]+([^,.;:"“”«»]{1,60}?)[\s\u00a0]*[,.;]/i,
  /** "The plant’s operator, " right before a name: the noun the name stands in apposition to (group 1). */
  nounBeforeName: /(?:^|[\s\u00a0])(?:the|its|their|\p{L}+[’']s)[\s\u00a0]+((?:[\p{Ll}-]+[\s\u00a0]+){0,2}[\p{Ll}-]+),[\s\u00a0]*$/iu,
};

/** Where a cue's subject is written. */
function subjectStart(s: Subject): number {
  return s.kind === 'name' ? s.run.start : s.start;
}

export class Cast extends Candidates {
  /**
   * The body a common noun stands for: the latest body whose name shares the noun ("the ministry" →
   * "Justice Ministry", "prosecutors" → "Prosecutor General's Office"), else the latest body at all.
   */
  resolveBody(para: number, pos: number, head: string, anyBody = true): Entity | null {
    const stem = head.replace(REGEXPS.pluralEnding, '').slice(0, this.pack.bodyStemLength);
    let any: Entity | null = null;
    // ("— заявили РБК в компании": a name between the verb and the noun is who was told, not the body.)
    const sent = sentenceAt(this.frames[para]!, pos);
    let verbEnd = pos;
    for (const c of this.cues[para]!) if (c.end <= pos && sentenceAt(this.frames[para]!, c.start) === sent) verbEnd = c.end;
    // A body whose name shares the noun may be named far back; any body at all only within three paragraphs.
    for (let p = para; p >= 0 && p >= para - 10; p--) {
      const ms = this.mentionsIn(p);
      for (let i = ms.length - 1; i >= 0; i--) {
        const m = ms[i]!;
        if ((p === para && (m.end > pos || m.start >= verbEnd)) || m.pron) continue;
        // A lone unknown name that spoke ("Aeroflot, the country's largest airline, said") may be a body too.
        // "The plant’s operator, Zelyonaya Liniya, denied …": a name in apposition to a body's noun is a body's,
        // whatever its words look like.
        const ambiguous = m.entity.person && ((m.entity.size === 1 && !m.entity.gender) || this.bodyAppositive(p, m));
        if (!this.bodies.has(m.entity) && !ambiguous) continue;
        if (m.entity.person && !ambiguous) continue;
        if (splitOn(REGEXPS.nameGap, m.entity.name.toLowerCase()).some((w) => w.startsWith(stem))) return m.entity;
        // «компания «Северный лес»» … «в компании заявили»: the noun the name in marks was introduced with.
        if (m.noun?.startsWith(stem)) return m.entity;
        // "Roskomnadzor, the state media regulator, said …" → "the regulator": the aside says what the body is.
        const aside = REGEXPS.asideAfterName.exec(this.frames[p]!.frame.slice(m.end, m.end + 80));
        if (aside && splitSpace(aside[1]!.toLowerCase()).some((w) => w.startsWith(stem))) return m.entity;
        // (A body introduced with its own noun, «завод «X»», is no referent for another noun: «в ведомстве».)
        // (Not a lone capitalised word only ever seen opening a sentence: «Сумма сделки …», «Число регионов …».)
        if (p >= para - 3 && !m.noun && !this.opensSentencesOnly(m.entity)) any = any ?? m.entity;
      }
    }
    return anyBody ? any : null;
  }

  /** The person named last before (para, pos), up to ten paragraphs back, right after text that `before` matches. */
  private nameAfter(para: number, pos: number, before: RegExp): Entity | null {
    for (let p = para; p >= 0 && p >= para - 10; p--) {
      const ms = this.mentionsIn(p);
      const f = this.frames[p]!;
      for (let i = ms.length - 1; i >= 0; i--) {
        const m = ms[i]!;
        if ((p === para && m.end > pos) || m.pron || m.modifier || !m.entity.person) continue;
        if (before.test(f.frame.slice(Math.max(0, m.start - 90), m.start))) return m.entity;
      }
    }
    return null;
  }

  /** The body each body noun (by its stem) was last taken for. */
  private readonly bodyByNoun = new Map<string, Entity>();

  /** Is a mention written right after a body's noun and a comma ("The plant’s operator, Zelyonaya Liniya,")? */
  private bodyAppositive(p: number, m: Mention): boolean {
    const f = this.frames[p]!;
    const noun = REGEXPS.nounBeforeName.exec(f.frame.slice(Math.max(0, m.start - 40), m.start));
    return !!noun && this.pack.bodyHead.test(noun[1]!);
  }

  /** A lone capitalised word written once, opening a sentence, and no body's word («Сумма сделки …», «Число регионов
   *  …»): a common noun, for all the text shows, not a body that the next «в клубе» could stand for. */
  private opensSentencesOnly(e: Entity): boolean {
    return e.size === 1 && e.count === 1 && !this.midSentence.has(e) && !this.inMarks.has(e) && !this.pack.isBodyWord(e.name) && !ACRONYM.test(e.name);
  }

  /** The last cue before (para, pos), in its paragraph or up to `back` before, whose subject `accept` takes. */
  private cueBefore(para: number, pos: number, back: number, accept: (c: Cue) => boolean): { cue: Cue; para: number } | null {
    for (let p = para; p >= 0 && p >= para - back; p--) {
      const list = this.cues[p]!;
      for (let i = list.length - 1; i >= 0; i--) {
        const c = list[i]!;
        // (Not the cue being resolved, nor one whose subject comes after it.)
        if (p === para && (c.start >= pos || subjectStart(c.subj) >= pos)) continue;
        if (accept(c)) return { cue: c, para: p };
      }
    }
    return null;
  }

  /** bodySubject as a function made once (a closure made per call loses its optimized code at every GC). */
  private readonly isBodyCue = (c: Cue): boolean => this.bodySubject(c);

  /** Does a cue's subject name a body (a name that is no person, or an office: «министерство …», «пресс-служба …»)? */
  private bodySubject(c: Cue): boolean {
    if (c.subj.kind === 'name') {
      const e = this.entityOf(c.subj.run);
      // (A lone unknown name that spoke — "Aeroflot, the country's largest airline, said" — may be a body.)
      return !!e && (!e.person || (e.size === 1 && !e.gender));
    }
    if (c.subj.kind !== 'nominal') return false;
    const words = splitSpace(c.subj.text);
    // (Or a body named in lower case after its article, "The Bryansk regional administration": its last word is a
    // body's noun.)
    return this.pack.bodyHead.test(words[0] ?? '') || (REGEXPS.leadingArticle.test(c.subj.text) && this.pack.bodyHead.test(words[words.length - 1]!));
  }

  /** Who announces what follows a paragraph ending in a colon: its last act, or its last sentence's subject. */
  announcer(para: number, acts: Cue[]): Speaker | null {
    const f = this.frames[para]!;
    const lastSent = f.sents.length - 1;
    const act = [...acts].reverse().find((a) => sentenceAt(f, a.start) === lastSent);
    if (act) return this.speakerOf(act.subj, para, act.gender);
    const ms = this.mentionsIn(para).filter((m) => m.sent === lastSent && m.entity.person && !m.modifier);
    const m = ms.find((x) => x.subject) ?? ms[0];
    return m ? { name: m.entity.name, role: m.entity.role, start: m.start, end: m.end, paragraph: para } : this.subjectSpeaker(para);
  }

  /**
   * Who a paragraph's first sentence names when it points back at the quotation standing alone before it ("That was
   * how X summed up …", «Этими словами бывший вице-губернатор …»): the first person it names, else its subject when
   * that is a role noun standing for a person.
   */
  pointedBackBy(para: number): Speaker | null {
    const f = this.frames[para]!;
    const first = f.sents[0];
    if (!first || !this.pack.pointsBack?.(f.frame.slice(first[0], first[1]))) return null;
    for (const m of this.mentionsIn(para)) {
      if (m.sent === 0 && m.entity.person && !m.modifier && !m.pron) return { name: m.entity.name, role: m.entity.role, start: m.start, end: m.end, paragraph: para };
    }
    const subj = this.pack.sentenceSubject(f, first[0], first[1]);
    if (!subj || subj.kind !== 'nominal') return null;
    const person = this.pack.roleNounOf ? this.pack.roleNounOf(subj.text) : this.pack.describedPerson(subj.text)?.personHead;
    return person ? this.speakerOf(subj, para, null) : null;
  }

  /**
   * The person or body a paragraph's last sentence is about, when its subject is one ("Valastro praised …",
   * "He then listed …", "the DNC issued a statement …"): who a quotation standing alone right after it is by.
   */
  subjectSpeaker(para: number): Speaker | null {
    const f = this.frames[para]!;
    const last = f.sents[f.sents.length - 1];
    const subj = last ? this.pack.sentenceSubject(f, last[0], last[1]) : null;
    if (!subj || subj.kind === 'nominal') return null;
    // (A body only when its name says so, "the DNC", "Justice Ministry": a lone capitalised word opening a
    // sentence, "Wait, …", "Voices …", is no one.)
    if (subj.kind === 'name') {
      const e = this.entityOf(subj.run);
      const named = subj.run.toks.some((t) => this.pack.isBodyWord(t.w) || ACRONYM.test(t.w));
      if (!e || !(e.person || (named && this.bodies.has(e)))) return null;
    }
    return this.speakerOf(subj, para, null);
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
  protagonist(g: 'm' | 'f' | null): Entity | null {
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
   * just introduced with a role; names used as modifiers ("Clinton's campaign") do not count. A null gender (a
   * description that shows none, "the 45-year-old") takes whatever the verb shows, else anyone.
   */
  private readonly chain = new Map<Mention, Entity | null>();

  resolvePronoun(para: number, pos: number, gender: PronounGender | null, verbGender: Gender, role?: RegExp, span = 2, depth = 0): Entity | null {
    if (gender === 'p' || gender === 'x' || gender === 'y') return null;
    const want: Gender = gender === 'm' || gender === 'f' ? gender : verbGender;
    let best: Entity | null = null;
    let bestScore = -Infinity;
    let bestSent = -1;
    const seen = new Set<Entity>();
    // A person made the subject of a sentence after the last speaker's quotation interrupts them: "he" after
    // "[X: “…”] Mr. Scott, who …, portrayed …" is less likely X.
    let interrupted = false;
    // Distance counts sentences, not names: a list of objects ("Joe Biden and Bernie Sanders") is no nearer.
    const here = this.sentBase[para]! + sentenceAt(this.frames[para]!, pos);
    let looked = 0;
    for (let p = para; p >= 0 && p >= para - span && looked < 120; p--) {
      const ms = this.mentionsIn(p);
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
        // A clause subject whose gender the story showed (a title, a given name, "X said she") is likelier than
        // one whose gender is unknown; how much depends on how often the language's names show no gender.
        if (want && m.subject && entity.gender === want) score += this.pack.shownGenderWeight ?? 0;
        // Someone who speaks elsewhere in the story is a likelier "he said" than someone only talked about.
        if (this.speakers.has(entity)) score += 0.5;
        if (m.intro && p >= para - 1) score += 1;
        if (firstSeen && this.lastSpeaker?.entity === entity && this.lastSpeaker.para >= para - 2 && !interrupted) score += 1.5;
        // (So does anyone who speaks there, however their name is written: "The club's director, Yulia Vetrova, said".)
        if ((m.subject || m.said) && !m.pron && this.lastSpeaker && entity !== this.lastSpeaker.entity && p > this.lastSpeaker.para) interrupted = true;
        // On a tie within one sentence the earlier name (the main clause's subject) wins.
        const sentKey = this.sentBase[p]! + m.sent;
        if (score > bestScore || (score === bestScore && sentKey === bestSent)) { bestScore = score; best = entity; bestSent = sentKey; }
      }
    }
    return best;
  }

  /**
   * "I" in an interview's answer ("— Я в перерыве сказал ребятам: «…»", or a paragraph right after a question
   * paragraph in an interview with no marks, "What did you find? / … I wrote to the governor: “…”") is the one
   * interviewed: the person the last narrated paragraph before the dialogue is about. Not in a question, nor outside
   * a dialogue (the narrator's own "I").
   */
  private interviewee(para: number): Entity | null {
    const text = this.frames[para]!.text;
    // "Kostin: … I told the ministry, “…”": a labelled paragraph's "I" is the person its label names, whoever asks.
    const label = REGEXPS.speakerLabel.exec(text);
    if (label) return this.labelled(label[1]!);
    if (this.asks(para) || !(REGEXPS.dialogueLine.test(text) || this.answer(para) || this.answerGoesOn(para))) return null;
    return this.introducedBefore(para);
  }

  /** "You" in an interview's question ("— Вы написали, что «…». Почему?", "You have written that “…”. Why?") is the
   *  one interviewed; anywhere else, nobody the text can tell. */
  private addressee(para: number): Entity | null {
    const text = this.frames[para]!.text;
    const asked = REGEXPS.dialogueLine.test(text) ? this.asks(para) : this.question(para);
    return asked ? this.introducedBefore(para) : null;
  }

  /** The person the last narrated paragraph before an interview's dialogue is about: back past the dialogue, and past
   *  lines that name nobody ("The interview has been edited for length."), to the introduction. */
  private introducedBefore(para: number): Entity | null {
    for (let p = para - 1; p >= 0 && p >= para - 60; p--) {
      if (REGEXPS.dialogueLine.test(this.frames[p]!.text) || this.question(p) || this.answer(p) || this.answerGoesOn(p)) continue;
      let found: Entity | null = null;
      for (const m of this.mentionsIn(p)) {
        const e = m.pron ? this.resolvePronoun(p, m.start, m.pron, null) : m.entity;
        if (!e || !e.person || m.modifier) continue;
        if (m.subject) return e;
        found ??= e;
      }
      if (found) return found;
    }
    return null;
  }

  /** A question paragraph of an interview with no marks: it ends in "?" outside any quotation, and the text has at
   *  least two (one question alone is rhetoric, not an interview). Or, where questions are statements ("You met the
   *  owner.", "Tell us how it began."), a paragraph of one sentence that addresses someone and is answered in the first
   *  person by the next, when the text has at least two such pairs and no question paragraph ends in "?". */
  private question(p: number): boolean {
    if (this.questions === null) {
      const questions = (this.questions = new Set<number>());
      this.frames.forEach((f, i) => { if (REGEXPS.questionEnd.test(f.frame)) questions.add(i); });
      if (questions.size < 2) questions.clear();
      const turn = this.pack.interviewTurn;
      if (!questions.size && turn) {
        for (let i = 0; i + 1 < this.frames.length; i++) {
          const f = this.frames[i]!;
          if (f.sents.length === 1 && turn(f.frame) === 'asks' && turn(this.frames[i + 1]!.frame) === 'answers') questions.add(i);
        }
        if (questions.size < 2) questions.clear();
      }
    }
    return this.questions.has(p);
  }

  private questions: Set<number> | null = null;

  /** A paragraph that goes on with the answer line before it ("— Беднее стали не все … / Я в отчете так и написал:
   *  «…»"): no dialogue line itself, right after one that asks nothing. */
  private answerGoesOn(p: number): boolean {
    if (p === 0 || REGEXPS.dialogueLine.test(this.frames[p]!.text)) return false;
    const prev = this.frames[p - 1]!.text;
    return REGEXPS.dialogueLine.test(prev) && !this.asks(p - 1);
  }

  /**
   * Is paragraph p the interviewer's? A dialogue of «— …» lines alternates, the interviewer's line first, whether or
   * not a question ends in "?" («— Расскажите, как вы узнали.», «— С директором вы встречались.») and whether or not
   * an answer does («… Что я могу ей ответить?»): in a dialogue of at least four lines, a line's turn decides. A
   * paragraph with no dash after an answer goes on with it; any other ends the dialogue. Elsewhere (a lone dialogue
   * line, a paragraph with no dash), a question ends in "?".
   */
  private asks(p: number): boolean {
    if (this.turns === null) {
      const turns = (this.turns = new Map<number, boolean>());
      let run: number[] = [];
      const close = (): void => {
        if (run.length >= 4) run.forEach((q, i) => turns.set(q, i % 2 === 0));
        run = [];
      };
      this.frames.forEach((f, i) => {
        if (REGEXPS.dialogueLine.test(f.text)) run.push(i);
        else if (!run.length || run.length % 2 === 1) close();
      });
      close();
    }
    return this.turns.get(p) ?? (REGEXPS.questionEnd.test(this.frames[p]!.text) || this.question(p));
  }

  private turns: Map<number, boolean> | null = null;

  /** An answer paragraph of an interview with no marks: right after a question paragraph, not itself a question. */
  private answer(p: number): boolean {
    return p > 0 && this.question(p - 1) && !this.question(p);
  }

  /** The person a label names by their surname ("WALLACE", "Kostin", "Pavel Kostin"), if the story names them. */
  private labelled(label: string): Entity | null {
    const words = splitSpace(label);
    const last = words[words.length - 1]!.toLowerCase().replace(REGEXPS.firstChar, (c) => c.toUpperCase());
    const e = this.entities.get(this.keyFor([{ w: last, lw: last.toLowerCase(), start: 0, end: 0, poss: false, i: 0, first: null, last: null }], []));
    return e && e.person ? e : null;
  }

  /** A transcript label ("WALLACE") as a speaker: the person of that surname, or the label in title case. */
  speakerOfLabel(label: string): Speaker {
    const e = this.labelled(label);
    return e ? { name: e.name, role: e.role } : { name: splitSpace(label).map((w) => w[0] + w.slice(1).toLowerCase()).join(' '), role: null };
  }

  /** Who issued a text ("statement") met before (para, pos), in its paragraph or the one before: the subject of the verb
   *  that brought it in when written after the sentence's last name ("Spartak fired coach X …, the club said in a
   *  statement": the club), else the name written last before the word in its sentence ("the Central Bank said in a
   *  statement"), or null. */
  private issuerOf(para: number, pos: number, word: string): Speaker | null {
    for (let p = para; p >= 0 && p >= para - 1; p--) {
      const f = this.frames[p]!;
      const at = f.frame.toLowerCase().lastIndexOf(word, p === para ? pos - 1 : f.frame.length);
      if (at < 0) continue;
      const sent = sentenceAt(f, at);
      let last: Mention | null = null;
      for (const m of this.mentionsIn(p)) if (m.sent === sent && m.end <= at && !m.pron && !m.modifier) last = m;
      let verb: Cue | null = null;
      for (const c of this.cues[p]!) if (c.end <= at && sentenceAt(f, c.start) === sent && c.subj.kind !== 'name') verb = c;
      if (verb && subjectStart(verb.subj) > (last ? last.start : -1)) {
        const sp = this.resolveSubject(verb.subj, p, verb.gender);
        if (sp) return { name: sp.name, role: sp.role };
      }
      return last ? { name: last.entity.name, role: last.entity.role } : null;
    }
    return null;
  }

  /** The owner's body noun of a body's part: written in the phrase ("the ministry’s press service" → "ministry"), else
   *  with the same part in this paragraph or the one before ("… through the court’s press service. The press service
   *  said …" → "court"); null when there is none. */
  private ownerOfPart(para: number, pos: number, text: string): string | null {
    const own = REGEXPS.ownerNoun.exec(text);
    if (own) return this.pack.bodyHead.test(own[1]!) ? own[1]!.toLowerCase() : null;
    const part = REGEXPS.partAfterArticle.exec(text)?.[1];
    if (!part) return null;
    for (let p = para; p >= 0 && p >= para - 1; p--) {
      const frame = this.frames[p]!.frame;
      const upTo = p === para ? pos : frame.length;
      const at = frame.lastIndexOf(` ${part}`, upTo - 1);
      const m = at > 0 ? REGEXPS.ownerBefore.exec(frame.slice(Math.max(0, at - 40), at)) : null;
      if (m && this.pack.bodyHead.test(m[1]!)) return m[1]!.toLowerCase();
    }
    return null;
  }

  /** The speaker an attribution names, or null when it cannot be told. */
  speakerOf(subj: Subject, para: number, verbGender: Gender): Speaker | null {
    const sp = this.resolveSubject(subj, para, verbGender);
    if (sp) sp.paragraph = para;
    return sp;
  }

  /** The speaker of a subject; offsets always those of the subject's own mention (a pronoun, a nominal phrase). */
  private resolveSubject(subj: Subject, para: number, verbGender: Gender): Speaker | null {
    if (subj.kind === 'name') {
      const f = this.frames[para]!;
      // "Prosecutors said …" at a sentence start: a common noun with a capital, for a body named before.
      const only = subj.run.toks.length === 1 ? subj.run.toks[0]!.lw : '';
      if (only && this.pack.bodyHead.test(only) && REGEXPS.sentenceStartBefore.test(f.frame.slice(Math.max(0, subj.run.start - 3), subj.run.start))) {
        const b = this.resolveBody(para, subj.run.start, only);
        if (b) return { name: b.name, role: b.role, start: subj.run.start, end: subj.run.end };
      }
      const e = this.entityOf(subj.run);
      if (!e) {
        // "Посол, как сообщил источник, пообещал", "Представитель Кремля назвал": a role (with its body), capitalised
        // at a sentence start, stands for its holder like the same words in lower case.
        const text = f.text.slice(subj.run.start, subj.run.end);
        if (this.pack.roleNounOf?.(text)) {
          const held = this.resolveSubject({ kind: 'nominal', text, start: subj.run.start, end: subj.run.end }, para, verbGender);
          if (held && held.name !== text) return held;
        }
        // A run of role words only ("Foreign Minister"): keep it as written.
        return { name: f.text.slice(subj.run.start, subj.run.end), role: null, start: subj.run.start, end: subj.run.end };
      }
      // Bodies are named without an article: "Kremlin", "Foreign Ministry".
      const name = e.name;
      return { name, role: e.role ?? (subj.role ? clean(subj.role) : null), start: subj.run.start, end: subj.run.end };
    }
    if (subj.kind === 'pron') {
      const e = subj.gender === 'x' ? this.interviewee(para) : subj.gender === 'y' ? this.addressee(para) : this.resolvePronoun(para, subj.start, subj.gender, verbGender);
      if (e) return { name: e.name, role: e.role, start: subj.start, end: subj.end };
      // "Одна из матерей, попросившая не называть фамилию, рассказала … «…», — рассказала она": with nobody of that
      // gender named, the unnamed source whose verb showed the gender just before.
      const g = subj.gender;
      // (Or, where verbs show no gender, "A senior executive …, who spoke on condition of anonymity, said …" … "he said":
      // the unnamed person whose verb came just before, not a body or a document.)
      const prev = g === 'm' || g === 'f' ? this.cueBefore(para, subj.start, 1, (c) => c.subj.kind === 'nominal'
        && (c.gender === g || (c.gender === null && !this.pack.bodyHead.test(c.subj.text) && !this.pack.documentNoun?.test(c.subj.text) && !this.pack.bodyPart?.test(c.subj.text)))) : null;
      return prev && prev.cue.subj.kind === 'nominal' ? { name: prev.cue.subj.text, role: null, start: subj.start, end: subj.end } : null;
    }
    // "— говорит собеседница «Медузы»": whoever spoke just before, when the story named them; else the noun stands.
    const talker = this.pack.interlocutor?.(subj.text);
    if (talker) {
      const prev = this.cueBefore(para, subj.start, 2, (c) => !(c.subj.kind === 'nominal' && this.pack.interlocutor!(c.subj.text)));
      const ps = prev?.cue.subj;
      const e = !ps ? null : ps.kind === 'name' ? this.entityOf(ps.run)
        : ps.kind === 'pron' ? this.resolvePronoun(prev!.para, ps.start, ps.gender, prev!.cue.gender) : null;
      const want = talker === 'x' ? verbGender : talker;
      if (e && e.person && (!want || !e.gender || e.gender === want)) return { name: e.name, role: e.role, start: subj.start, end: subj.end };
      return { name: subj.text, role: null, start: subj.start, end: subj.end };
    }
    // "the defendant" after "a court sentenced theater critic X", «подсудимого» after «суд приговорил учителя X»:
    // whoever the story says was sentenced, charged … (a role noun's nearest holder would be the prosecutor).
    const doneTo = this.pack.doneToBefore?.(subj.text);
    const patient = doneTo ? this.nameAfter(para, subj.start, doneTo) : null;
    if (patient) return { name: patient.name, role: patient.role, start: subj.start, end: subj.end };
    // "— пояснил эксперт": the person with that role, else the nearest person.
    const roleNoun = this.pack.roleNounOf ? this.pack.roleNounOf(subj.text) : this.pack.isRoleNoun(subj.text.toLowerCase()) ? subj.text.toLowerCase() : null;
    if (roleNoun) {
      // "директор фонда": a role noun heading a body's complement is that body's office, held by whoever was
      // introduced with the role, not by the nearest person ("представитель компании" may be anyone).
      const ofBody = this.pack.bodyHead.test(subj.text);
      const byRole = roleTitlesOf(this.pack, roleNoun, ofBody);
      // A verb in the present says no gender ("вспоминает директор"): a masculine role noun is used for women too.
      const genders: ('m' | 'f')[] = verbGender === 'f' ? ['f'] : verbGender === 'm' ? ['m'] : ['m', 'f'];
      let e: Entity | null = null;
      // The holder of the role in the same paragraph; else, for a plain role noun, whoever the paragraph is about
      // ("Наставник ЦСКА X похвалил игроков. «…», — отметил тренер": a role is written with many nouns); else
      // the holder of the role further back, else the nearest person.
      for (const g of genders) e ??= this.resolvePronoun(para, subj.start, g, verbGender, byRole, 0);
      if (!ofBody) for (const g of genders) e ??= this.resolvePronoun(para, subj.start, g, verbGender, undefined, 0);
      for (const g of genders) e ??= this.resolvePronoun(para, subj.start, g, verbGender, byRole, 10);
      if (!ofBody) e ??= this.resolvePronoun(para, subj.start, genders[0]!, verbGender);
      if (e) return { name: e.name, role: e.role, start: subj.start, end: subj.end };
      // (A person's office with its body, "глава фонда", is not the body.)
      if (ofBody) return { name: subj.text, role: null, start: subj.start, end: subj.end };
    }
    // "— сказал агент" after "агент футболиста Игорь N": a noun no role list holds, for whom it introduced.
    const stem = roleNoun || this.pack.bodyHead.test(subj.text) ? null : this.pack.introNounStem?.(subj.text);
    const introduced = stem ? introducedAs(this.frames, (p) => this.mentionsIn(p), para, subj.start, stem, verbGender, this.pack.introNameStart) : null;
    if (introduced) return { name: introduced.name, role: introduced.role, start: subj.start, end: subj.end };
    // "the ministry", "prosecutors", "the airline": the body named before.
    // (A noun with its own complement, "пресс-служба Мещанского суда", names the body itself.)
    const body = splitSpace(subj.text).length <= 2 ? this.pack.bodyHead.exec(subj.text) : null;
    if (body) {
      const head = body[1]!.toLowerCase();
      let e = this.resolveBody(para, subj.start, head, false);
      // "В Минтрансе пояснили … — сказали в министерстве": else the body that spoke just before, in this paragraph
      // (further back, a body named since is likelier: "Prosecutors said … Aeroflot … the airline said").
      const prev = e ? null : this.cueBefore(para, subj.start, 0, (c) => this.bodySubject(c));
      if (prev) {
        const sp = this.resolveSubject(prev.cue.subj, prev.para, prev.cue.gender);
        if (sp) return { name: sp.name, role: sp.role, start: subj.start, end: subj.end };
      }
      // (The same noun stands for the same body through the story: «в компании» far from «Минутка» is the company an
      // earlier «в компании» was, not whatever body was named last.)
      const stem = head.slice(0, this.pack.bodyStemLength);
      e ??= this.bodyByNoun.get(stem) ?? null;
      // ("The metallurgists’ lobby, the Russian Steel association, has asked …" … "the association said": a body named
      // before with this very noun, whatever its verb, comes before any body named last.)
      const withNoun = e ? null : this.pack.bodyNamedBefore?.(this.frames, para, subj.start, subj.text);
      if (withNoun) return { name: withNoun, role: null, start: subj.start, end: subj.end };
      e ??= this.resolveBody(para, subj.start, head);
      if (e) {
        this.bodyByNoun.set(stem, e);
        return { name: e.name, role: e.role, start: subj.start, end: subj.end };
      }
    }
    // «В пресс-службе министерства подтвердили … — заявили там»: the office that spoke just before, else the last body.
    if (this.pack.thereWord?.test(subj.text)) {
      const prev = this.cueBefore(para, subj.start, 1, this.isBodyCue);
      const sp = prev ? this.resolveSubject(prev.cue.subj, prev.para, prev.cue.gender) : null;
      if (sp) return { name: sp.name, role: sp.role, start: subj.start, end: subj.end };
      const e = this.resolveBody(para, subj.start, '');
      if (e) return { name: e.name, role: e.role, start: subj.start, end: subj.end };
    }
    // "the regional branch of the Emergencies Ministry": a part of a body speaks for the body named right after it.
    if (this.pack.bodyPart?.test(subj.text)) {
      const f = this.frames[para]!;
      const of = REGEXPS.ofThe.exec(f.frame.slice(subj.end, subj.end + 9));
      const run = of ? f.byStart.get(subj.end + of[0].length) : undefined;
      const e = run ? this.entityOf(run) : null;
      if (e && !e.person) return { name: e.name, role: e.role, start: subj.start, end: subj.end };
      // "the ministry’s press service": the body its owner's noun stands for; "The press service said" right after
      // "sent through the court’s press service": the owner written with the same part just before.
      const owner = of ? null : this.ownerOfPart(para, subj.start, subj.text);
      const byOwner = owner ? this.resolveSubject({ kind: 'nominal', text: `the ${owner}`, start: subj.start, end: subj.end }, para, verbGender) : null;
      if (byOwner && byOwner.name !== `the ${owner}`) return { name: byOwner.name, role: byOwner.role, start: subj.start, end: subj.end };
      // ("its press service said" with no owner after it: the body that spoke just before.)
      const prev = of ? null : this.cueBefore(para, subj.start, 1, this.isBodyCue);
      const sp = prev ? this.resolveSubject(prev.cue.subj, prev.para, prev.cue.gender) : null;
      if (sp) return { name: sp.name, role: sp.role, start: subj.start, end: subj.end };
    }
    // "The Central Bank said in a statement … “…,” the statement said": whoever the sentence that brought the text in
    // names last before it ("The Times said Cook provided a written statement": Cook), else the body whose
    // attribution came just before.
    if (this.pack.documentNoun?.test(subj.text)) {
      // ("the IMF report": the issuer named inside the phrase.)
      const art = REGEXPS.leadingArticle.exec(subj.text);
      const inner = art ? this.frames[para]!.byStart.get(subj.start + art[0].length) : undefined;
      const owner = inner && inner.end < subj.end ? this.entityOf(inner) : null;
      const e = owner && !owner.person ? { name: owner.name, role: owner.role } : this.issuerOf(para, subj.start, subj.text.slice(subj.text.lastIndexOf(' ') + 1).toLowerCase());
      const prev = e ? null : this.cueBefore(para, subj.start, 1, this.isBodyCue);
      const sp = e ?? (prev ? this.resolveSubject(prev.cue.subj, prev.para, prev.cue.gender) : null);
      if (sp) return { name: sp.name, role: sp.role, start: subj.start, end: subj.end };
    }
    // "the mayor", "the Vermont senator": the person of that role in the story, else the nearest person.
    const def = this.pack.describedPerson(subj.text);
    if (def) {
      const g = def.gender;
      // (A head with no title of its own, "the lawyer", stands for whoever was introduced with it: "defense lawyer X".)
      const byTitle = def.title ? this.resolvePronoun(para, subj.start, g, null, def.title, 60)
        : def.personHead && !g ? this.resolvePronoun(para, subj.start, g, null, roleTitlesOf(this.pack, def.head, false), 60) : null;
      // A description with no title ("the 59-year-old", "the two-time champion") right after a quotation is the
      // voice just quoted, when that voice fits it.
      const last = !def.title && def.personHead ? this.lastSpeaker : null;
      const quotedJustNow = last && last.para >= para - 1 && last.entity.person && (!g || !last.entity.gender || last.entity.gender === g) ? last.entity : null;
      const e = byTitle ?? quotedJustNow ?? (def.personHead ? this.resolvePronoun(para, subj.start, g, null, undefined, 4) ?? this.protagonist(g) : null);
      if (e) return { name: e.name, role: e.role, start: subj.start, end: subj.end };
    }
    // "the department" after "The Sverdlovsk region’s culture department ordered …": the body named with that noun.
    const before = this.pack.bodyNamedBefore?.(this.frames, para, subj.start, subj.text);
    if (before) return { name: before, role: null, start: subj.start, end: subj.end };
    // "The Energy Ministry": an article and a body's name is that body, named without the article.
    const art = REGEXPS.leadingArticle.exec(subj.text);
    const run = art ? this.frames[para]!.byStart.get(subj.start + art[0].length) : undefined;
    const named = run && run.end === subj.end ? this.entityOf(run) : null;
    if (named) return { name: named.name, role: named.role, start: subj.start, end: subj.end };
    // "The Bryansk regional administration": a body named in lower case after a capitalised word, without the article.
    if (run && art && this.pack.bodyHead.test(subj.text.slice(subj.text.lastIndexOf(' ') + 1))) {
      return { name: subj.text.slice(art[0].length), role: null, start: subj.start, end: subj.end };
    }
    return { name: subj.text, role: null, start: subj.start, end: subj.end };
  }
}
