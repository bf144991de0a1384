import type { Lang } from "../core/locale/lang";
import { sheetsWithRowsLeftOut, type WorkbookPlan } from "../core/workbook-model/plan";
import { cliText } from "./messages";

/**
 * A line for each sheet written without all its rows (they would pass Excel's last row): the sheet says so
 * on its last row, and the terminal says so too.
 */
export function rowsLeftOutLines(plan: WorkbookPlan, lang: Lang): string[] {
  return sheetsWithRowsLeftOut(plan).map(({ sheet, rows }) =>
    cliText(lang, "consolidate.rows-left-out", { sheet, count: rows }),
  );
}
