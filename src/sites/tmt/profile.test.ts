/** Every entry of the TMT profile that reflects a template era says which, and where it was learned. */
import { describe, expect, it } from 'vitest';
import type { Evidence } from '../site-profile';
import { TMT_PROFILE } from '.';

const p = TMT_PROFILE;
const entries: [string, Evidence][] = [
  ...p.hosts.map((h) => [`host ${h.host}`, h] as [string, Evidence]),
  ...p.pathServices.map((s) => [`service ${s.name}`, s] as [string, Evidence]),
  ...p.text.otherLanguageLine.map((g) => [g.what, g] as [string, Evidence]),
  ...[...p.articleRules, ...p.nonArticleRules].map((r) => [`URL rule ${r.kind}`, r] as [string, Evidence]),
  ...Object.entries({ ...p.page, ...p.story }).flatMap(([k, v]) => (typeof v === 'object' && 'css' in v ? [[k, v] as [string, Evidence]] : [])),
  ...[...p.drop, ...p.lateOverlays].map((g) => [g.what, g] as [string, Evidence]),
  ...[...p.text.appealStrong, ...p.text.appealWeak, ...p.text.labels].map((g) => [g.what, g] as [string, Evidence]),
  ['appeal voice', p.text.appealVoice],
];

describe('the TMT profile', () => {
  it.each(entries)('%s is dated and sourced', (_what, e) => {
    expect(e.era.trim().length).toBeGreaterThan(2);
    expect(e.source.trim().length).toBeGreaterThan(2);
  });

  it('has no selector or pattern listed twice', () => {
    for (const groups of [p.drop, p.lateOverlays]) {
      const selectors = groups.flatMap((g) => g.selectors);
      expect(new Set(selectors).size).toBe(selectors.length);
    }
    const patterns = [...p.text.appealStrong, ...p.text.appealWeak, ...p.text.labels].flatMap((g) => g.patterns.map(String));
    expect(new Set(patterns).size).toBe(patterns.length);
  });
});
