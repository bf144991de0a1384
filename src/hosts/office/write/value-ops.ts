import { parseA1 } from "../../../core/workbook-model/address";
import type { CellBlock, PlanValue } from "../../../core/workbook-model/plan";
import { arrayOp, jsonBytes, type WriteOp } from "./op";
import { excelInput, isGuardedText } from "./text-guard";

/** The values a sheet's blocks write, row → column → value. A later block wins; null leaves a cell alone. */
export type ValueGrid = Map<number, Map<number, Exclude<PlanValue, null>>>;

export function collectGrid(blocks: CellBlock[]): ValueGrid {
  const grid: ValueGrid = new Map();
  for (const block of blocks) {
    const origin = parseA1(block.origin);
    block.rows.forEach((values, i) =>
      values.forEach((v, j) => {
        if (v === null) return;
        const row = origin.row + i;
        let cells = grid.get(row);
        if (!cells) grid.set(row, (cells = new Map()));
        cells.set(origin.col + j, v);
      }),
    );
  }
  return grid;
}

export function setCell(grid: ValueGrid, row: number, col: number, value: Exclude<PlanValue, null>): void {
  let cells = grid.get(row);
  if (!cells) grid.set(row, (cells = new Map()));
  cells.set(col, value);
}

/** Removes and returns the cells left..right of a row (null where the grid has none). */
export function takeRow(grid: ValueGrid, row: number, left: number, right: number): PlanValue[] {
  const cells = grid.get(row);
  const out: PlanValue[] = [];
  for (let col = left; col <= right; col++) {
    out.push(cells?.get(col) ?? null);
    cells?.delete(col);
  }
  return out;
}

/** Size of one values op; requests are packed from these and a rejected one is halved by rows. */
export const MAX_OP_BYTES = 512 * 1024;

/**
 * The ops that write a rectangle of plan values: first the Text format on cells whose text Excel would
 * otherwise turn into a formula or a number (text-guard.ts), then the values, one assignment each.
 */
export function blockOps(sheet: string, top: number, left: number, rows: PlanValue[][]): WriteOp[] {
  const values = rows.map((row) => row.map(excelInput));
  const guarded = rows.some((row) => row.some(isGuardedText));
  const ops: WriteOp[] = [];
  if (guarded) {
    const formats = rows.map((row) => row.map((v) => (isGuardedText(v) ? "@" : null)));
    ops.push(arrayOp(sheet, top, left, formats, "numberFormat"));
  }
  ops.push(arrayOp(sheet, top, left, values, "values"));
  return ops;
}

/** Bands of consecutive grid rows, each under MAX_OP_BYTES, written as rectangles padded with null. */
export function valueOps(sheet: string, grid: ValueGrid): WriteOp[] {
  const rows = [...grid.keys()].filter((r) => (grid.get(r)?.size ?? 0) > 0).sort((a, b) => a - b);
  const ops: WriteOp[] = [];
  let band: number[] = [];
  let bytes = 0;
  const flush = (): void => {
    if (band.length === 0) return;
    let left = Infinity;
    let right = 0;
    for (const r of band) {
      for (const col of grid.get(r)?.keys() ?? []) {
        left = Math.min(left, col);
        right = Math.max(right, col);
      }
    }
    const values = band.map((r) => {
      const cells = grid.get(r);
      return Array.from({ length: right - left + 1 }, (_, j) => cells?.get(left + j) ?? null);
    });
    ops.push(...blockOps(sheet, band[0], left, values));
    band = [];
    bytes = 0;
  };
  for (const row of rows) {
    // What the request carries: a formula's text, not also its cached result (excelInput).
    const rowBytes = jsonBytes([...(grid.get(row)?.values() ?? [])].map(excelInput));
    if (band.length > 0 && (row !== band[band.length - 1] + 1 || bytes + rowBytes > MAX_OP_BYTES)) flush();
    band.push(row);
    bytes += rowBytes;
  }
  flush();
  return ops;
}
