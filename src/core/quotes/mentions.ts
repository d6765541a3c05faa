/**
 * A paragraph's mentions for coreference (coref.ts): each name with its shape in the sentence, each body named with
 * its noun, each third-person pronoun, in text order. Listed when coreference first looks at the paragraph
 * (Candidates.mentionsIn): it looks back a few paragraphs from a quotation, so most stories' last paragraphs are
 * never listed (docs/performance.md, "Quotes").
 */
import type { Entity, Mention } from './candidates';
import { sentenceAt, type Frame } from './frame';
import type { LangPack } from './lang/pack';
import { mentionShape } from './mention-shape';
import { runSplit, type Run } from './runs';

const REGEXPS = {
  /** ", the …" / ", a …" after a name: an appositive that introduces the person. */
  appositiveNext: /^[\s\u00a0]*,[\s\u00a0]+(?:the\s+|a\s+|an\s+)?\p{Ll}/u,
};

/** A body a paragraph names with its noun («компания «X»», LangPack.namedBodies). */
export type NamedBody = ReturnType<NonNullable<LangPack['namedBodies']>>[number];

/** The entity of a pronoun: found on demand (Cast.resolvePronoun). */
export const NOBODY: Entity = { key: '', name: '', role: null, size: 0, gender: null, person: false, nominative: false, count: 0 };

/** Where a paragraph's names and bodies find their entities. */
export interface EntityTable {
  entityOf(run: Run): Entity | null;
  readonly entities: Map<string, Entity>;
  /** Names a cue reads as its subject. */
  readonly cueSubjects: Set<Run>;
}

/** The mentions of paragraph `para` (not a headline), whose named bodies are `named`. */
export function listMentions(f: Frame, para: number, named: NamedBody[], table: EntityTable, pack: LangPack): Mention[] {
  let list: Mention[] = [];
  for (const run of f.runs) {
    const { name, role } = runSplit(run, pack);
    if (!name.length) continue;
    const entity = table.entityOf(run)!;
    const shape = mentionShape(f, run, pack);
    // (A name in apposition is read as its clause's subject only when no cue already does: "His campaign manager, X,
    // said" is counted as a speaker's mention, and counting it twice would outweigh the subject of the sentence after.)
    const subject = shape.subject || (shape.apposed && !table.cueSubjects.has(run));
    // A name after "the" with no role between is no person's ("the No Child Left Behind law"): not for pronouns.
    const modifier = shape.modifier || (!role.length && !!pack.thingArticleBefore?.test(f.frame.slice(Math.max(0, run.start - 16), run.start)));
    const intro = name.length >= 2 && (role.length > 0 || (subject && !!pack.subjectIntroduces)
      || REGEXPS.appositiveNext.test(f.frame.slice(run.end, run.end + 8)));
    const said = !shape.modifier && table.cueSubjects.has(run);
    list.push({ entity, para, sent: sentenceAt(f, run.start), start: run.start, end: run.end, subject, modifier, intro, said });
  }
  for (const b of named) {
    const entity = table.entities.get(`org:${b.name.toLowerCase()}`)!;
    list.push({ entity, para, sent: sentenceAt(f, b.start), start: b.start, end: b.end, subject: false, modifier: false, intro: true, noun: b.noun });
  }
  // Pronouns outside quotations carry a chain of reference ("Ban … He is … he said").
  const pronounGender = personalPronouns(pack.pronouns);
  const prons: Mention[] = [];
  for (const t of f.toks) {
    const g = t.w.length <= 3 ? pronounGender.get(t.lw) : undefined;
    if (g) prons.push({ entity: NOBODY, pron: g, para, sent: sentenceAt(f, t.start), start: t.start, end: t.end, subject: true, modifier: false, intro: false });
  }
  // Names and pronouns each come in text order: merged, names first at a tie (what a stable sort gave).
  if (prons.length) list = mergeByStart(list, prons);
  return list;
}

/** Two lists each in text order, as one in text order (`a`'s first at a tie). */
function mergeByStart(a: Mention[], b: Mention[]): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(b[j]!.start < a[i]!.start ? b[j++]! : a[i++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/** A pack's gendered singular pronouns ("he", "she", «он», «она») as a Map, made once per table: asked for every
 *  short word of a story (and a Map lookup: "constructor" is no pronoun). */
const PERSONAL = new WeakMap<object, Map<string, 'm' | 'f'>>();
function personalPronouns(table: LangPack['pronouns']): Map<string, 'm' | 'f'> {
  let m = PERSONAL.get(table);
  if (!m) {
    m = new Map();
    for (const k of Object.keys(table)) {
      const g = table[k];
      if (g === 'm' || g === 'f') m.set(k, g);
    }
    PERSONAL.set(table, m);
  }
  return m;
}
