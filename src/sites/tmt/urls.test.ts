/** Every URL rule's examples fall under that rule, on a host of the profile; no non-article example is an article. */
import { describe, expect, it } from 'vitest';
import { rulePath, urlRule } from '../../core/detect';
import { TMT_PROFILE } from '.';

const hosts = new Set(TMT_PROFILE.hosts.map((h) => h.host));
const examples = (article: boolean) =>
  (article ? TMT_PROFILE.articleRules : TMT_PROFILE.nonArticleRules).flatMap((rule) => rule.examples.map((url) => [url, rule] as const));

describe('TMT URL rules, by their examples', () => {
  it('every rule has examples', () => {
    for (const rule of [...TMT_PROFILE.articleRules, ...TMT_PROFILE.nonArticleRules]) expect(rule.examples.length, rule.kind).toBeGreaterThan(0);
  });

  it.each(examples(true))('%s is an article by the rule it is listed under', (url, rule) => {
    const parsed = new URL(url);
    expect(hosts.has(parsed.hostname)).toBe(true);
    expect(rule.pattern.test(rulePath(parsed))).toBe(true);
    expect(urlRule(TMT_PROFILE, rulePath(parsed))).toEqual({ rule, article: true });
  });

  it.each(examples(false))('%s is not an article, by the rule it is listed under', (url, rule) => {
    const parsed = new URL(url);
    expect(hosts.has(parsed.hostname)).toBe(true);
    expect(urlRule(TMT_PROFILE, rulePath(parsed))).toEqual({ rule, article: false });
    for (const articleRule of TMT_PROFILE.articleRules) expect(articleRule.pattern.test(rulePath(parsed)), articleRule.kind).toBe(false);
  });

  it('an address under no rule is left to the markup', () => {
    expect(urlRule(TMT_PROFILE, rulePath(new URL('https://www.themoscowtimes.com/stories/some-new-route')))).toBeNull();
  });
});
