/** Finds blocks on a criteria sheet by their header texts (any order, extra columns ignored) and reads their rows. */
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../../workbook-model/snapshot";
import { columnLetters, parseA1 } from "../../workbook-model/address";
import type { BlockSpec } from "./block";
import { foldKey, isBlankCell } from "./cells";

export interface SheetGrid {
  name: string;
  cell(row: number, col: number): CellSnapshot | undefined;
  /** Rows holding at least one cell, ascending. */
  rows: number[];
  rowCells(row: number): ReadonlyMap<number, CellSnapshot>;
}

export interface BlockRecord<K extends string> {
  row: number;
  cell(key: K): CellSnapshot | undefined;
  /** Column letter of a key's column, for problems. */
  column(key: K): string | undefined;
}

export interface FoundBlock<K extends string> {
  headerRow: number;
  records: BlockRecord<K>[];
}

/** Sheet names compare like headers (NFC, case and spaces ignored). */
export function findSheet(snapshot: WorkbookSnapshot, name: string): SheetGrid | undefined {
  const sheet = snapshot.sheets.find((s) => foldKey(s.name) === foldKey(name));
  return sheet ? gridOf(sheet) : undefined;
}

export function gridOf(sheet: SheetSnapshot): SheetGrid {
  const byRow = new Map<number, Map<number, CellSnapshot>>();
  for (const [address, cell] of Object.entries(sheet.cells)) {
    const { row, col } = parseA1(address);
    let cells = byRow.get(row);
    if (!cells) byRow.set(row, (cells = new Map()));
    cells.set(col, cell);
  }
  const empty = new Map<number, CellSnapshot>();
  return {
    name: sheet.name,
    cell: (row, col) => byRow.get(row)?.get(col),
    rows: [...byRow.keys()].sort((a, b) => a - b),
    rowCells: (row) => byRow.get(row) ?? empty,
  };
}

export function readBlock<K extends string>(grid: SheetGrid, spec: BlockSpec<K>): FoundBlock<K> | undefined {
  for (const row of grid.rows) {
    const columns = matchHeader(grid.rowCells(row), spec);
    if (columns) return { headerRow: row, records: recordsBelow(grid, row, columns) };
  }
  return undefined;
}

/** The block's column numbers if this row holds all its required headers. */
function matchHeader<K extends string>(
  cells: ReadonlyMap<number, CellSnapshot>,
  spec: BlockSpec<K>,
): Map<K, number> | undefined {
  const where = new Map<string, number[]>();
  for (const [col, cell] of cells) {
    if (typeof cell.value !== "string") continue;
    const key = foldKey(cell.value);
    where.set(key, [...(where.get(key) ?? []), col]);
  }
  const candidates = (c: BlockSpec<K>["columns"][number]): number[] =>
    [c.header, ...(c.aliases ?? [])].flatMap((h) => where.get(foldKey(h)) ?? []);
  const required = spec.columns.filter((c) => c.required);
  if (required.some((c) => candidates(c).length === 0)) return undefined;
  const anchor = Math.min(...candidates(required[0]));
  const columns = new Map<K, number>();
  for (const c of spec.columns) {
    const found = candidates(c);
    // Blocks side by side may share a header text: take the one nearest to this block.
    if (found.length > 0)
      columns.set(
        c.key,
        found.reduce((a, b) => (Math.abs(b - anchor) < Math.abs(a - anchor) ? b : a)),
      );
  }
  return columns;
}

function recordsBelow<K extends string>(
  grid: SheetGrid,
  headerRow: number,
  columns: Map<K, number>,
): BlockRecord<K>[] {
  const records: BlockRecord<K>[] = [];
  for (const row of grid.rows) {
    if (row <= headerRow) continue;
    const cells = grid.rowCells(row);
    if ([...columns.values()].every((col) => isBlankCell(cells.get(col)))) continue;
    records.push({
      row,
      cell: (key) => {
        const col = columns.get(key);
        return col === undefined ? undefined : cells.get(col);
      },
      column: (key) => {
        const col = columns.get(key);
        return col === undefined ? undefined : columnLetters(col);
      },
    });
  }
  return records;
}
