/**
 * Removing every element that matches a long selector list, in one walk of the tree.
 * jsdom (the CLI's DOM) answers querySelectorAll for a list of ~90 selectors by walking the tree once per
 * selector; the profile's drop list is mostly simple selectors (tag, classes, attributes), which compile to
 * plain checks here. Anything more complex falls back to Element.matches, so the result is the same.
 * (About 420 lines, kept in one file: the queries below walk the compiled form the compiler above makes, whose
 * types stay private to this file.)
 */

/** `cls` is the element's class attribute and `tokens` its classes (both null when it has none). */
type Check = (el: Element, cls: string | null, tokens: string[] | null) => boolean;

const SIMPLE = /^([a-z][a-z0-9-]*)?((?:[.#][\w-]+)*)((?:\[[\w-]+(?:[*^$]?="[^"]*")?\])*)(:not\(([^()]+)\))?$/i;
const CLASS_PART = /\.([\w-]+)/g;
const ID_PART = /#([\w-]+)/g;
const ATTR_PART = /\[([\w-]+)(?:([*^$]?)="([^"]*)")?\]/g;

interface Attr {
  name: string;
  op: string | null;
  value: string;
}

/** One compound selector (`tag.class#id[attr]:not(tag)`), parsed; null when it is of another form. */
interface Compound {
  /** Upper case (an HTML element's tagName), and lower case (other elements', e.g. SVG's <a>). */
  tag: string | null;
  tagLower: string | null;
  /** `:not(compound)`. */
  not: Compound | null;
  classes: string[];
  ids: string[];
  attrs: Attr[];
}

function allOf(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push(m);
  re.lastIndex = 0;
  return out;
}

function parseCompound(s: string): Compound | null {
  const m = SIMPLE.exec(s);
  if (!m || !s) return null;
  const parts = m[2] ?? '';
  let not: Compound | null = null;
  if (m[5] !== undefined) {
    not = parseCompound(m[5].trim());
    if (!not) return null;
  }
  return {
    tag: m[1] ? m[1].toUpperCase() : null,
    tagLower: m[1] ? m[1].toLowerCase() : null,
    not,
    classes: allOf(CLASS_PART, parts).map((x) => x[1] as string),
    ids: allOf(ID_PART, parts).map((x) => x[1] as string),
    attrs: allOf(ATTR_PART, m[3] ?? '').map((x) => ({
      name: x[1] as string,
      op: x[3] === undefined ? null : (x[2] ?? ''),
      value: x[3] ?? '',
    })),
  };
}

function compoundMatches(c: Compound, el: Element, cls: string | null, tokens: string[] | null): boolean {
  if (c.tag !== null && el.tagName !== c.tag && el.tagName !== c.tagLower) return false;
  if (c.not !== null && compoundMatches(c.not, el, cls, tokens)) return false;
  for (let i = 0; i < c.classes.length; i++) if (tokens === null || !tokens.includes(c.classes[i] as string)) return false;
  for (let i = 0; i < c.ids.length; i++) if (el.id !== c.ids[i]) return false;
  for (let i = 0; i < c.attrs.length; i++) {
    const a = c.attrs[i] as Attr;
    const v = a.name === 'class' ? cls : el.getAttribute(a.name);
    if (v === null) return false;
    if (a.op === null) continue;
    if (a.op === '' && v !== a.value) return false;
    if (a.op === '*' && !v.includes(a.value)) return false;
    if (a.op === '^' && !v.startsWith(a.value)) return false;
    if (a.op === '$' && !v.endsWith(a.value)) return false;
  }
  return true;
}

/** An element other than the subject of a selector: its class attribute is read here. */
function compoundMatchesEl(c: Compound, el: Element): boolean {
  if (c.tag !== null && el.tagName !== c.tag && el.tagName !== c.tagLower) return false;
  const cls = c.classes.length || c.attrs.length || c.not ? el.getAttribute('class') : null;
  return compoundMatches(c, el, cls, cls === null ? null : classesOf(cls));
}

/**
 * A selector split into compounds and the combinators between them (' ', '>', '+', '~'); null for anything
 * else (pseudo-classes but :not(tag), commas, quotes holding spaces or combinators).
 */
function parseComplex(selector: string): { compounds: Compound[]; combinators: string[] } | null {
  const pieces = selector.trim().split(/\s*([>+~])\s*|\s+/);
  const compounds: Compound[] = [];
  const combinators: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const c = parseCompound(pieces[i] ?? '');
    if (!c) return null;
    compounds.push(c);
    if (i + 1 < pieces.length) combinators.push(pieces[i + 1] ?? ' ');
  }
  return { compounds, combinators };
}

/** Does compound `i` (and everything left of it) match `el`? Right to left, trying every candidate. */
function matchesLeft(compounds: Compound[], combinators: string[], i: number, el: Element): boolean {
  if (!compoundMatchesEl(compounds[i] as Compound, el)) return false;
  return i === 0 || leftOf(compounds, combinators, i, el);
}

function leftOf(compounds: Compound[], combinators: string[], i: number, el: Element): boolean {
  const comb = combinators[i - 1];
  if (comb === '>') {
    const p = el.parentElement;
    return p !== null && matchesLeft(compounds, combinators, i - 1, p);
  }
  if (comb === '+') {
    const s = el.previousElementSibling;
    return s !== null && matchesLeft(compounds, combinators, i - 1, s);
  }
  if (comb === '~') {
    for (let s = el.previousElementSibling; s; s = s.previousElementSibling) if (matchesLeft(compounds, combinators, i - 1, s)) return true;
    return false;
  }
  for (let p = el.parentElement; p; p = p.parentElement) if (matchesLeft(compounds, combinators, i - 1, p)) return true;
  return false;
}

interface Compiled {
  check: Check;
  /** Only elements with a class attribute can match (a class, or a condition on `class`). */
  needsClass: boolean;
  /** A class the element must have (the selector's first), to look the check up by. */
  key: string | null;
  /** The tag the element must have, if any. */
  tag: string | null;
  /** The selector is that tag alone. */
  bareTag: boolean;
}

function compileOne(selector: string): Compiled {
  const parsed = parseComplex(selector);
  if (!parsed) return { check: (el) => el.matches(selector), needsClass: false, key: null, tag: null, bareTag: false };
  const { compounds, combinators } = parsed;
  const last = compounds.length - 1;
  const subject = compounds[last] as Compound;
  const needsClass = subject.classes.length > 0 || subject.attrs.some((a) => a.name === 'class');
  const check: Check =
    last === 0
      ? (el, cls, tokens) => compoundMatches(subject, el, cls, tokens)
      : (el, cls, tokens) => compoundMatches(subject, el, cls, tokens) && leftOf(compounds, combinators, last, el);
  const bareTag =
    last === 0 && subject.tag !== null && !subject.not && !subject.classes.length && !subject.ids.length && !subject.attrs.length;
  return { check, needsClass, key: subject.classes[0] ?? null, tag: subject.tag, bareTag };
}

export interface CompiledSelectors {
  /** The list as one selector string, for a native querySelectorAll (see nativeQuery). */
  css: string;
  matches(el: Element): boolean;
  /** `matches` with the element's class attribute and classes already read (see classesOf). */
  test(el: Element, cls: string | null, tokens: string[] | null): boolean;
  /** The one tag every match has, if there is one (candidates can then be found by tag name), upper and lower case. */
  tag: string | null;
  tagLower: string | null;
}

/**
 * The classes of a class attribute (white space is space, tab, LF, FF, CR). Empty strings are left out, which
 * split(/[ \t\n\f\r]+/) would give at the ends: no check looks for one. A loop, cheaper than a regex split.
 */
export function classesOf(cls: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < cls.length; i++) {
    const c = cls.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 12 || c === 13) {
      if (start >= 0) out.push(cls.slice(start, i));
      start = -1;
    } else if (start < 0) start = i;
  }
  if (start >= 0) out.push(cls.slice(start));
  return out;
}

