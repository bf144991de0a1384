/** Numbers, percentages, lists and years as a report writes them: vi-VN (1.234.567; 12,5%) or English. */
import type { Lang } from "../../locale/lang";
import { formatNumberVi, formatPercentVi } from "../../locale/numbers";

/** 1234567 → "1.234.567" (vi) or "1,234,567" (en); whole numbers unless `decimals`. */
export function num(lang: Lang, value: number, decimals = 0): string {
  const vi = formatNumberVi(value, decimals);
  return lang === "vi" ? vi : vi.replace(/[.,]/g, (ch) => (ch === "." ? "," : "."));
}

/**
 * A ratio as a percentage with one decimal and no trailing zero ("12,5%", "10%"); two decimals when one
 * would show a change as 0 ("0,04%").
 */
export function pct(lang: Lang, ratio: number): string {
  const one = formatPercentVi(ratio, 1, { trimZeros: true });
  const text = one === "0%" && ratio !== 0 ? formatPercentVi(ratio, 2, { trimZeros: true }) : one;
  return lang === "vi" ? text : text.replace(",", ".");
}

/** "A", "A và B", "A, B và C" (en: "A, B and C"). */
export function listText(lang: Lang, items: string[]): string {
  const and = lang === "vi" ? " và " : " and ";
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")}${and}${items[items.length - 1]}`;
}

/**
 * Units listed in section II.1 (not received, with errors) that "Hạn chế" names again only when they are
 * few: beyond this it refers back to the list rather than repeat it.
 */
export const NAMED_AGAIN_AT_MOST = 3;

/** 2021–2023 (an en dash, as CAMPAIGN.md writes periods). */
export function yearRange(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

/** English count with its noun: "1 session", "2 sessions"; `plural` when it is not noun + "s". */
export function countEn(value: number, noun: string, plural = `${noun}s`): string {
  return `${num("en", value)} ${value === 1 ? noun : plural}`;
}

/** Sentence case: the first letter upper. */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

/** 1 → "I", 4 → "IV" (section and group numerals). */
export function roman(n: number): string {
  const marks: [number, string][] = [
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let rest = n;
  let out = "";
  for (const [value, mark] of marks) {
    while (rest >= value) {
      out += mark;
      rest -= value;
    }
  }
  return out;
}
