/** Small DOM helpers the cleaning passes share. */
import { compileSelectors, selectorList, type CompiledSelectors } from '../select';
import { collapseSpace } from '../text';

/** A selector list compiled once, at load (select.ts: jsdom's own querySelector is slow on long lists). */
export const css = (selector: string): CompiledSelectors => compileSelectors(selectorList(selector));

/** An element's text, white space collapsed; null when there is none. */
export function text(el: Element | null | undefined): string | null {
  const t = el ? collapseSpace(el.textContent ?? '') : '';
  return t ? t : null;
}

/** `el.closest(selector)` with a compiled selector. */
export function closestMatch(el: Element, c: CompiledSelectors): Element | null {
  for (let a: Element | null = el; a; a = a.parentElement) if (c.matches(a)) return a;
  return null;
}

/**
 * An element that only wraps one other element (no text of its own): it has that element's text, so the
 * child decides for both. Skipping wrappers keeps deeply nested markup linear.
 */
export function isWrapper(el: Element): boolean {
  const only = el.firstElementChild;
  if (!only || only.nextElementSibling) return false;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 && (n.nodeValue ?? '').trim()) return false;
  }
  return true;
}
