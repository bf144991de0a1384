import type ExcelJS from "exceljs";
import { parseRange, toA1 } from "../../core/workbook-model/address";
import type { PlanValue, TablePlan } from "../../core/workbook-model/plan";
import { CellGrid, takeValue } from "./cell-grid";
import { escapeAttributeText, toExcelValue } from "./excel-values";
import { fail } from "../../core/workbook-model/plan-error";

type TableTheme = NonNullable<ExcelJS.TableStyleProperties["theme"]>;

/**
 * Adds a table. ExcelJS writes the header and data cells itself, so they are taken out of the grid: the
 * header from `columns` (a block writing a different header text is an error, Excel would repair the file),
 * the data from the blocks. The totals row stays in the grid and is written after the table.
 */
export function addTable(ws: ExcelJS.Worksheet, table: TablePlan, grid: CellGrid): void {
  const r = parseRange(table.ref);
  table.columns.forEach((name, j) => {
    const header = takeValue(grid, r.top, r.left + j);
    if (header !== null && header !== name) {
      fail(
        `table "${table.name}": header cell value ${JSON.stringify(header)} differs from column "${name}"`,
      );
    }
  });
  const lastDataRow = table.totalsRow ? r.bottom - 1 : r.bottom;
  const rows: ExcelJS.CellValue[][] = [];
  for (let row = r.top + 1; row <= lastDataRow; row++) {
    rows.push(table.columns.map((_, j) => toExcelValue(takeValue(grid, row, r.left + j))));
  }
  const label: PlanValue = grid.get(r.bottom)?.get(r.left) ?? null;
  ws.addTable({
    name: table.name,
    displayName: table.name,
    ref: toA1(r.top, r.left),
    headerRow: true,
    totalsRow: table.totalsRow === true,
    // validatePlan checked the style name's form.
    style: { theme: (table.style ?? "TableStyleLight9") as TableTheme, showRowStripes: true },
    columns: table.columns.map((name, j) => ({
      // ExcelJS writes this text both in the table part and in the header cell; escaped alike, they match.
      name: escapeAttributeText(name),
      filterButton: table.showFilter ?? true,
      ...(j === 0 && table.totalsRow
        ? { totalsRowLabel: typeof label === "string" ? escapeAttributeText(label) : "" }
        : {}),
    })),
    rows,
  });
}
