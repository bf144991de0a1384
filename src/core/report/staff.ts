/**
 * Staff counts (staff_total, section A of the template) of the units a consolidation merged, per year: the
 * denominator of the participation rate. The consolidation keeps only section B, so they are read from the
 * same checked files, matched by file name, checksum, unit and year.
 */
import type { Consolidation, ConsolidationInput, UnitYear } from "../consolidation/model";
import type { StaffCounts } from "./figures";

const STAFF_FIELD = "staff_total";

function staffOf(inputs: ConsolidationInput[], code: string, slot: UnitYear): number | null {
  for (const input of inputs) {
    const submission = input.check.result?.submission;
    if (!submission || input.check.file.normalize("NFC") !== slot.file) continue;
    if (slot.checksum !== undefined && input.checksum !== undefined && input.checksum !== slot.checksum)
      continue;
    if (submission.unit?.code !== code || (submission.year ?? submission.meta.year) !== slot.year) continue;
    const reading = submission.fields[STAFF_FIELD];
    return reading?.status === "ok" && typeof reading.value === "number" ? reading.value : null;
  }
  return null;
}

/** Years where the staff of every merged unit is known; a year with one unknown is left out. */
export function staffByYear(inputs: ConsolidationInput[], c: Consolidation): StaffCounts {
  const out: StaffCounts = {};
  c.years.forEach((year, i) => {
    const counts = c.units
      .filter((u) => u.years[i].included)
      .map((u) => staffOf(inputs, u.unit.code, u.years[i]));
    if (counts.every((n): n is number => n !== null)) out[year] = counts.reduce((a, b) => a + b, 0);
  });
  return out;
}
