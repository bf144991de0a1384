/** The chase texts of the catalogue (i18n "chase"), filled in; a count written the language's way. */
import vi from "../../i18n/vi.json";
import en from "../../i18n/en.json";
import { interpolate } from "../locale/interpolate";
import type { Lang } from "../locale/lang";
import { messageParamText } from "../validation/format-param";

const CATALOGUE: Record<Lang, Record<string, string>> = { vi: vi.chase, en: en.chase };

export function chaseText(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const show = (name: string, value: string | number) => messageParamText(name, value, lang);
  return interpolate(CATALOGUE[lang][key] ?? key, params, show).normalize("NFC");
}

export function hasChaseText(lang: Lang, key: string): boolean {
  return key in CATALOGUE[lang];
}
