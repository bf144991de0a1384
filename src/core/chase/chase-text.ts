/** The chase texts of the catalogue (i18n "chase"), filled in; a count written the language's way. */
import vi from "../../i18n/vi.json";
import en from "../../i18n/en.json";
import type { Lang } from "../locale/lang";
import { fillMessage } from "../validation/format-param";

const CATALOGUE: Record<Lang, Record<string, string>> = { vi: vi.chase, en: en.chase };

export function chaseText(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  return fillMessage(CATALOGUE[lang][key] ?? key, params, lang).normalize("NFC");
}

export function hasChaseText(lang: Lang, key: string): boolean {
  return key in CATALOGUE[lang];
}
