/** The language pack for a story's language. */
import type { Lang } from '../../types';
import { en } from './en';
import { ru } from './ru';
import type { LangPack } from './pack';

const PACKS: Record<Lang, LangPack> = { en, ru };

export function packFor(lang: Lang): LangPack {
  return PACKS[lang] ?? en;
}
