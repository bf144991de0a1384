import { parseRange, rangeToA1 } from "../../../core/workbook-model/address";
import type { PlanValue, TablePlan } from "../../../core/workbook-model/plan";
import { fail } from "../../../core/workbook-model/plan-error";
import type { CellGrid } from "../cell-grid";
import { escapeText } from "../excel-values";
import { xmlAttribute } from "./xml-escape";

/**
 * Puts a table's header texts into the grid (a block writing a different header text is an error: Excel
 * would repair the file) and returns its totals row label. Data and totals cells are written as any cell.
 */
export function placeTableHeader(table: TablePlan, grid: CellGrid): string {
  const r = parseRange(table.ref);
  let header = grid.get(r.top);
  if (!header) grid.set(r.top, (header = new Map()));
  for (const [j, name] of table.columns.entries()) {
    const written = header.get(r.left + j);
    if (written !== undefined && written !== name) {
      fail(
        `table "${table.name}": header cell value ${JSON.stringify(written)} differs from column "${name}"`,
      );
    }
    header.set(r.left + j, name);
  }
  const label: PlanValue = table.totalsRow ? (grid.get(r.bottom)?.get(r.left) ?? null) : null;
  return typeof label === "string" ? label : "";
}

/** The table part (xl/tables/tableN.xml). */
export function tableXml(table: TablePlan, id: number, totalsLabel: string): string {
  const r = parseRange(table.ref);
  const filterRef = rangeToA1({ ...r, bottom: table.totalsRow ? r.bottom - 1 : r.bottom });
  const hidden = table.showFilter === false ? 1 : 0;
  const filters = table.columns
    .map((_, j) => `<filterColumn colId="${j}" hiddenButton="${hidden}"/>`)
    .join("");
  const columns = table.columns
    .map((name, j) => {
      const label =
        j === 0 && table.totalsRow ? ` totalsRowLabel="${xmlAttribute(escapeText(totalsLabel))}"` : "";
      return `<tableColumn id="${j + 1}" name="${xmlAttribute(escapeText(name))}"${label}/>`;
    })
    .join("");
  const name = xmlAttribute(table.name);
  const totals = table.totalsRow ? ' totalsRowCount="1"' : ' totalsRowShown="0"';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${name}" displayName="${name}" ref="${rangeToA1(r)}"${totals} headerRowCount="1">` +
    `<autoFilter ref="${filterRef}">${filters}</autoFilter>` +
    `<tableColumns count="${table.columns.length}">${columns}</tableColumns>` +
    // validatePlan checked the style name's form.
    `<tableStyleInfo name="${xmlAttribute(table.style ?? "TableStyleLight9")}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    "</table>"
  );
}
