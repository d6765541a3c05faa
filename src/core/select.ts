/**
 * Removing every element that matches a long selector list, in one walk of the tree.
 * jsdom (the CLI's DOM) answers querySelectorAll for a list of ~90 selectors by walking the tree once per
 * selector; the profile's drop list is mostly simple selectors (tag, classes, attributes), which compile to
 * plain checks here. Anything more complex falls back to Element.matches, so the result is the same.
 */

type Check = (el: Element) => boolean;

const SIMPLE = /^([a-z][a-z0-9-]*)?((?:[.#][\w-]+)*)((?:\[[\w-]+(?:[*^$]?="[^"]*")?\])*)(:not\(([a-z][a-z0-9-]*)\))?$/i;

interface Compiled {
  check: Check;
  /** Only elements with a class attribute can match (a class, or a condition on `class`). */
  needsClass: boolean;
}

function compileOne(selector: string): Compiled {
  const m = SIMPLE.exec(selector.trim());
  if (!m) return { check: (el) => el.matches(selector), needsClass: false };
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
  const check: Check = (el) => {
    if (tag && el.tagName !== tag) return false;
    if (notTag && el.tagName === notTag) return false;
    for (const c of classes) if (!el.classList.contains(c)) return false;
    for (const id of ids) if (el.id !== id) return false;
    for (const a of attrs) {
      const v = el.getAttribute(a.name);
      if (v === null) return false;
      if (a.op === null) continue;
      if (a.op === '' && v !== a.value) return false;
      if (a.op === '*' && !v.includes(a.value)) return false;
      if (a.op === '^' && !v.startsWith(a.value)) return false;
      if (a.op === '$' && !v.endsWith(a.value)) return false;
    }
    return true;
  };
  return { check, needsClass };
}

export interface CompiledSelectors {
  matches(el: Element): boolean;
}

export function compileSelectors(selectors: string[]): CompiledSelectors {
  const all = selectors.map(compileOne);
  const any = all.map((c) => c.check);
  // Most story elements (p, a, em) have no class: only the checks that need none apply to them.
  const classless = all.filter((c) => !c.needsClass).map((c) => c.check);
  return {
    matches: (el) => (el.hasAttribute('class') ? any : classless).some((check) => check(el)),
  };
}

/** Remove every descendant of `root` that matches (not `root` itself), in document order, without recursion. */
export function removeMatching(root: Element, compiled: CompiledSelectors): void {
  let el: Element | null = root.firstElementChild;
  while (el) {
    if (compiled.matches(el)) {
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
