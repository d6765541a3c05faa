/** A citation key in ASCII letters and digits: first author's family name (or outlet), year, first title word. */
import type { CitationData } from './data';

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** Lower-case ASCII: accents dropped, Cyrillic transliterated, anything else removed. */
export function asciiWord(text: string): string {
  // Transliterated before decomposing: NFKD would split й into и and a breve.
  return Array.from(text.toLowerCase(), (c) => CYRILLIC[c] ?? c)
    .join('')
    .normalize('NFKD')
    .replace(/[^a-z0-9]/g, '');
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'in', 'on', 'of', 'at', 'to', 'for', 'and', 'v', 'vo', 'na', 'o', 'i', 's']);

export function citationKey(d: CitationData): string {
  const first = d.authors[0]!;
  const who = asciiWord('family' in first ? first.family : first.literal.replace(/^the\s+/i, '')) || 'anon';
  const word = d.title.split(/\s+/).map(asciiWord).find((w) => w && !SMALL_WORDS.has(w)) ?? '';
  return `${who}${d.published?.year ?? 'nd'}${word}`;
}
