/** The texts of the criteria workbook's problems (i18n "criteria"), filled in, in both languages. */
import vi from "../../../i18n/vi.json";
import en from "../../../i18n/en.json";
import { interpolate } from "../../locale/interpolate";
import type { Lang } from "../../locale/lang";

export type CriteriaTextKey = keyof typeof vi.criteria;

/** A parameter: a value shown as it is, or another text of the catalogue (a column's name, say). */
export type ProblemParam = string | number | { text: CriteriaTextKey };
export type ProblemParams = Readonly<Record<string, ProblemParam>>;

// Typed against the Vietnamese catalogue, so an English catalogue missing a key fails to compile.
const CATALOGUE: Record<Lang, Record<CriteriaTextKey, string>> = { vi: vi.criteria, en: en.criteria };

export function criteriaText(lang: Lang, key: CriteriaTextKey, params: ProblemParams = {}): string {
  const filled = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === "object" ? CATALOGUE[lang][value.text] : value,
    ]),
  );
  return interpolate(CATALOGUE[lang][key], filled);
}

/** “a”, “b”, “c”: the words a cell may hold, for a problem's text. */
export function quotedList(words: readonly string[]): string {
  return words.map((w) => `“${w}”`).join(", ");
}
