import { parseRange, rangeToA1 } from "../../../core/workbook-model/address";
import type { TablePlan } from "../../../core/workbook-model/plan";
import { quoteSheet } from "../sheet-address";
import { sheetOf, simpleOp, type WriteOp } from "./op";
import { blockOps, setCell, takeRow, type ValueGrid } from "./value-ops";

/**
 * Prepares a table made from written cells: its header texts join the grid (so they are written with the
 * values), and its totals row leaves it. Returns the ops to run after the values: tables.add on the header
 * and data rows, then the totals row switched on and filled. The totals row is written in full ("" where
 * the plan has nothing) so that Excel's default total does not stay behind.
 */
export function tableOps(sheet: string, table: TablePlan, name: string, grid: ValueGrid): WriteOp[] {
  const r = parseRange(table.ref);
  table.columns.forEach((header, j) => setCell(grid, r.top, r.left + j, header));
  const totals = table.totalsRow ? takeRow(grid, r.bottom, r.left, r.right).map((v) => v ?? "") : undefined;
  const body = rangeToA1({ ...r, bottom: totals ? r.bottom - 1 : r.bottom });
  const ops: WriteOp[] = [
    simpleOp({ table: name, body }, (context) => {
      // Sheet-qualified: TableCollection.add takes an address without a sheet as one on the active sheet.
      const added = sheetOf(context, sheet).tables.add(`${quoteSheet(sheet)}!${body}`, true);
      added.name = name;
      added.style = table.style ?? "TableStyleLight9";
      added.showFilterButton = table.showFilter ?? true;
      if (totals) added.showTotals = true;
    }),
  ];
  if (totals) ops.push(...blockOps(sheet, r.bottom, r.left, [totals]));
  return ops;
}
