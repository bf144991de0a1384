/** What a plan writes into cells, by sheet and address: for hosts that need a cell's value at writing time. */
import { parseRange, toA1 } from "./address";
import type { PlanValue, WorkbookPlan } from "./plan";

/** A cell's value as a reader that does not calculate sees it: a formula's result, null for an empty cell. */
export type PlainValue = string | number | boolean | null;

function plain(v: PlanValue | undefined): PlainValue {
  if (v === undefined || v === null || v === "") return null;
  if (typeof v === "object") return v.result === undefined ? null : plain(v.result);
  return v;
}

/** The values of a range ("C6:C15") of a sheet of the plan, row by row; the later block wins a cell. */
export function planCells(plan: WorkbookPlan): (sheet: string, range: string) => PlainValue[] {
  const sheets = new Map<string, Map<string, PlanValue>>();
  for (const sheet of plan.sheets) {
    const cells = new Map<string, PlanValue>();
    for (const block of sheet.blocks) {
      const origin = parseRange(block.origin);
      block.rows.forEach((row, i) =>
        row.forEach((v, j) => {
          if (v !== null) cells.set(toA1(origin.top + i, origin.left + j), v);
        }),
      );
    }
    sheets.set(sheet.name.toLowerCase(), cells);
  }
  return (sheet, text) => {
    const r = parseRange(text);
    const cells = sheets.get(sheet.toLowerCase());
    const out: PlainValue[] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) out.push(plain(cells?.get(toA1(row, col))));
    }
    return out;
  };
}
