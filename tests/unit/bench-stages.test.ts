import { describe, expect, it } from 'vitest';
import { NO_SITE_STEPS, STAGES, stageTimes } from '../../scripts/bench/stages';
import { domOf, loadCases } from './helpers/fixtures';

// The bench's step table (scripts/bench/stages.ts) times the site profile's steps. On a page the profile finds no story
// in, readArticle reads with the generic reader; the table must say so in a way main.ts can pass over (a full
// `npm run bench` crashed there when the pre-2009 page became the worst fixture), not fail the whole run.
describe('bench step table', () => {
  const cases = loadCases(['tmt', 'tmt-extra']);
  const pick = (name: string) => cases.find((c) => c.name.endsWith(`/${name}`))!;

  it('times every step of a page the site profile reads', () => {
    const c = pick('seed-syria-2013');
    const t = stageTimes(domOf(c.html, c.expected.url).window.document, c.expected.url, () => performance.now());
    expect(Object.keys(t).sort()).toEqual([...STAGES].sort());
  });

  it('throws the generic-reader marker on a page read without a story root', () => {
    const c = pick('old-site-stories-2008');
    expect(() => stageTimes(domOf(c.html, c.expected.url).window.document, c.expected.url, () => performance.now())).toThrow(NO_SITE_STEPS);
  });
});
