/** What a plan writes into cells, by sheet and address: for hosts that need a cell's value at writing time. */
import { parseRange } from "./address";
import type { PlanValue, WorkbookPlan } from "./plan";

/** A cell's value as a reader that does not calculate sees it: a formula's result, null for an empty cell. */
export type PlainValue = string | number | boolean | null;

function plain(v: PlanValue | undefined): PlainValue {
  if (v === undefined || v === null || v === "") return null;
  if (typeof v === "object") return v.result === undefined ? null : plain(v.result);
  return v;
}

/**
 * The values of a range ("C6:C15") of a sheet of the plan, row by row; the later block wins a cell. Read
 * from the blocks where they cross the range: a summary's sheets hold a million cells, a chart a few.
 */
export function planCells(plan: WorkbookPlan): (sheet: string, range: string) => PlainValue[] {
  const sheets = new Map(plan.sheets.map((s) => [s.name.toLowerCase(), s]));
  return (sheet, text) => {
    const r = parseRange(text);
    const width = r.right - r.left + 1;
    const values: PlanValue[] = new Array<PlanValue>(width * (r.bottom - r.top + 1)).fill(null);
    for (const block of sheets.get(sheet.toLowerCase())?.blocks ?? []) {
      const { top, left } = parseRange(block.origin);
      const last = Math.min(r.bottom, top + block.rows.length - 1);
      for (let row = Math.max(r.top, top); row <= last; row++) {
        const cells = block.rows[row - top];
        const end = Math.min(r.right, left + cells.length - 1);
        for (let col = Math.max(r.left, left); col <= end; col++) {
          const v = cells[col - left];
          if (v !== null) values[(row - r.top) * width + (col - r.left)] = v;
        }
      }
    }
    return values.map(plain);
  };
}
