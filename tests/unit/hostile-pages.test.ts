/**
 * Generated hostile pages, first half of the story fixtures (see helpers/hostile-matrix.ts), and the generator's
 * and judge's own checks: reproducible, placing vectors everywhere, failing readers that lose or leak.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { closeGenerator, generatePage, judgeStory, type GeneratedPage } from '../fixtures/xss/hostile';
import { hostileMatrix, read, stories, vectors } from './helpers/hostile-matrix';

hostileMatrix(0);
afterAll(() => closeGenerator());

describe('the generator and its judge', () => {
  const c = stories.find((s) => s.name.endsWith('seed-syria-2013'))!;
  const fx = { name: c.name, url: c.expected.url, html: c.html };
  const clean = read(c.html, fx.url).paragraphs;
  const page = generatePage(fx, vectors, clean, 40, 7);

  it('builds the same page from the same seed, another from another seed', () => {
    expect(generatePage(fx, vectors, clean, 40, 7).html).toBe(page.html);
    expect(generatePage(fx, vectors, clean, 40, 8).html).not.toBe(page.html);
  });

  it('places vectors between blocks, beside their containers and inside paragraphs', () => {
    const many = generatePage(fx, vectors, clean, 200, 7);
    const sites = new Set(many.placed.map((p) => (p.site === 'text' ? 'text' : p.level === 0 ? 'beside' : 'outer')));
    expect([...sites].sort()).toEqual(['beside', 'outer', 'text']);
    // Every vector drawn found a place that keeps the story's blocks whole.
    expect(many.placed).toHaveLength(200);
    expect(many.unplaced).toEqual([]);
  });

  it('fails a reader that loses a paragraph, reorders two, or shows what is not prose', () => {
    const got = read(page.html, fx.url).paragraphs;
    expect(judgeStory(page, clean, got)).toEqual([]);
    expect(judgeStory(page, clean, got.filter((p) => !p.startsWith(clean[3]!.slice(0, 30))))).not.toEqual([]);
    const swapped = [...clean];
    [swapped[2], swapped[3]] = [swapped[3]!, swapped[2]!];
    expect(judgeStory(page, clean, swapped)).not.toEqual([]);
    const withHidden = page.placed.find((p) => p.hidden.some((h) => h.length >= 4));
    expect(withHidden).toBeDefined();
    expect(judgeStory(page, clean, [...clean, withHidden!.hidden.find((h) => h.length >= 4)!])).not.toEqual([]);
    expect(judgeStory(page, clean, [...clean.slice(0, 2), 'Some paragraph from elsewhere.', ...clean.slice(2)])).not.toEqual([]);
  });

  it("accepts the prose of vectors placed before a paragraph's first word, apart as the page shows them", () => {
    // Two vectors before a caption's first word (an inline block: they go inside it) show as 'ctl -->Sivtsev’s …'.
    const at = (prose: string, id: number) => ({ id, site: 'before' as const, level: 0, inline: true, paragraph: 1, prose: [prose], hidden: [] });
    const two = { ...page, placed: [at('ctl', 1), at('-->', 2)] };
    const got = [...clean];
    got[1] = `ctl -->${clean[1]} -->  ctl`;
    expect(judgeStory(two, clean, got)).toEqual([]);
  });

  it("accepts the vectors' own prose where the page shows it", () => {
    const prose = page.placed.find((p) => !p.inline && p.prose.length > 0) as GeneratedPage['placed'][number] | undefined;
    expect(prose).toBeDefined();
    expect(judgeStory(page, clean, [...clean, prose!.prose.join(' ')])).toEqual([]);
  });
});
