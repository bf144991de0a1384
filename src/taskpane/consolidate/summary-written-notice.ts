import { sheetsWithRowsLeftOut, type WorkbookPlan } from "../../core/workbook-model/plan";
import type { PaneNotice } from "../shared/pane-notice";

/**
 * What the pane says once the summary is written: its sheets, as the host named them; and, as a warning,
 * those that could not hold all their rows (each says on its last row how many it left out).
 */
export function summaryWrittenNotice(plan: WorkbookPlan, written: readonly string[]): PaneNotice {
  const params = { count: written.length, sheets: written.join(", ") };
  const cut = sheetsWithRowsLeftOut(plan, written).map((s) => s.sheet);
  if (cut.length === 0) return { intent: "success", title: "consolidate.written", params };
  return {
    intent: "warning",
    title: "consolidate.written.rowsLeftOut",
    params: { ...params, cut: cut.join(", ") },
  };
}
