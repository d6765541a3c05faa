/**
 * Russian attribution patterns: «…», — заявил X. / X заявил: «…» / По словам X, «…» /
 * Как сообщил X, … / — сказал он. Names may be in oblique cases; the caller normalises them.
 */
import { dashCues, type Cue, type Subject } from '../../cues';
import { sentenceRange, type Frame } from '../../frame';
import type { Run } from '../../runs';
import type { Tok } from '../../tokens';
import { RU_PRONOUNS, RU_ROLE_WORDS, RU_SPEECH_STEMS } from './lexicon';

// Regexes made once, at module level (a literal in a function body is compiled again after garbage collections).
const REGEXPS = {
  feminineVerbEnd: /(?:ла|лась)$/,
  masculineVerbEnd: /(?:л|лся)$/,
  clauseMark: /[.;:"¶,]/,
  blankedQuoteOnly: /^[\s\u00a0]*"[\s\u00a0]*"[\s\u00a0]*$/,
  startsLower: /^\p{Ll}/u,
  wordBetweenVerbAndSubject: /^(?:журналистам|в|во|на|изданию|агентству|телеканалу|газете|радиостанции|интервью|корреспонденту|нам|The|Moscow|Times|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|вечером|утром|днем|днём|также|ранее|позднее|накануне|вчера|сегодня)$/,
  acronym: /^\p{Lu}{2,}$/u,
  onlyBlanks: /^[\s\u00a0]+$/,
  statementNoun: /^(?:заявлении|сообщении|письме|обращении|ответе)$/,
  bodyNounStem: /^(?:министерств|ведомств|прокуратур|компани|пресс-служб|правительств|администраци|мэри|суд|банк|парти)/,
  dashAfterQuote: /["¶][\s\u00a0,]*[—–-][\s\u00a0]*$/,
  invertingLead: /(?:^|[\s,—–-])(?:как|об\s+этом|это|так)[\s\u00a0]*$/i,
  namingVerb: /^(?:назва|называ|описа)/,
};

const VERB_END = /(?:л|ла|ло|ли|лся|лась|лись|ет|ёт|ит|ют|ят|ут|ает|ется|ется)$/;
const SKIP = new Set('также тоже ранее уже тогда вновь снова еще ещё не прямо публично позже потом затем в четверг пятницу понедельник вторник среду субботу воскресенье недавно неоднократно однажды открыто сегодня вчера накануне'.split(' '));
/** Words after which a genitive name is the source: "по словам Пескова", "в заявлении Генпрокуратуры". */
const GENITIVE_CUES = /(?:по\s+словам|по\s+мнению|по\s+данным|по\s+оценке|по\s+информации|по\s+сведениям|в\s+заявлении|в\s+сообщении|в\s+письме|в\s+обращении|в\s+ответе)\s*$/i;

/** `l`: a word in lower case (Tok.lw). */
export function ruSpeechVerb(l: string): 'm' | 'f' | 'x' | null {
  if (!VERB_END.test(l)) return null;
  if (!RU_SPEECH_STEMS.some((s) => l.startsWith(s))) return null;
  if (REGEXPS.feminineVerbEnd.test(l)) return 'f';
  if (REGEXPS.masculineVerbEnd.test(l)) return 'm';
  return 'x';
}


function pron(t: Tok): Subject | null {
  const g = RU_PRONOUNS[t.lw];
  return g ? { kind: 'pron', gender: g, start: t.start, end: t.end } : null;
}

/** "заявил пресс-секретарь президента Дмитрий Песков": lower-case role words, then the name. */
function after(f: Frame, v: number, sentEnd: number, nominative: boolean): Subject | null {
  const first = f.toks[v + 1];
  if (!first || first.start >= sentEnd) return null;
  const p = pron(first);
  if (p) return p;
  for (let k = v + 1; k < f.toks.length && k <= v + 7; k++) {
    const t = f.toks[k]!;
    if (t.start >= sentEnd) break;
    // (A quoted name inside the role — "директор «Общества защиты интернета»" — is blanked in the frame.)
    const gap = f.frame.slice(f.toks[k - 1]!.end, t.start);
    if (k > v + 1 && REGEXPS.clauseMark.test(gap) && !REGEXPS.blankedQuoteOnly.test(gap)) break;
    let run = t.first;
    if (run) {
      // "глава комитета Госдумы по международным делам Леонид Слуцкий": past the body to the person.
      if (run.toks.length === 1 && !PERSONISH(run)) {
        const idx = run.toks[0]!.i;
        for (let m = idx + 1; m < f.toks.length && m <= idx + 5; m++) {
          const x = f.toks[m]!;
          if (x.start >= sentEnd || REGEXPS.clauseMark.test(f.frame.slice(f.toks[m - 1]!.end, x.start))) break;
          const next = x.first;
          if (next && PERSONISH(next)) { run = next; break; }
          if (!REGEXPS.startsLower.test(x.w)) break;
        }
      }
      const role = f.text.slice(first.start, run.start).trim();
      return { kind: 'name', run, role: role || null, nominative };
    }
    // "— пояснил эксперт": a role without a name; the caller finds who holds it.
    if (k === v + 1 && RU_ROLE_WORDS.has(t.lw) && !(f.toks[k + 1] ?? t).first) {
      const nextTok = f.toks[k + 1];
      if (!nextTok || nextTok.start >= sentEnd || !RU_ROLE_WORDS.has(nextTok.lw)) return { kind: 'nominal', text: t.w, start: t.start, end: t.end };
    }
    if (!RU_ROLE_WORDS.has(t.lw) && k > v + 1 && !REGEXPS.wordBetweenVerbAndSubject.test(t.w)) break;
  }
  return null;
}

/** A run that reads as a person: first name and surname. */
const PERSONISH = (r: Run): boolean => r.toks.length >= 2 && r.toks.every((t) => !REGEXPS.acronym.test(t.w));

function before(f: Frame, v: number, sentStart: number): Subject | null {
  let j = v - 1;
  let pos = f.toks[v]!.start;
  while (j >= 0 && f.toks[j]!.start >= sentStart) {
    const t = f.toks[j]!;
    if (!REGEXPS.onlyBlanks.test(f.frame.slice(t.end, pos))) return null;
    if (SKIP.has(t.lw) && !RU_PRONOUNS[t.lw]) { pos = t.start; j--; continue; }
    const p = pron(t);
    if (p) return p;
    const run = t.last;
    return run ? { kind: 'name', run, role: null, nominative: true } : null;
  }
  return null;
}

export function findCuesRu(f: Frame): Cue[] {
  const acts: Cue[] = dashCues(f);
  for (let v = 0; v < f.toks.length; v++) {
    const t = f.toks[v]!;
    const l = t.lw;
    if (l !== 'словам' && l !== 'мнению' && l !== 'данным' && l !== 'оценке' && l !== 'информации' && l !== 'сведениям'
      && !REGEXPS.statementNoun.test(l) && !ruSpeechVerb(t.lw)) continue;
    const s = sentenceRange(f, t.start);
    const head = f.frame.slice(Math.max(s[0], t.start - 20), t.end);
    if (GENITIVE_CUES.test(head)) {
      let subj = after(f, v, s[1], false);
      // "— говорится в сообщении министерства": a common noun for a body named before.
      const next = f.toks[v + 1];
      if (!subj && next && next.start < s[1] && REGEXPS.bodyNounStem.test(next.w)) {
        subj = { kind: 'nominal', text: next.w, start: next.start, end: next.end };
      }
      if (subj) acts.push({ start: t.start, end: t.end, subj, weak: false, gender: null });
      continue;
    }
    const g = ruSpeechVerb(t.lw);
    if (!g) continue;
    const lead = f.frame.slice(Math.max(s[0], t.start - 240), t.start);
    // «…», — заявил X  /  Как заявил X,  /  Об этом сообщил X: the subject follows the verb.
    const inverted = REGEXPS.dashAfterQuote.test(lead) || REGEXPS.invertingLead.test(lead);
    let subj = inverted ? after(f, v, s[1], true) : before(f, v, s[0]);
    if (!subj) subj = inverted ? before(f, v, s[0]) : after(f, v, s[1], true);
    if (subj) acts.push({ start: t.start, end: t.end, subj, weak: REGEXPS.namingVerb.test(t.lw), gender: g === 'x' ? null : g });
  }
  return acts.sort((a, b) => a.start - b.start);
}
