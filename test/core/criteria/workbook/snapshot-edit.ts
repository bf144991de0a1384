/** Small edits on a snapshot, as a clerk would make them in Excel. */
import type {
  CellValue,
  SheetSnapshot,
  WorkbookSnapshot,
} from "../../../../src/core/workbook-model/snapshot";
import { columnLetters, parseA1 } from "../../../../src/core/workbook-model/address";

export function sheetOf(snapshot: WorkbookSnapshot, name: string): SheetSnapshot {
  const sheet = snapshot.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** Address of the first cell (top to bottom) whose value is `value`. */
export function find(snapshot: WorkbookSnapshot, sheet: string, value: CellValue): string {
  const hits = Object.entries(sheetOf(snapshot, sheet).cells)
    .filter(([, c]) => c.value === value)
    .map(([a]) => a)
    .sort((a, b) => parseA1(a).row - parseA1(b).row || parseA1(a).col - parseA1(b).col);
  if (hits.length === 0) throw new Error(`no “${String(value)}” on ${sheet}`);
  return hits[0];
}

export function rowOf(snapshot: WorkbookSnapshot, sheet: string, value: CellValue): number {
  return parseA1(find(snapshot, sheet, value)).row;
}

export function columnOf(snapshot: WorkbookSnapshot, sheet: string, header: string): string {
  return columnLetters(parseA1(find(snapshot, sheet, header)).col);
}

/** The cell in `header`'s column on the row where `key` is found. */
export function cellBeside(
  snapshot: WorkbookSnapshot,
  sheet: string,
  key: CellValue,
  header: string,
): string {
  return `${columnOf(snapshot, sheet, header)}${rowOf(snapshot, sheet, key)}`;
}

export function setCell(snapshot: WorkbookSnapshot, sheet: string, address: string, value: CellValue): void {
  const cells = sheetOf(snapshot, sheet).cells;
  if (value === null || value === "") delete cells[address];
  else cells[address] = { value };
}

export function clearRow(snapshot: WorkbookSnapshot, sheet: string, row: number): void {
  const cells = sheetOf(snapshot, sheet).cells;
  for (const address of Object.keys(cells)) if (parseA1(address).row === row) delete cells[address];
}
