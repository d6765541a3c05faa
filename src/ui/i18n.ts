/**
 * UI strings. Both message tables from `_locales` are bundled so the reader and the popup can speak
 * the ARTICLE's language (`browser.i18n.getMessage` only knows the browser's locale).
 * The tables are the same files the browser uses, so every string still lives in `_locales`.
 */
import en from '../../_locales/en/messages.json';
import ru from '../../_locales/ru/messages.json';

export type MsgKey = keyof typeof en;
export type UiLang = 'en' | 'ru';
export type T = (key: MsgKey, ...subs: (string | number)[]) => string;

const TABLES: Record<UiLang, Record<string, { message: string }>> = { en, ru };

/** The UI language for an article language or a browser locale: Russian for `ru*`, otherwise English. */
export function uiLang(lang: string | null | undefined): UiLang {
  return typeof lang === 'string' && /^ru(?:[-_]|$)/i.test(lang.trim()) ? 'ru' : 'en';
}

/** A translator for one language; `$1`…`$9` are replaced by the substitutions, as in `i18n.getMessage`. */
export function translator(lang: string | null | undefined): T {
  const table = TABLES[uiLang(lang)];
  return (key, ...subs) => {
    const msg = table[key]?.message ?? en[key]?.message ?? key;
    return msg.replace(/\$(\d)/g, (m, d: string) => {
      const v = subs[Number(d) - 1];
      return v === undefined ? m : String(v);
    });
  };
}
