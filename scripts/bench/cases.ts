/**
 * The pages the benchmark reads: every article case of tests/fixtures/tmt and tests/fixtures/tmt-extra,
 * plus long articles generated from the seed by repeating its body blocks (×10, ×100).
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { TMT_PROFILE } from '../../src/sites/tmt';
import { pageCases } from '../../tests/fixtures/index.mjs';

export interface BenchCase {
  /** Fixture folder name, or `<seed>×N` for generated ones. */
  name: string;
  /** The page's address (https, as in expected.json). */
  url: string;
  html: string;
  /** For generated cases: how many times the seed's body is repeated. */
  scale: number;
  /** Size of the HTML, bytes (UTF-8). */
  bytes: number;
}

export const SEED = 'seed-syria-2013';

/** Article cases only: a page that is not an article exercises detection, not extraction. */
export function fixtureCases(): BenchCase[] {
  return pageCases()
    .filter((c) => c.expected.isArticle && c.expected.url)
    .map((c) => ({ name: c.name, url: c.url, html: c.html, scale: 1, bytes: c.bytes.length }))
    .sort((a, b) => (a.name === SEED ? -1 : b.name === SEED ? 1 : a.name.localeCompare(b.name)));
}

/**
 * The seed page with its story body repeated `scale` times: every block of the body container
 * (paragraph groups, in-body ads and teasers alike) is appended again scale-1 times, so the page
 * grows the way a long article would while its head, sidebar and footer stay as they are.
 */
export function longCase(seed: BenchCase, scale: number): BenchCase {
  const dom = new JSDOM(seed.html, { url: seed.url, virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  const { articleRoot } = TMT_PROFILE.page;
  const { body: bodyCss, bodyEnd } = TMT_PROFILE.story;
  const body = doc.querySelector(`${articleRoot.css} ${bodyCss.css}`) ?? doc.querySelector(bodyCss.css);
  if (!body) throw new Error(`bench: no story body (${bodyCss.css}) in ${seed.name}`);
  const blocks = Array.from(body.children).filter((el) => !el.matches(bodyEnd.css));
  const end = body.querySelector(`:scope > ${bodyEnd.css}`);
  for (let i = 1; i < scale; i++) {
    for (const b of blocks) body.insertBefore(b.cloneNode(true), end);
  }
  const html = dom.serialize();
  dom.window.close();
  return { name: `${seed.name} ×${scale}`, url: seed.url, html, scale, bytes: Buffer.byteLength(html) };
}
