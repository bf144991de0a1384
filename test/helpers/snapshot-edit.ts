import type { CellSnapshot, WorkbookSnapshot } from "../../src/core/workbook-model/snapshot";
import { parseA1, parseRange, rangeToA1, toA1 } from "../../src/core/workbook-model/address";

export function setCell(
  snapshot: WorkbookSnapshot,
  sheet: string,
  address: string,
  cell: CellSnapshot | undefined,
): void {
  const target = snapshot.sheets.find((s) => s.name === sheet);
  if (!target) throw new Error(`no sheet ${sheet}`);
  if (cell) target.cells[address] = cell;
  else delete target.cells[address];
}

/** What Excel does when a user inserts rows: cells, merges, names and tables below `at` move down. */
export function insertRows(snapshot: WorkbookSnapshot, sheet: string, at: number, count: number): void {
  const shiftCell = (address: string): string => {
    const { row, col } = parseA1(address);
    return row >= at ? toA1(row + count, col) : address;
  };
  const shiftRange = (ref: string): string => {
    const r = parseRange(ref);
    return rangeToA1({
      ...r,
      top: r.top >= at ? r.top + count : r.top,
      bottom: r.bottom >= at ? r.bottom + count : r.bottom,
    });
  };
  const target = snapshot.sheets.find((s) => s.name === sheet);
  if (!target) throw new Error(`no sheet ${sheet}`);
  target.cells = Object.fromEntries(Object.entries(target.cells).map(([a, c]) => [shiftCell(a), c]));
  target.merges = target.merges.map(shiftRange);
  for (const name of snapshot.names) if (name.sheet === sheet) name.ref = shiftRange(name.ref);
  for (const table of snapshot.tables) if (table.sheet === sheet) table.ref = shiftRange(table.ref);
}
