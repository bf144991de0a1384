import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../workbook-model/snapshot";
import { parseA1, parseRange, rangeContains, toA1, type RangeRef } from "../workbook-model/address";

interface Layout {
  maxRow: number;
  maxCol: number;
  rows: number[];
  columns: Map<number, number[]>;
}

/**
 * The numbers sorted in place, ascending. Readers give a sheet's cells row by row, left to right, so they
 * are almost always in order already: checked first, as sorting allocates even an array in order.
 */
function ascending(numbers: number[]): number[] {
  for (let i = 1; i < numbers.length; i++) {
    if (numbers[i] < numbers[i - 1]) return numbers.sort((a, b) => a - b);
  }
  return numbers;
}

/** Quick access to one sheet's cells and merges. */
export class SheetIndex {
  readonly name: string;
  private ranges?: RangeRef[];
  private cached?: Layout;

  constructor(private readonly sheet: SheetSnapshot) {
    this.name = sheet.name;
  }

  /** The merges as ranges, parsed when first needed (only sheets whose fields are read need them). */
  private get merges(): RangeRef[] {
    this.ranges ??= this.sheet.merges.map(parseRange);
    return this.ranges;
  }

  /**
   * Where the cells are, worked out when first needed (most reads go by name): the last row and column
   * holding one, and the rows holding one, each with its columns, ascending. Searches walk these, not the
   * rectangle up to the last cell: one stray value in XFD1048576 must not make a search of 17 billion cells.
   */
  private get layout(): Layout {
    if (this.cached) return this.cached;
    let maxRow = 0;
    let maxCol = 0;
    const columns = new Map<number, number[]>();
    for (const address of Object.keys(this.sheet.cells)) {
      const { row, col } = parseA1(address);
      if (row > maxRow) maxRow = row;
      if (col > maxCol) maxCol = col;
      const inRow = columns.get(row);
      if (inRow) inRow.push(col);
      else columns.set(row, [col]);
    }
    const rows = ascending([...columns.keys()]);
    for (const inRow of columns.values()) ascending(inRow);
    this.cached = { maxRow, maxCol, rows, columns };
    return this.cached;
  }

  get maxRow(): number {
    return this.layout.maxRow;
  }

  get maxCol(): number {
    return this.layout.maxCol;
  }

  /** The rows from `from` to `to` that hold a cell, ascending. */
  rowsHoldingCells(from = 1, to = Infinity): readonly number[] {
    const { rows } = this.layout;
    return from <= 1 && to >= this.layout.maxRow ? rows : rows.filter((r) => r >= from && r <= to);
  }

  /** The columns of a row that hold a cell, ascending. */
  columnsHoldingCells(row: number): readonly number[] {
    return this.layout.columns.get(row) ?? [];
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
