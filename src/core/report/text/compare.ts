/** "tăng 12,5% so với năm 2023", "giảm …", "bằng năm 2023": a figure against the year before. */
import type { Lang } from "../../locale/lang";
import { pct } from "./format";

export type ChangeKind = "up" | "down" | "same" | "from-zero";

export function changeKind(current: number, previous: number): ChangeKind {
  if (current === previous) return "same";
  if (previous === 0) return "from-zero";
  return current > previous ? "up" : "down";
}

/** The clause, or "" when there is no previous year to compare with. */
export function changeText(lang: Lang, current: number, previous: number | undefined, year?: number): string {
  if (previous === undefined || year === undefined) return "";
  const kind = changeKind(current, previous);
  const ratio = previous === 0 ? 0 : Math.abs(current - previous) / previous;
  if (lang === "en") {
    if (kind === "same") return `the same as in ${year}`;
    if (kind === "from-zero") return `against none in ${year}`;
    return `${kind === "up" ? "up" : "down"} ${pct(lang, ratio)} on ${year}`;
  }
  if (kind === "same") return `bằng năm ${year}`;
  if (kind === "from-zero") return `trong khi năm ${year} không có`;
  return `${kind === "up" ? "tăng" : "giảm"} ${pct(lang, ratio)} so với năm ${year}`;
}

/** current / previous × 100 with one decimal, the "So sánh (%)" column; null when previous is 0. */
export function ratioPercent(current: number, previous: number): number | null {
  return previous === 0 ? null : Math.round((current / previous) * 1000) / 10;
}
