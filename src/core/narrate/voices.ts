/**
 * Choosing a speech voice for an article's language. Pure: takes the list the speech engine gives
 * (`speechSynthesis.getVoices()`, or anything of the same shape) and returns one of its items.
 */

/** The fields of a SpeechSynthesisVoice that the choice looks at. */
export interface VoiceLike {
  voiceURI: string;
  name: string;
  lang: string;
  default?: boolean;
  localService?: boolean;
}

/** The primary language subtag, lower case: "en-US" and "en_us" give "en". */
export function primaryLang(tag: string | null | undefined): string {
  return (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** Region the speech engine is asked for when the article names only a language. */
const DEFAULT_REGION: Record<string, string> = { en: 'en-US', ru: 'ru-RU' };

/** The BCP 47 tag to put on utterances for an article language ("ru" gives "ru-RU"). */
export function speechLang(lang: string | null | undefined): string {
  const tag = (lang ?? '').trim();
  if (tag.includes('-') || tag.includes('_')) return tag.replace('_', '-');
  const p = primaryLang(tag) || 'en';
  return DEFAULT_REGION[p] ?? p;
}

/**
 * The voices that speak `lang`, best first: the engine's default, then the article's usual region
 * (en-US, ru-RU), then voices on the device (they work offline and start at once), then by name.
 */
export function voicesFor<V extends VoiceLike>(voices: readonly V[], lang: string): V[] {
  const want = primaryLang(lang);
  if (!want) return [];
  const region = speechLang(lang).toLowerCase();
  const rank = (v: V): number =>
    (v.default ? 0 : 4) + (v.lang.replace('_', '-').toLowerCase() === region ? 0 : 2) + (v.localService === false ? 1 : 0);
  return voices
    .filter((v) => primaryLang(v.lang) === want)
    .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

/**
 * The voice to read `lang` with: the reader's saved choice for that language when the engine still has
 * it, else the best match. null when no voice speaks the language (the reader then says so, rather than
 * reading Russian with an English voice).
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: string, savedURI?: string | null): V | null {
  const matching = voicesFor(voices, lang);
  if (savedURI) {
    const saved = matching.find((v) => v.voiceURI === savedURI);
    if (saved) return saved;
  }
  return matching[0] ?? null;
}
