import { parseRange } from "../../../core/workbook-model/address";
import type { RangeRef } from "../../../core/workbook-model/address";
import { MergedCells } from "../merged-cells";

/** Merges taller than this are checked one by one rather than indexed by row. */
const INDEXED_ROWS = 10_000;

/** "Is this cell inside a merge, other than its top-left?" for merges of any size. */
export class CoveredCells {
  private readonly indexed: MergedCells;
  private readonly tall: RangeRef[];

  constructor(merges: string[]) {
    const ranges = merges.map((m) => parseRange(m));
    this.indexed = new MergedCells(ranges.filter((r) => r.bottom - r.top < INDEXED_ROWS));
    this.tall = ranges.filter((r) => r.bottom - r.top >= INDEXED_ROWS);
  }

  isCovered(row: number, col: number): boolean {
    if (this.indexed.isCovered(row, col)) return true;
    for (const m of this.tall) {
      if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) {
        return row !== m.top || col !== m.left;
      }
    }
    return false;
  }
}
