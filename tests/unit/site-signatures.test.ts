/**
 * The content script detects with site signatures written into it at build time (scripts/site-signatures.mjs):
 * they must detect exactly as the profiles do, and leave the profiles' documentation and texts out of the content
 * script (the stub content.js and the start.js it loads).
 */
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { CONTENT_BUNDLE, EXTENSION_ENTRIES } from '../../scripts/bundle-options.mjs';
import { siteSignatures, toSource } from '../../scripts/site-signatures.mjs';
import { rulePath, urlRule } from '../../src/core/detect';
import { PROFILES } from '../../src/sites';
import { SIGNATURES } from '../../src/sites/signatures';
import type { SiteSignature } from '../../src/sites/signature';

const ROOT = path.resolve(__dirname, '../..');

/** src/sites/signatures.ts as the content script's build makes it, loaded. */
async function builtSignatures(): Promise<SiteSignature[]> {
  const out = await build({
    entryPoints: [path.join(ROOT, 'src/sites/signatures.ts')],
    bundle: true,
    format: 'esm',
    write: false,
    plugins: [siteSignatures],
    logLevel: 'silent',
  });
  const js = out.outputFiles[0]!.text;
  expect(js).not.toMatch(/\bimport\b/); // a literal, not the profiles
  const mod = (await import(`data:text/javascript;base64,${Buffer.from(js).toString('base64')}`)) as { SIGNATURES: SiteSignature[] };
  return mod.SIGNATURES;
}

describe('site signatures, as built into the content script', () => {
  it('equal the signatures computed from the profiles', async () => {
    expect(await builtSignatures()).toEqual(SIGNATURES);
  });

  it('put every example URL of every profile under the same kind of rule as the profile does', async () => {
    const built = await builtSignatures();
    for (const profile of PROFILES) {
      const site = built.find((s) => s.id === profile.id)!;
      for (const rule of [...profile.articleRules, ...profile.nonArticleRules]) {
        for (const url of rule.examples) {
          const path = rulePath(new URL(url));
          const byProfile = urlRule(profile, path);
          expect(urlRule(site, path), url).toEqual({ rule: { pattern: rule.pattern, kind: rule.kind, ...(rule.hosts ? { hosts: rule.hosts } : {}) }, article: byProfile?.article });
        }
      }
    }
  });

  // content.js is the stub every page compiles at load; start.js, which it asks for at idle, detects.
  it.each(['content', 'start'] as const)('leave every example URL, source and text pattern of the profiles out of %s.js', async (entry) => {
    const out = await build({ ...CONTENT_BUNDLE, entryPoints: [path.join(ROOT, EXTENSION_ENTRIES[entry])], write: false, logLevel: 'silent' });
    const js = out.outputFiles[0]!.text;
    if (entry === 'start') expect(js).toContain('tmt:page-status'); // the detecting half, not an empty bundle
    for (const p of PROFILES) {
      const rules = [...p.articleRules, ...p.nonArticleRules, ...p.pathServices];
      for (const url of rules.flatMap((r) => r.examples)) expect(js.includes(url), url).toBe(false);
      for (const source of [...p.hosts, ...rules].map((e) => e.source)) expect(js.includes(source), source).toBe(false);
      for (const pattern of [...p.text.appealStrong, ...p.text.labels].flatMap((g) => g.patterns)) expect(js.includes(pattern.source), String(pattern)).toBe(false);
    }
  });

  it('are written only from values a literal can hold', () => {
    expect(toSource({ a: [/x\/y/giu, 'q"uote', 1, true, null] })).toBe('{"a":[/x\\/y/giu,"q\\"uote",1,true,null]}');
    expect(() => toSource(new Map())).toThrow(/cannot write/);
    expect(() => toSource({ when: new Date(0) })).toThrow(/cannot write/);
  });
});
