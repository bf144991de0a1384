/** The B-section figures per unit and year, with the cell each came from, and their totals. */
import type { Campaign } from "../campaign/model";
import type { Submission } from "../submission/model";
import { SLOT_NOTES } from "./labels";
import type { IndicatorDef, IndicatorValue, UnitResult, UnitYear, YearTotals } from "./model";
import { slotOf, type Placement, type Slot } from "./placement";

export function indicatorDefs(campaign: Campaign): IndicatorDef[] {
  return campaign.fields
    .filter((f) => f.section === "B")
    .map((f) => ({ id: f.id, label: f.label, labelEn: f.labelEn, unit: f.unit ?? "", group: f.group ?? "" }));
}

/** A number the unit's file holds for a field, with its cell; null value when it could not be read. */
export function readNumber(submission: Submission, fieldId: string, file: string): IndicatorValue {
  const reading = submission.fields[fieldId];
  const value = reading?.status === "ok" && typeof reading.value === "number" ? reading.value : null;
  const location = reading?.location;
  return location ? { value, source: { file, sheet: location.sheet, cell: location.cell } } : { value };
}

function unitYear(slot: Slot, indicators: IndicatorDef[]): UnitYear {
  const values: Record<string, IndicatorValue> = {};
  const kept = slot.kept;
  for (const def of indicators) {
    values[def.id] =
      slot.included && kept?.result ? readNumber(kept.result.submission, def.id, kept.file) : { value: null };
  }
  return {
    year: slot.year,
    state: slot.state,
    included: slot.included,
    ...(kept ? { file: kept.file } : {}),
    ...(kept?.checksum ? { checksum: kept.checksum } : {}),
    duplicates: slot.files.slice(1).map((e) => e.file),
    values,
  };
}

function sumKnown(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
}

/** One year: its note; a period: the note of every year that has one ("Chưa nộp năm 2022; …"). */
function unitNote(years: UnitYear[], unitExpected: boolean): string {
  const relevant = years.filter((y) => y.state !== "valid" && (unitExpected || y.state !== "missing"));
  if (years.length === 1) return relevant.length === 0 ? "" : SLOT_NOTES[relevant[0].state];
  if (relevant.length === years.length && relevant.every((y) => y.state === "missing"))
    return SLOT_NOTES.missing;
  return relevant.map((y) => `${SLOT_NOTES[y.state]} năm ${y.year}`).join("; ");
}

export function unitResults(placement: Placement, indicators: IndicatorDef[]): UnitResult[] {
  return placement.units.map((unit) => {
    const years = placement.years.map((year) => unitYear(slotOf(placement, unit, year), indicators));
    const values: Record<string, number | null> = {};
    for (const def of indicators) values[def.id] = sumKnown(years.map((y) => y.values[def.id].value));
    return { unit, years, values, note: unitNote(years, unit.expected) };
  });
}

function sumColumn(values: (number | null)[]): number {
  return values.reduce<number>((sum, v) => sum + (v ?? 0), 0);
}

export function totalsOf(units: UnitResult[], indicators: IndicatorDef[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const def of indicators) totals[def.id] = sumColumn(units.map((u) => u.values[def.id]));
  return totals;
}

export function yearTotalsOf(units: UnitResult[], indicators: IndicatorDef[], years: number[]): YearTotals[] {
  return years.map((year, i) => {
    const totals: Record<string, number> = {};
    for (const def of indicators)
      totals[def.id] = sumColumn(units.map((u) => u.years[i].values[def.id].value));
    return { year, unitsIncluded: units.filter((u) => u.years[i].included).length, totals };
  });
}
