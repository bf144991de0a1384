import type { SheetPlan } from "../../../core/workbook-model/plan";
import type { Supports } from "../requirements";
import { ListSources, validationOps } from "./list-sources";
import { sheetOf, simpleOp, type WriteOp } from "./op";
import { layoutOps, noteOps, setupOps, type SkipCounts } from "./setup-ops";
import { styleOps } from "./style-ops";
import { tableOps } from "./table-ops";
import { collectGrid, valueOps } from "./value-ops";

export interface SheetOpsContext {
  supports: Supports;
  lists: ListSources;
  counts: SkipCounts;
  /** The name a plan table gets in this workbook (unique among its tables and names). */
  tableName: (planName: string) => string;
}

export function mergeOps(sheet: string, merges: string[]): WriteOp[] {
  return merges.map((range) =>
    simpleOp({ merge: range }, (context) => sheetOf(context, sheet).getRange(range).merge(false)),
  );
}

/** Values, then tables made from them, merges, styles, sizes, drop-downs, notes and sheet setup. */
export function sheetContentOps(sheet: string, plan: SheetPlan, c: SheetOpsContext): WriteOp[] {
  const grid = collectGrid(plan.blocks);
  const tables = (plan.tables ?? []).flatMap((t) => tableOps(sheet, t, c.tableName(t.name), grid));
  return [
    ...valueOps(sheet, grid),
    ...tables,
    ...mergeOps(sheet, plan.merges ?? []),
    ...styleOps(sheet, plan.styles ?? [], c.supports, c.counts),
    ...layoutOps(sheet, plan),
    ...validationOps(sheet, plan.validations ?? [], c.lists, (where) => c.counts.validationsCut.push(where)),
    ...noteOps(sheet, plan.notes ?? [], c.supports, c.counts),
    ...setupOps(sheet, plan, c.supports, c.counts),
  ];
}
