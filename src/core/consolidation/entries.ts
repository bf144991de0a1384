/** Each input file with what consolidation needs to know about it, in one deterministic order. */
import type { RosterUnit } from "../campaign/model";
import type { CheckResult } from "../validation/validate";
import { compareNumbers, compareText, firstNonZero } from "./compare";
import type { ConsolidationInput } from "./model";

export interface Entry {
  input: ConsolidationInput;
  file: string;
  checksum: string | null;
  /** Absent for an unreadable file. */
  result?: CheckResult;
  /** The roster unit, when the unit name matched. */
  unit?: RosterUnit;
  /** Report year, or the year recorded in the template when the cell could not be read. */
  year?: number;
  /** Excel serial, null when not readable. */
  reportDate: number | null;
  errors: number;
  warnings: number;
}

/**
 * What a readable file without a roster unit is: not the template at all, a workbook thidua wrote (a
 * summary, a report…), or a unit's report whose unit is not in the roster.
 */
export function strayStatus(entry: Entry): "not-the-template" | "thidua-output" | "unknown-unit" {
  const codes = new Set(entry.input.check.findings.map((f) => f.code));
  if (codes.has("thidua-output")) return "thidua-output";
  return codes.has("not-the-template") ? "not-the-template" : "unknown-unit";
}

/** The unit is looked up by code in the consolidation's roster, which may be a different copy than validation's. */
export function toEntry(input: ConsolidationInput, roster: RosterUnit[]): Entry {
  const { check } = input;
  const result = check.result;
  const sub = result?.submission;
  const date = sub?.fields.report_date;
  return {
    input,
    file: check.file.normalize("NFC"),
    checksum: input.checksum ?? null,
    result,
    unit: sub?.unit ? roster.find((u) => u.code === sub.unit?.code) : undefined,
    year: sub?.year ?? sub?.meta.year,
    reportDate: date?.status === "ok" && typeof date.value === "number" ? date.value : null,
    errors: check.counts.error,
    warnings: check.counts.warning,
  };
}

/** The unit name as written in the file (for a unit that is not in the roster). */
export function writtenUnitName(entry: Entry): string | null {
  const reading = entry.result?.submission.fields.unit_name;
  return reading?.status === "ok" && typeof reading.value === "string" ? reading.value : null;
}

/** Identical file name and checksum: compare the whole content, so even then the order is fixed. */
function compareContent(a: Entry, b: Entry): number {
  return firstNonZero(
    () => compareText(a.checksum ?? "", b.checksum ?? ""),
    () => compareText(JSON.stringify(a.input.check), JSON.stringify(b.input.check)),
  );
}

/** Roster order, then year, then file name; files of no roster unit last. */
export function compareEntries(a: Entry, b: Entry): number {
  return firstNonZero(
    () => compareNumbers(a.unit?.order ?? Infinity, b.unit?.order ?? Infinity),
    () => compareText(a.unit?.code ?? "", b.unit?.code ?? ""),
    () => compareNumbers(a.year ?? Infinity, b.year ?? Infinity),
    () => compareText(a.file, b.file),
    () => compareContent(a, b),
  );
}

/** Among files for the same unit and year: the later report date first, then the later file name. */
export function compareDuplicates(a: Entry, b: Entry): number {
  return firstNonZero(
    () => compareNumbers(b.reportDate ?? -Infinity, a.reportDate ?? -Infinity),
    () => compareText(b.file, a.file),
    () => compareContent(a, b),
  );
}

export function sortedEntries(inputs: ConsolidationInput[], roster: RosterUnit[]): Entry[] {
  return inputs.map((input) => toEntry(input, roster)).sort(compareEntries);
}
