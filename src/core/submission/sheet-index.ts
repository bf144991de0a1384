import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../workbook-model/snapshot";
import { parseA1, parseRange, rangeContains, toA1, type RangeRef } from "../workbook-model/address";

/** Quick access to one sheet's cells and merges. */
export class SheetIndex {
  readonly name: string;
  private ranges?: RangeRef[];
  private bounds?: { maxRow: number; maxCol: number };

  constructor(private readonly sheet: SheetSnapshot) {
    this.name = sheet.name;
  }

  /** The merges as ranges, parsed when first needed (only sheets whose fields are read need them). */
  private get merges(): RangeRef[] {
    this.ranges ??= this.sheet.merges.map(parseRange);
    return this.ranges;
  }

  /** The last row and column holding a cell, worked out when first needed (most reads go by name). */
  private get extent(): { maxRow: number; maxCol: number } {
    if (this.bounds) return this.bounds;
    let maxRow = 0;
    let maxCol = 0;
    for (const address of Object.keys(this.sheet.cells)) {
      const { row, col } = parseA1(address);
      if (row > maxRow) maxRow = row;
      if (col > maxCol) maxCol = col;
    }
    this.bounds = { maxRow, maxCol };
    return this.bounds;
  }

  get maxRow(): number {
    return this.extent.maxRow;
  }

  get maxCol(): number {
    return this.extent.maxCol;
  }

  get visibility(): SheetSnapshot["visibility"] {
    return this.sheet.visibility;
  }

  cell(row: number, col: number): CellSnapshot | undefined {
    return this.sheet.cells[toA1(row, col)];
  }

  cellAt(address: string): CellSnapshot | undefined {
    return this.sheet.cells[address];
  }

  /** The merge that covers this cell without starting at it: its value lives elsewhere. */
  coveringMerge(row: number, col: number): RangeRef | undefined {
    return this.merges.find((m) => rangeContains(m, row, col) && !(m.top === row && m.left === col));
  }

  /** Text of a cell for label matching ("" when empty or not text-like). */
  text(row: number, col: number): string {
    const value = this.cell(row, col)?.value;
    return typeof value === "string" ? value : typeof value === "number" ? String(value) : "";
  }
}

export function indexSheets(snapshot: WorkbookSnapshot): Map<string, SheetIndex> {
  const map = new Map<string, SheetIndex>();
  for (const sheet of snapshot.sheets) map.set(sheet.name, new SheetIndex(sheet));
  return map;
}
