import type { ConsolidationOptions } from "./model";

export interface ResolvedOptions {
  mode: "year" | "period";
  years: number[];
  reviewYear: number;
  excludeInvalid: boolean;
  lang: "vi" | "en";
}

/** Exactly one of year and period, whole years, a period that runs forwards. Throws otherwise. */
export function resolveOptions(options: ConsolidationOptions): ResolvedOptions {
  const { year, period } = options;
  const common = { excludeInvalid: options.excludeInvalid === true, lang: options.lang ?? "vi" } as const;
  if ((year === undefined) === (period === undefined)) {
    throw new Error("Cần chỉ đúng một trong hai: năm hoặc giai đoạn (give exactly one of year and period).");
  }
  if (year !== undefined) {
    if (!Number.isInteger(year))
      throw new Error(`Năm phải là số nguyên: ${year} (the year must be a whole number).`);
    return { mode: "year", years: [year], reviewYear: year, ...common };
  }
  const { from, to } = period as { from: number; to: number };
  if (!Number.isInteger(from) || !Number.isInteger(to) || from > to) {
    throw new Error(`Giai đoạn không hợp lệ: ${from}–${to} (a period needs whole years, from ≤ to).`);
  }
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  return { mode: "period", years, reviewYear: to, ...common };
}
