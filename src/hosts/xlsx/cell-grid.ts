import { parseA1 } from "../../core/workbook-model/address";
import type { CellBlock, PlanValue } from "../../core/workbook-model/plan";

/** The values a sheet's blocks write, row → column → value. A later block wins; null leaves a cell alone. */
export type CellGrid = Map<number, Map<number, Exclude<PlanValue, null>>>;

export function collectValues(blocks: CellBlock[]): CellGrid {
  const grid: CellGrid = new Map();
  for (const block of blocks) {
    const origin = parseA1(block.origin);
    block.rows.forEach((values, i) => {
      const rowNumber = origin.row + i;
      let row = grid.get(rowNumber);
      values.forEach((v, j) => {
        if (v === null) return;
        if (!row) grid.set(rowNumber, (row = new Map()));
        row.set(origin.col + j, v);
      });
    });
  }
  return grid;
}

/** Removes and returns the value at a cell. */
export function takeValue(grid: CellGrid, row: number, col: number): PlanValue {
  const cells = grid.get(row);
  const value = cells?.get(col);
  if (value === undefined) return null;
  cells?.delete(col);
  return value;
}
