/** Reading a summary plan back as a reader would: tables by name, their rows as cells. */
import type { SheetPlan, TablePlan, WorkbookPlan } from "../../../src/core/workbook-model/plan";
import type { CellSnapshot, WorkbookSnapshot } from "../../../src/core/workbook-model/snapshot";
import { parseRange, toA1 } from "../../../src/core/workbook-model/address";
import { planToSnapshot } from "../../helpers/plan-to-snapshot";

export interface TableView {
  sheet: SheetPlan;
  table: TablePlan;
  headerRow: number;
  firstColumn: number;
  /** Data rows (totals row included when there is one), each cell by header text. */
  rows: Record<string, CellSnapshot | undefined>[];
}

export function findTable(
  plan: WorkbookPlan,
  name: string,
  snapshot: WorkbookSnapshot = planToSnapshot(plan),
): TableView {
  const sheet = plan.sheets.find((s) => s.tables?.some((t) => t.name === name));
  const table = sheet?.tables?.find((t) => t.name === name);
  if (!sheet || !table) throw new Error(`no table ${name}`);
  const cells = snapshot.sheets.find((s) => s.name === sheet.name)?.cells ?? {};
  const r = parseRange(table.ref);
  const rows: TableView["rows"] = [];
  for (let row = r.top + 1; row <= r.bottom; row++) {
    const record: Record<string, CellSnapshot | undefined> = {};
    table.columns.forEach((header, j) => (record[header] = cells[toA1(row, r.left + j)]));
    rows.push(record);
  }
  return { sheet, table, headerRow: r.top, firstColumn: r.left, rows };
}

/** The plain value of a cell (a formula's cached result), undefined for an empty cell. */
export function valueOf(cell: CellSnapshot | undefined): string | number | boolean | null | undefined {
  return cell?.value;
}
