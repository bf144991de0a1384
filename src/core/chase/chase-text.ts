/** The chase texts of the catalogue (i18n "chase"), filled in. */
import vi from "../../i18n/vi.json";
import en from "../../i18n/en.json";
import { interpolate } from "../locale/interpolate";
import type { Lang } from "../locale/lang";

const CATALOGUE: Record<Lang, Record<string, string>> = { vi: vi.chase, en: en.chase };

export function chaseText(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  return interpolate(CATALOGUE[lang][key] ?? key, params).normalize("NFC");
}

export function hasChaseText(lang: Lang, key: string): boolean {
  return key in CATALOGUE[lang];
}
