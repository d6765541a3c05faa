/**
 * What detection (core/detect.ts) reads of a site profile: its hosts, path services and URL rules, and the few
 * selectors that confirm an article page. Everything else (each entry's era, source and example URLs, the markup
 * cleaning needs, the texts) is for cleaning, the tests and whoever edits the profile.
 *
 * The content script detects on every page of the site, so it carries signatures, not profiles: the extension's
 * bundles get SIGNATURES as a literal computed at build time (scripts/site-signatures.mjs), and the profiles'
 * documentation never reaches the content script (start.js). A profile is itself a signature (every field here is one of its fields).
 */
import type { Lang } from '../core/types';
import type { SiteProfile } from './site-profile';

export interface SignatureRule {
  pattern: RegExp;
  kind: string;
  hosts?: string[];
}

export interface SiteSignature {
  id: string;
  name: string;
  hosts: { host: string; lang: Lang }[];
  pathServices: { hosts: string[]; prefix: string; lang: Lang; name: string }[];
  articleRules: SignatureRule[];
  nonArticleRules: SignatureRule[];
  page: {
    articleBodyClasses: string[];
    nonArticleBodyClasses: Record<string, string>;
    articleRoot: { css: string };
  };
  story: { title: { css: string }; published: { css: string }; body: { css: string } };
}

const rule = ({ pattern, kind, hosts }: SignatureRule): SignatureRule => (hosts ? { pattern, kind, hosts } : { pattern, kind });

/** The signature of a profile: its fields detection reads, nothing else. */
export function signatureOf(p: SiteProfile): SiteSignature {
  return {
    id: p.id,
    name: p.name,
    hosts: p.hosts.map(({ host, lang }) => ({ host, lang })),
    pathServices: p.pathServices.map(({ hosts, prefix, lang, name }) => ({ hosts, prefix, lang, name })),
    articleRules: p.articleRules.map(rule),
    nonArticleRules: p.nonArticleRules.map(rule),
    page: {
      articleBodyClasses: p.page.articleBodyClasses,
      nonArticleBodyClasses: p.page.nonArticleBodyClasses,
      articleRoot: { css: p.page.articleRoot.css },
    },
    story: { title: { css: p.story.title.css }, published: { css: p.story.published.css }, body: { css: p.story.body.css } },
  };
}
