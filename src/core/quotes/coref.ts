/**
 * The story's people and bodies: every capitalised name outside quotations, grouped by surname
 * (Russian: by stem), named by the fullest mention; pronouns resolve to the nearest compatible person.
 */
import type { Lang, Speaker } from '../types';
import type { Act, Subject } from './acts';
import type { Frame } from './frame';
import { sentenceAt } from './frame';
import { genderOf, looksPerson, speakerLike, nameKey, ruNominative, splitRole, type Entity, type Gender, type Run } from './names';

interface Mention {
  entity: Entity;
  para: number;
  sent: number;
  start: number;
  end: number;
}

const clean = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ').trim();

const RU_GENITIVE_BEFORE = /(?:словам|мнению|заявлении|сообщении|письме|обращении|данным|оценке|у|от|для|из|без|против|около|после|с|со)\s*$/i;

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
    // First pass: the fullest mention of each surname.
    frames.forEach((f) => {
      for (const run of f.runs) {
        const { name, role } = splitRole(run.toks, lang);
        if (!name.length) continue;
        const key = nameKey(name[name.length - 1]!.w, lang);
        let words = name.map((t) => t.w);
        const nominative = lang !== 'ru' || subjects.has(run) || !RU_GENITIVE_BEFORE.test(f.frame.slice(Math.max(0, run.start - 12), run.start));
        if (lang === 'ru' && !nominative) words = ruNominative(words);
        const e = this.entities.get(key);
        const g = verbGender.get(run) ?? genderOf(name, role, lang);
        const better = !e || name.length > e.size || (name.length === e.size && nominative && !e.nominative);
        if (better) {
          this.entities.set(key, {
            key,
            name: words.join(' '),
            role: role.length ? clean(f.text.slice(role[0]!.start, role[role.length - 1]!.end)) : e?.role ?? null,
            size: name.length,
            gender: g ?? e?.gender ?? null,
            person: looksPerson(name, role, lang) || !!e?.person,
            nominative,
            count: (e?.count ?? 0) + 1,
          });
        } else {
          e.count++;
          if (!e.role && role.length) e.role = clean(f.text.slice(role[0]!.start, role[role.length - 1]!.end));
          if (!e.gender && g) e.gender = g;
          if (!e.person && looksPerson(name, role, lang)) e.person = true;
        }
        // Whoever speaks in the story is taken for a person unless the name says body or place.
        const ent = this.entities.get(key)!;
        if (!ent.person && subjects.has(run) && speakerLike(name, lang)) ent.person = true;
      }
    });
    // Second pass: mentions, for pronoun resolution.
    frames.forEach((f, para) => {
      const list: Mention[] = [];
      for (const run of f.runs) {
        const { name } = splitRole(run.toks, lang);
        if (!name.length) continue;
        const entity = this.entities.get(nameKey(name[name.length - 1]!.w, lang))!;
        list.push({ entity, para, sent: sentenceAt(f, run.start), start: run.start, end: run.end });
      }
      this.byPara.push(list);
      this.mentions.push(...list);
    });
  }

  entityOf(run: Run): Entity | null {
    const { name } = splitRole(run.toks, this.lang);
    if (!name.length) return null;
    return this.entities.get(nameKey(name[name.length - 1]!.w, this.lang)) ?? null;
  }

  /** Nearest person before (para, pos) whose gender fits: the first one of the closest sentence. */
  resolvePronoun(para: number, pos: number, gender: 'm' | 'f' | 'p' | 'x', verbGender: Gender): Entity | null {
    if (gender === 'p' || gender === 'x') return null;
    const want: Gender = gender === 'm' || gender === 'f' ? gender : verbGender;
    for (let p = para; p >= 0 && p >= para - 3; p--) {
      const f = this.frames[p]!;
      const ms = this.byPara[p]!.filter((m) => (p < para || m.end <= pos) && m.entity.person && (!want || m.entity.gender !== (want === 'm' ? 'f' : 'm')));
      if (!ms.length) continue;
      const last = ms[ms.length - 1]!;
      const sent = ms.filter((m) => m.sent === last.sent);
      void f;
      return sent[0]!.entity;
    }
    return null;
  }

  /** A transcript label ("WALLACE") as a speaker: the person of that surname, or the label in title case. */
  speakerOfLabel(label: string): Speaker {
    const words = label.split(/\s+/);
    const e = this.entities.get(nameKey(words[words.length - 1]!.toLowerCase().replace(/^./, (c) => c.toUpperCase()), this.lang));
    if (e && e.person) return { name: e.name, role: e.role };
    return { name: words.map((w) => w[0] + w.slice(1).toLowerCase()).join(' '), role: null };
  }

  /** The speaker an attribution names, or null when it cannot be told. */
  speakerOf(subj: Subject, para: number, verbGender: Gender): Speaker | null {
    if (subj.kind === 'name') {
      const e = this.entityOf(subj.run);
      const f = this.frames[para]!;
      if (!e) {
        // A run of role words only ("Foreign Minister"): keep it as written.
        return { name: f.text.slice(subj.run.start, subj.run.end), role: null, start: subj.run.start, end: subj.run.end };
      }
      let name = e.name;
      if (this.lang === 'en' && !e.person && /^the\s+$/i.test(f.text.slice(Math.max(0, subj.run.start - 4), subj.run.start))) {
        name = 'the ' + name;
      }
      return { name, role: e.role ?? (subj.role ? clean(subj.role) : null), start: subj.run.start, end: subj.run.end };
    }
    if (subj.kind === 'pron') {
      const e = this.resolvePronoun(para, subj.start, subj.gender, verbGender);
      return e ? { name: e.name, role: e.role } : null;
    }
    return { name: subj.text, role: null, start: subj.start, end: subj.end };
  }
}
