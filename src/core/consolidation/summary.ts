import type { Consolidation } from "./model";

/** What `thidua consolidate --json` prints, without the output path the CLI adds. */
export interface ConsolidationSummary {
  expected: number;
  received: number;
  valid: number;
  withErrors: number;
  /** Codes of expected units without a file for a requested year, roster order. */
  missing: string[];
  /** Codes of units with more than one file for a year, roster order. */
  duplicates: string[];
  /** Names of the files that could not be read, sorted. */
  unreadable: string[];
  /** Per indicator id, over the included units (and for a period, all its years). */
  totals: Record<string, number>;
}

export function consolidationSummary(c: Consolidation): ConsolidationSummary {
  return {
    expected: c.counts.expected,
    received: c.counts.received,
    valid: c.counts.valid,
    withErrors: c.counts.withErrors,
    missing: c.missing.map((m) => m.code),
    duplicates: [...c.duplicateUnits],
    unreadable: c.status.filter((s) => s.status === "unreadable").map((s) => s.file ?? ""),
    totals: { ...c.totals },
  };
}
