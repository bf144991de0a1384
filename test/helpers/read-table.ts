import type { CellSnapshot, WorkbookSnapshot } from "../../src/core/workbook-model/snapshot";
import { parseRange, toA1 } from "../../src/core/workbook-model/address";

/** The rows of a named Excel table in a snapshot, as objects keyed by header text (cells kept whole). */
export function tableRows(
  snapshot: WorkbookSnapshot,
  name: string,
): Record<string, CellSnapshot | undefined>[] {
  const table = snapshot.tables.find((t) => t.name === name);
  if (!table) throw new Error(`no table ${name}`);
  const sheet = snapshot.sheets.find((s) => s.name === table.sheet);
  const range = parseRange(table.ref);
  const rows: Record<string, CellSnapshot | undefined>[] = [];
  for (let r = range.top + 1; r <= range.bottom; r++) {
    const row: Record<string, CellSnapshot | undefined> = {};
    table.columns.forEach((header, i) => (row[header] = sheet?.cells[toA1(r, range.left + i)]));
    rows.push(row);
  }
  return rows;
}

export const valueOf = (cell: CellSnapshot | undefined): string | number | boolean | null =>
  cell?.value ?? null;
