/** Rows of a campaign table (initiatives, proposals) read from a unit's kept file, text kept as data in NFC. */
import type { RosterUnit } from "../campaign/model";
import type { TableRowReading } from "../submission/model";
import type { TableRowSource } from "./model";
import type { Slot } from "./placement";

export interface UnitTableRow {
  unit: RosterUnit;
  year: number;
  reading: TableRowReading;
  values: Record<string, string | number | null>;
  source: TableRowSource;
}

function copyValues(values: TableRowReading["values"]): Record<string, string | number | null> {
  const copy: Record<string, string | number | null> = {};
  for (const [key, value] of Object.entries(values))
    copy[key] = typeof value === "string" ? value.normalize("NFC") : value;
  return copy;
}

/** The non-blank rows of `tableId` in the slot's kept file, when the slot is included. */
export function rowsOf(slot: Slot, tableId: string): UnitTableRow[] {
  const kept = slot.kept;
  const table = slot.included ? kept?.result?.submission.tables[tableId] : undefined;
  if (!kept || !table || table.sheet === undefined) return [];
  const sheet = table.sheet;
  return table.rows.map((reading) => ({
    unit: slot.unit,
    year: slot.year,
    reading,
    values: copyValues(reading.values),
    source: { file: kept.file, sheet, row: reading.sheetRow },
  }));
}
