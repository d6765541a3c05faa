/**
 * The Moscow Times' site profile: its hosts and addresses (urls.ts), its markup (markup.ts) and its words
 * (texts.ts), each entry with the template era it reflects and where it was learned.
 */
import type { SiteProfile } from '../site-profile';
import { TMT_DROP, TMT_LATE_OVERLAYS, TMT_PAGE, TMT_STORY } from './markup';
import { TMT_AGENCIES, TMT_OUTLET_NAMES, TMT_TEXT } from './texts';
import { TMT_ARTICLE_RULES, TMT_HOSTS, TMT_NON_ARTICLE_RULES, TMT_PATH_SERVICES } from './urls';

export const TMT_PROFILE: SiteProfile = {
  id: 'tmt',
  name: 'The Moscow Times',
  hosts: TMT_HOSTS,
  pathServices: TMT_PATH_SERVICES,
  articleRules: TMT_ARTICLE_RULES,
  nonArticleRules: TMT_NON_ARTICLE_RULES,
  page: TMT_PAGE,
  story: TMT_STORY,
  drop: TMT_DROP,
  lateOverlays: TMT_LATE_OVERLAYS,
  outletNames: TMT_OUTLET_NAMES,
  agencies: TMT_AGENCIES,
  text: TMT_TEXT,
};
