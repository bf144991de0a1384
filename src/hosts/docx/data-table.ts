/** A report table in Word: caption, unit line in italics, bordered grid, bold centred header row, totals bold. */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from "docx";
import type { Lang } from "../../core/locale/lang";
import type { CellValue, ColumnType, ReportRow, ReportTable } from "../../core/report/model";
import { num } from "../../core/report/text/format";
import { run } from "./blocks";
import { SIZE, TEXT_WIDTH } from "./decree-layout";

const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const BORDERS = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
};
const CELL_MARGIN = 80;

const ALIGN: Record<ColumnType, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  index: AlignmentType.CENTER,
  text: AlignmentType.LEFT,
  number: AlignmentType.RIGHT,
  decimal: AlignmentType.RIGHT,
};

/** Numbers in the report's language: "1.500.000" (vi), "1,500,000" (en). */
export function cellText(lang: Lang, type: ColumnType, value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (type === "number") return num(lang, value);
  if (type === "decimal") return num(lang, value, 1);
  return String(value);
}

function cell(text: string, align: ColumnType | "header", bold: boolean, width: number, span = 1): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: span > 1 ? span : undefined,
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 20, bottom: 20 },
    children: [
      new Paragraph({
        alignment: align === "header" ? AlignmentType.CENTER : ALIGN[align],
        spacing: { before: 40, after: 40, line: 240 },
        children: [run(text, { size: SIZE.table, bold })],
      }),
    ],
  });
}

function row(lang: Lang, table: ReportTable, widths: number[], r: ReportRow): TableRow {
  if (r.kind === "group")
    return new TableRow({
      children: [cell(String(r.cells[0] ?? ""), "text", true, TEXT_WIDTH, table.columns.length)],
    });
  return new TableRow({
    cantSplit: true,
    children: table.columns.map((column, i) => {
      const value = r.cells[i] ?? null;
      // A total row's label sits in a number column: set it as text.
      const type: ColumnType = typeof value === "string" && column.type !== "text" ? "text" : column.type;
      return cell(cellText(lang, column.type, value), type, r.kind === "total", widths[i]);
    }),
  });
}

/** Column widths in twips, in the table's proportions, adding up to the text width. */
export function shareWidths(weights: number[], total = TEXT_WIDTH): number[] {
  const sum = weights.reduce((s, w) => s + w, 0) || 1;
  const widths = weights.map((w) => Math.floor((w / sum) * total));
  widths[widths.length - 1] += total - widths.reduce((s, w) => s + w, 0);
  return widths;
}

/** `width`: the text width of the page it is on (wider on a landscape page). */
export function dataTable(lang: Lang, table: ReportTable, width = TEXT_WIDTH): (Paragraph | Table)[] {
  const widths = shareWidths(
    table.columns.map((c) => c.width),
    width,
  );
  const caption = new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: 120, after: 60 },
    children: [run(table.caption, { size: SIZE.title - 1, bold: true })],
  });
  const unitLine = table.unitLine
    ? [
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          keepNext: true,
          spacing: { before: 0, after: 60 },
          children: [run(table.unitLine, { size: SIZE.unitLine, italic: true })],
        }),
      ]
    : [];
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map((c, i) => cell(c.header, "header", true, widths[i])),
  });
  const grid = new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: [header, ...table.rows.map((r) => row(lang, table, widths, r))],
  });
  return [caption, ...unitLine, grid, new Paragraph({ spacing: { before: 0, after: 120 }, children: [] })];
}