export function compileSelectors(selectors: string[]): CompiledSelectors {
  const all = selectors.map(compileOne);
  // Most story elements (p, a, em) have no class: only the checks that need none apply to them. An element with
  // classes gets those, the ones on the class attribute, and the ones keyed by one of its classes.
  // Lists of tags ('p, h1, li') are one set lookup.
  const tagNames = new Set(all.filter((c) => c.bareTag).flatMap((c) => [c.tag as string, (c.tag as string).toLowerCase()]));
  const classless = all.filter((c) => !c.needsClass && !c.bareTag).map((c) => c.check);
  const onClassAttr = all.filter((c) => c.needsClass && !c.key).map((c) => c.check);
  const byClass = new Map<string, Check[]>();
  for (const c of all) if (c.key) byClass.set(c.key, [...(byClass.get(c.key) ?? []), c.check]);
  const tags = new Set(all.map((c) => c.tag));
  const tag = tags.size === 1 ? ([...tags][0] ?? null) : null;
  const tagLower = tag?.toLowerCase() ?? null;
  const anyBareTag = tagNames.size > 0;
  // A list of tags alone ('p, h1, li'): the tag decides, the class attribute is never read.
  const onlyTags = anyBareTag && classless.length === 0 && onClassAttr.length === 0 && byClass.size === 0;
  const test = (el: Element, cls: string | null, tokens: string[] | null): boolean => {
    if (anyBareTag && tagNames.has(el.tagName)) return true;
    if (onlyTags) return false;
    if (tag !== null && el.tagName !== tag && el.tagName !== tagLower) return false;
    for (let i = 0; i < classless.length; i++) if ((classless[i] as Check)(el, cls, tokens)) return true;
    if (cls === null || tokens === null) return false;
    for (let i = 0; i < onClassAttr.length; i++) if ((onClassAttr[i] as Check)(el, cls, tokens)) return true;
    for (let j = 0; j < tokens.length; j++) {
      const keyed = byClass.get(tokens[j] as string);
      if (keyed) for (let i = 0; i < keyed.length; i++) if ((keyed[i] as Check)(el, cls, tokens)) return true;
    }
    return false;
  };
  return {
    css: selectors.map((x) => x.trim()).join(', '),
    tag,
    tagLower,
    test,
    matches: (el) => {
      if (anyBareTag && tagNames.has(el.tagName)) return true;
      if (onlyTags) return false;
      if (tag !== null && el.tagName !== tag && el.tagName !== tagLower) return false;
      const cls = el.getAttribute('class');
      return test(el, cls, cls === null ? null : classesOf(cls));
    },
  };
}

