import vi from "./vi.json";
import en from "./en.json";

import type { Lang } from "../core/locale/lang";
import { fillMessage } from "../core/validation/format-param";

export type { Lang };
export const LANGS: readonly Lang[] = ["vi", "en"];

export type UiKey = keyof typeof vi.ui;
export type Params = Readonly<Record<string, string | number>>;
export type Translate = (key: UiKey, params?: Params) => string;

// Typed against the Vietnamese catalogue, so an English catalogue missing a key fails to compile.
const CATALOGUES: Record<Lang, Record<UiKey, string>> = { vi: vi.ui, en: en.ui };

/** The UI text for key in lang, with {name} placeholders filled from params. */
export function translate(lang: Lang, key: UiKey, params: Params = {}): string {
  return fillMessage(CATALOGUES[lang][key], params, lang);
}

/** t(key, params) bound to one language. */
export function makeT(lang: Lang): Translate {
  return (key, params) => translate(lang, key, params);
}

/** The UI language for an Office display language such as "vi-VN" or "en-US"; Vietnamese unless English. */
export function langFromLocale(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith("en") ? "en" : "vi";
}
