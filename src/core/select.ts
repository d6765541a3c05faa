/**
 * Removing every element that matches a long selector list, in one walk of the tree.
 * jsdom (the CLI's DOM) answers querySelectorAll for a list of ~90 selectors by walking the tree once per
 * selector; the profile's drop list is mostly simple selectors (tag, classes, attributes), which compile to
 * plain checks here. Anything more complex falls back to Element.matches, so the result is the same.
 */

/** `cls` is the element's class attribute and `tokens` its classes (both null when it has none). */
type Check = (el: Element, cls: string | null, tokens: string[] | null) => boolean;

const SIMPLE = /^([a-z][a-z0-9-]*)?((?:[.#][\w-]+)*)((?:\[[\w-]+(?:[*^$]?="[^"]*")?\])*)(:not\(([a-z][a-z0-9-]*)\))?$/i;

interface Compiled {
  check: Check;
  /** Only elements with a class attribute can match (a class, or a condition on `class`). */
  needsClass: boolean;
  /** A class the element must have (the selector's first), to look the check up by. */
  key: string | null;
}

function compileOne(selector: string): Compiled {
  const m = SIMPLE.exec(selector.trim());
  if (!m) return { check: (el) => el.matches(selector), needsClass: false, key: null };
  const tag = m[1]?.toUpperCase();
  const classes = Array.from((m[2] ?? '').matchAll(/\.([\w-]+)/g), (x) => x[1] as string);
  const ids = Array.from((m[2] ?? '').matchAll(/#([\w-]+)/g), (x) => x[1] as string);
  const attrs = Array.from((m[3] ?? '').matchAll(/\[([\w-]+)(?:([*^$]?)="([^"]*)")?\]/g), (x) => ({
    name: x[1] as string,
    op: x[3] === undefined ? null : (x[2] ?? ''),
    value: x[3] ?? '',
  }));
  const notTag = m[5]?.toUpperCase();
  const needsClass = classes.length > 0 || attrs.some((a) => a.name === 'class');
  const check: Check = (el, cls, tokens) => {
    if (tag && el.tagName !== tag) return false;
    if (notTag && el.tagName === notTag) return false;
    for (const c of classes) if (!tokens?.includes(c)) return false;
    for (const id of ids) if (el.id !== id) return false;
    for (const a of attrs) {
      const v = a.name === 'class' ? cls : el.getAttribute(a.name);
      if (v === null) return false;
      if (a.op === null) continue;
      if (a.op === '' && v !== a.value) return false;
      if (a.op === '*' && !v.includes(a.value)) return false;
      if (a.op === '^' && !v.startsWith(a.value)) return false;
      if (a.op === '$' && !v.endsWith(a.value)) return false;
    }
    return true;
  };
  return { check, needsClass, key: classes[0] ?? null };
}

export interface CompiledSelectors {
  matches(el: Element): boolean;
}

const SPACE = /[ \t\n\f\r]+/;

export function compileSelectors(selectors: string[]): CompiledSelectors {
  const all = selectors.map(compileOne);
  // Most story elements (p, a, em) have no class: only the checks that need none apply to them. An element with
  // classes gets those, the ones on the class attribute, and the ones keyed by one of its classes.
  const classless = all.filter((c) => !c.needsClass).map((c) => c.check);
  const onClassAttr = all.filter((c) => c.needsClass && !c.key).map((c) => c.check);
  const byClass = new Map<string, Check[]>();
  for (const c of all) if (c.key) byClass.set(c.key, [...(byClass.get(c.key) ?? []), c.check]);
  return {
    matches: (el) => {
      const cls = el.getAttribute('class');
      if (cls === null) return classless.some((check) => check(el, null, null));
      const tokens = cls.split(SPACE);
      for (const check of classless) if (check(el, cls, tokens)) return true;
      for (const check of onClassAttr) if (check(el, cls, tokens)) return true;
      for (const t of tokens) {
        const keyed = byClass.get(t);
        if (keyed) for (const check of keyed) if (check(el, cls, tokens)) return true;
      }
      return false;
    },
  };
}

/**
 * What must survive a removal: the story's own pieces, and the elements that hold one. Markup with unclosed tags
 * nests whatever follows inside the element left open (a byline, a teaser box, a caption): that element then
 * holds the rest of the story, and removing or rebuilding it whole would take the story with it.
 */
export interface StoryKeeper {
  /** `el` is a story piece, or held one when the keeper was made (a superset after hoisting). */
  holds(el: Element): boolean;
  /** `el` is a story piece (moved whole; the caller cleans inside it). */
  isPiece(el: Element): boolean;
}

/**
 * Move the outermost story pieces inside `top` to just after it, in document order, so that `top` can then be
 * removed or rebuilt on its own. Only the paths down to the pieces are walked (unclosed tags nest deep).
 */
export function hoistStory(top: Element, keeper: StoryKeeper): void {
  const found: Element[] = [];
  let el: Element | null = top.firstElementChild;
  while (el) {
    if (keeper.isPiece(el)) {
      found.push(el);
      el = nextOutside(el, top);
    } else el = (keeper.holds(el) ? el.firstElementChild : null) ?? nextOutside(el, top);
  }
  if (found.length) top.after(...found);
}

/**
 * Remove every descendant of `root` that matches (not `root` itself), in document order, without recursion.
 * With a `keeper`, the story pieces a match holds are moved out first (hoistStory) and walked next.
 */
export function removeMatching(root: Element, compiled: CompiledSelectors, keeper?: StoryKeeper): void {
  let el: Element | null = root.firstElementChild;
  while (el) {
    if (compiled.matches(el)) {
      if (keeper?.holds(el)) hoistStory(el, keeper);
      const gone: Element = el;
      el = nextOutside(gone, root);
      gone.remove();
      continue;
    }
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