/** Selector lists are split at top-level commas (none of the profile's selectors has one inside). */
export function selectorList(selector: string): string[] {
  return selector.split(',');
}

/**
 * The elements named `tag` under `root`, as an array. Read the live collection's `length` once: in jsdom every
 * named property of an HTMLCollection (`length`, `item`) first scans the whole collection for an element of that
 * id or name, so a loop that tests `list.length` at each step, or `Array.from(list)`, is quadratic (100,000 links
 * never finished). Indexing by number is direct.
 */
export function elementsByTag(root: Element | Document, tag: string): Element[] {
  const list = root.getElementsByTagName(tag);
  const n = list.length;
  const out = new Array<Element>(n);
  for (let i = 0; i < n; i++) out[i] = list[i] as Element;
  return out;
}

type QueryAll = (this: Element | Document, selectors: string) => NodeListOf<Element>;
type QueryOne = (this: Element | Document, selectors: string) => Element | null;

/** How a function's source reads when the engine implements it (a browser's DOM); jsdom's DOM is JavaScript. */
const NATIVE_CODE = /\{\s*\[native code\]\s*\}\s*$/;
/** Per prototype: its native querySelectorAll and querySelector, or null (not native, or not found). */
const nativeByProto = new WeakMap<object, { all: QueryAll; one: QueryOne } | null>();

/**
 * The DOM's own querySelectorAll/querySelector when they are native (a browser's): they answer a list without
 * touching each element from script, which the walk below does (it exists for jsdom), and the engine keeps each
 * list parsed per document: the page, and the story's copy, whose document is made once per window and reused
 * (clean/root.ts; docs/performance.md, Core). Read from the prototype chain, not the node: a page's
 * `<img name="querySelectorAll">` shadows the document's method, a form's field a form's. Not in a quirks-mode
 * document, whose class and id selectors ignore case (the compiled checks do not).
 */
function nativeQuery(root: Element | Document): { all: QueryAll; one: QueryOne } | null {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  // (A form's field named "ownerDocument" or "nodeType" fails this check: the walk answers then.)
  if (!doc || doc.compatMode !== 'CSS1Compat') return null;
  const first = Object.getPrototypeOf(root) as object | null;
  if (!first) return null;
  let found = nativeByProto.get(first);
  if (found !== undefined) return found;
  found = null;
  for (let proto: object | null = first; proto; proto = Object.getPrototypeOf(proto) as object | null) {
    const all = Object.getOwnPropertyDescriptor(proto, 'querySelectorAll')?.value as unknown;
    const one = Object.getOwnPropertyDescriptor(proto, 'querySelector')?.value as unknown;
    if (typeof all !== 'function' || typeof one !== 'function') continue;
    const src = Function.prototype.toString;
    if (NATIVE_CODE.test(src.call(all)) && NATIVE_CODE.test(src.call(one))) found = { all: all as QueryAll, one: one as QueryOne };
    break;
  }
  nativeByProto.set(first, found);
  return found;
}

/** The native engine's answer for `root`, or undefined when there is no native engine or it rejects the list. */
function nativeAll(root: Element | Document, compiled: CompiledSelectors): Element[] | undefined {
  const native = nativeQuery(root);
  if (!native) return undefined;
  let list: NodeListOf<Element>;
  try {
    list = native.all.call(root, compiled.css);
  } catch {
    return undefined;
  }
  const n = list.length;
  const out = new Array<Element>(n);
  for (let i = 0; i < n; i++) out[i] = list[i] as Element;
  return out;
}

/**
 * Every element under `root` (not `root`) that matches, in document order: querySelectorAll's answer. A browser's
 * own engine answers in a standards-mode document (nativeQuery). Otherwise, when every selector names the same tag, the
 * candidates come from getElementsByTagName (faster than a walk in jsdom: docs/performance.md); else a walk.
 */
