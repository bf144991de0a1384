import type { RangeRef } from "../../core/workbook-model/address";

/**
 * Answers "is this cell covered by a merge (and not its top-left)?" in constant time per cell, with memory
 * proportional to the merged rows rather than the merged cells.
 */
export class MergedCells {
  private readonly byRow = new Map<number, RangeRef[]>();

  constructor(merges: RangeRef[]) {
    for (const m of merges) {
      for (let row = m.top; row <= m.bottom; row++) {
        const list = this.byRow.get(row);
        if (list) list.push(m);
        else this.byRow.set(row, [m]);
      }
    }
  }

  hasRow(row: number): boolean {
    return this.byRow.has(row);
  }

  isCovered(row: number, col: number): boolean {
    const list = this.byRow.get(row);
    if (!list) return false;
    for (const m of list) {
      if (col >= m.left && col <= m.right) return row !== m.top || col !== m.left;
    }
    return false;
  }
}
