import type { Campaign } from "../campaign/model";
import type { ConsolidationInput, ConsolidationOptions } from "./model";

/** A consolidation's years: one report year, or a period (sơ kết, tổng kết). */
export type Scope = { mode: "year"; year: number } | { mode: "period"; from: number; to: number };

/** The campaign's years, first to last. */
export function campaignYears(campaign: Campaign): number[] {
  const { firstYear, lastYear } = campaign.settings;
  return Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
}

/**
 * The latest report year among the inputs; else this year, kept inside the campaign's years. A loop, not
 * Math.max(...years): there may be more inputs than a call takes arguments.
 */
export function defaultYear(inputs: ConsolidationInput[], campaign: Campaign, now = new Date()): number {
  let latest: number | undefined;
  for (const input of inputs) {
    const year = input.check.result?.submission.year;
    if (year !== undefined && Number.isInteger(year) && (latest === undefined || year > latest))
      latest = year;
  }
  if (latest !== undefined) return latest;
  const { firstYear, lastYear } = campaign.settings;
  return Math.min(lastYear, Math.max(firstYear, now.getFullYear()));
}

export function scopeOptions(scope: Scope): Pick<ConsolidationOptions, "year" | "period"> {
  return scope.mode === "year" ? { year: scope.year } : { period: { from: scope.from, to: scope.to } };
}