export function queryAll(root: Element | Document, compiled: CompiledSelectors): Element[] {
  const native = nativeAll(root, compiled);
  if (native) return native;
  const out: Element[] = [];
  if (compiled.tag !== null) {
    for (const el of elementsByTag(root, compiled.tagLower as string)) if (compiled.matches(el)) out.push(el);
    return out;
  }
  const top = 'documentElement' in root ? root.documentElement : root;
  if (!top) return out;
  if (top !== root && compiled.matches(top)) out.push(top);
  for (let el = top.firstElementChild; el; ) {
    if (compiled.matches(el)) out.push(el);
    el = el.firstElementChild ?? nextOutside(el, top);
  }
  return out;
}

/**
 * One walk for several selector lists: `out[i]` gets every element under `root` that `lists[i]` matches, in
 * document order (querySelectorAll's answer for each). Each element's classes are read once.
 */
export function queryEach(root: Element, lists: CompiledSelectors[]): Element[][] {
  if (nativeQuery(root)) {
    const each = lists.map((list) => nativeAll(root, list));
    if (each.every((found) => found !== undefined)) return each as Element[][];
  }
  const out: Element[][] = lists.map(() => []);
  for (let el = root.firstElementChild; el; el = el.firstElementChild ?? nextOutside(el, root)) {
    const cls = el.getAttribute('class');
    const tokens = cls === null ? null : classesOf(cls);
    const tag = el.tagName;
    for (let i = 0; i < lists.length; i++) {
      const list = lists[i] as CompiledSelectors;
      // (A list of one tag cannot match another: no call.)
      if (list.tag !== null && tag !== list.tag && tag !== list.tagLower) continue;
      if (list.test(el, cls, tokens)) (out[i] as Element[]).push(el);
    }
  }
  return out;
}

/**
 * The first of `found` still under `root` in document order: what querySelector would answer now, when `found`
 * was querySelectorAll's answer before elements were only removed or moved (never added or changed).
 */
export function firstStillIn(root: Element, found: Element[]): Element | null {
  let best: Element | null = null;
  for (const el of found) {
    if (el === root || !root.contains(el)) continue;
    if (best === null || best.compareDocumentPosition(el) & 2 /* el precedes best */) best = el;
  }
  return best;
}

/** The first element under `root` that matches: querySelector's answer (answered as queryAll is). */
export function queryFirst(root: Element | Document, compiled: CompiledSelectors): Element | null {
  const native = nativeQuery(root);
  if (native) {
    try {
      return native.one.call(root, compiled.css);
    } catch {
      // (a list the engine rejects: the compiled checks below answer as they can)
    }
  }
  if (compiled.tag !== null) {
    const list = root.getElementsByTagName(compiled.tagLower as string);
    const n = list.length;
    for (let i = 0; i < n; i++) {
      const el = list[i] as Element;
      if (compiled.matches(el)) return el;
    }
    return null;
  }
  const top = 'documentElement' in root ? root.documentElement : root;
  if (!top) return null;
  if (top !== root && compiled.matches(top)) return top;
  for (let el = top.firstElementChild; el; ) {
    if (compiled.matches(el)) return el;
    el = el.firstElementChild ?? nextOutside(el, top);
  }
  return null;
}

/**
 * Remove every descendant of `root` that matches (not `root` itself), in document order, without recursion.
 * `beforeRemove` may move elements out of a match to just after it: they are walked next.
 * `kept` gets the elements that stay, in document order (querySelectorAll('*') on `root` afterwards).
 */
export function removeMatching(
  root: Element,
  compiled: CompiledSelectors,
  opts: { beforeRemove?: (el: Element) => void; kept?: Element[] } = {},
): void {
  const { beforeRemove, kept } = opts;
  const found = nativeAll(root, compiled);
  if (found) {
    // The matches in document order, as the walk below meets them: one inside a match removed before it is gone
    // with it, unless `beforeRemove` moved it out (to just after that match: where the walk goes next).
    for (const el of found) {
      if (!root.contains(el)) continue;
      beforeRemove?.(el);
      el.remove();
    }
    // Nothing that stays was moved after the walk passed it: what stays, in document order, is what it kept.
    if (kept) for (const el of elementsByTag(root, '*')) kept.push(el);
    return;
  }
  let el: Element | null = root.firstElementChild;
  while (el) {
    if (compiled.matches(el)) {
      beforeRemove?.(el);
      const gone: Element = el;
      el = nextOutside(gone, root);
      gone.remove();
      continue;
    }
    kept?.push(el);
    el = el.firstElementChild ?? nextOutside(el, root);
  }
}

/** The next element after `el`'s subtree, within `root`. */
export function nextOutside(el: Element, root: Element): Element | null {
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
    if (e.nextElementSibling) return e.nextElementSibling;
  }
  return null;
}
