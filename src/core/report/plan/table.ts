/** A table: caption, unit line in italics, a bordered header row bold and centred, rows, totals in bold. */
import type { CellStyle } from "../../workbook-model/plan";
import type { ColumnType, ReportRow, ReportTable } from "../model";
import { GRID_COLUMNS, shareColumns, type Span } from "./grid";
import type { Layout } from "./layout";
import { BOLD, BOX, STYLE } from "./styles";

const FULL: Span = { from: 1, to: GRID_COLUMNS };

const CELL_STYLE: Record<ColumnType, CellStyle> = {
  index: STYLE.tableIndex,
  text: STYLE.tableText,
  number: STYLE.tableNumber,
  decimal: STYLE.tableDecimal,
};

function withBox(style: CellStyle, bold: boolean): CellStyle {
  const boxed = { ...style, ...BOX };
  return bold ? { ...boxed, font: { ...boxed.font, ...BOLD.font } } : boxed;
}

function layRow(l: Layout, table: ReportTable, spans: Span[], row: ReportRow): void {
  const r = l.next();
  if (row.kind === "group") {
    l.place(r, FULL, row.cells[0] ?? "", withBox(STYLE.tableGroup, true));
    return;
  }
  table.columns.forEach((column, i) => {
    // A total row's label sits in a text column; its number column is left empty.
    const type: ColumnType =
      typeof row.cells[i] === "string" && column.type !== "text" ? "text" : column.type;
    l.place(r, spans[i], row.cells[i] ?? null, withBox(CELL_STYLE[type], row.kind === "total"));
  });
}

export function layTable(l: Layout, table: ReportTable): void {
  const spans = shareColumns(table.columns.map((c) => c.width));
  l.place(l.next(), FULL, table.caption, STYLE.caption, { after: 2 });
  if (table.unitLine) l.place(l.next(), FULL, table.unitLine, STYLE.unitLine);
  const header = l.next();
  table.columns.forEach((c, i) => l.place(header, spans[i], c.header, withBox(STYLE.tableHeader, true)));
  for (const row of table.rows) layRow(l, table, spans, row);
  l.setHeight(l.next(), 8);
}
