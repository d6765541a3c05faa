/** Every site TMT Reader knows. Pages elsewhere get the generic reader. */
import type { SelectorGroup, SiteProfile } from './site-profile';
import { TMT_PROFILE } from './tmt';

export type { Evidence, HostEntry, Markup, PhraseGroup, SelectorGroup, SiteProfile, UrlRule } from './site-profile';
export { TMT_PROFILE } from './tmt';

export const PROFILES: SiteProfile[] = [TMT_PROFILE];

/** The profile of the site a host belongs to, or null. */
export function siteForHost(host: string): SiteProfile | null {
  const h = host.toLowerCase();
  return PROFILES.find((p) => p.hosts.some((entry) => entry.host === h)) ?? null;
}

/** The profile of a site detection found (Detection.site.id). */
export function profileById(id: string): SiteProfile | null {
  return PROFILES.find((p) => p.id === id) ?? null;
}

/** The selectors of some groups (the drop list, the late overlays), as one list. */
export function selectorsOf(groups: readonly SelectorGroup[]): string[] {
  return groups.flatMap((g) => g.selectors);
}
