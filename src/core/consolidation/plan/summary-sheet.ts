/**
 * Builds one summary sheet from its spec (see sheet-spec.ts for the layout): an Excel table with filters,
 * frozen panes below the header, widths that fit, notes, and A4 landscape printing with the header block
 * repeated on every page.
 */
import { toA1 } from "../../workbook-model/address";
import { MAX_ROWS } from "../../workbook-model/sheet-refs";
import { ROWS_CUT_NOTE, summaryText } from "../labels";
import type { NotePlan, PlanValue, SheetPlan } from "../../workbook-model/plan";
import { columnWidth, uniqueHeaders } from "./columns";
import { rowHeights } from "./row-heights";
import {
  headerRowOf,
  layoutOf,
  SUBTITLE_ROW,
  TITLE_ROW,
  type Layout,
  type SummarySheetSpec,
} from "./sheet-spec";
import { sheetStyles } from "./sheet-styles";
import { PRINT, TABLE_STYLE } from "./styles";

export {
  headerRowOf,
  type CellNote,
  type ColumnGroup,
  type KindOverride,
  type SummarySheetSpec,
} from "./sheet-spec";

function notesOf(spec: SummarySheetSpec, layout: Layout): NotePlan[] {
  const headerNotes = spec.columns.flatMap((c, i) =>
    c.note ? [{ cell: toA1(layout.headerRow, i + 1), text: c.note }] : [],
  );
  const dataNotes = spec.notes ?? [];
  return [
    ...headerNotes,
    ...dataNotes.map((n) => ({ cell: toA1(layout.firstRow + n.row, n.col + 1), text: n.text })),
  ];
}

function mergesOf(spec: SummarySheetSpec, layout: Layout): string[] {
  const fullWidth = (row: number) => `A${row}:${layout.lastCol}${row}`;
  const merges: string[] = [];
  if (spec.columns.length > 1) {
    merges.push(fullWidth(TITLE_ROW));
    if (spec.subtitle !== "") merges.push(fullWidth(SUBTITLE_ROW));
  }
  const groupRow = layout.groupRow;
  if (groupRow !== undefined) {
    for (const g of spec.groups ?? []) {
      if (g.last > g.first) merges.push(`${toA1(groupRow, g.first + 1)}:${toA1(groupRow, g.last + 1)}`);
    }
  }
  return merges;
}

function blocksOf(
  spec: SummarySheetSpec,
  layout: Layout,
  headers: string[],
  tableRows: PlanValue[][],
): SheetPlan["blocks"] {
  const blocks: SheetPlan["blocks"] = [{ origin: toA1(TITLE_ROW, 1), rows: [[spec.title]] }];
  if (spec.subtitle !== "") blocks.push({ origin: toA1(SUBTITLE_ROW, 1), rows: [[spec.subtitle]] });
  if (layout.groupRow !== undefined) {
    const labels: PlanValue[] = spec.columns.map(() => null);
    for (const g of spec.groups ?? []) labels[g.first] = g.label;
    blocks.push({ origin: toA1(layout.groupRow, 1), rows: [labels] });
  }
  blocks.push({ origin: toA1(layout.headerRow, 1), rows: [headers, ...tableRows] });
  return blocks;
}

/**
 * The sheet's spec with the rows that fit above Excel's last row (and its totals row): when there are more,
 * the last row that fits says how many were left out (`leftOut`), and the sheet is written all the same.
 */
function fitToGrid(spec: SummarySheetSpec): { spec: SummarySheetSpec; leftOut: number } {
  const room = MAX_ROWS - headerRowOf((spec.groups ?? []).length > 0) - (spec.totals ? 1 : 0);
  if (spec.rows.length <= room) return { spec, leftOut: 0 };
  const leftOut = spec.rows.length - room + 1;
  const cut: PlanValue[] = spec.columns.map(() => null);
  cut[0] = summaryText(ROWS_CUT_NOTE, { count: leftOut });
  const kept = room - 1;
  const rows = [...spec.rows.slice(0, kept), cut];
  const notes = spec.notes?.filter((n) => n.row < kept);
  const kindOverrides = spec.kindOverrides
    ?.filter((k) => k.firstRow < kept)
    .map((k) => ({ ...k, lastRow: Math.min(k.lastRow, kept - 1) }));
  return { spec: { ...spec, rows, notes, kindOverrides }, leftOut };
}

export function buildSummarySheet(whole: SummarySheetSpec): SheetPlan {
  const { spec, leftOut } = fitToGrid(whole);
  // An Excel table needs at least one data row.
  const rows = spec.rows.length > 0 ? spec.rows : [spec.columns.map(() => null)];
  const layout = layoutOf(spec, rows.length);
  const headers = uniqueHeaders(spec.columns.map((c) => c.header));
  const totals = spec.totals?.(layout.firstRow, layout.lastRow);
  const tableRows = totals ? [...rows, totals] : rows;
  const widths = spec.columns.map((c, i) =>
    columnWidth(
      { ...c, header: headers[i] },
      tableRows.map((r) => r[i] ?? null),
    ),
  );
  const columnWidths: Record<number, number> = {};
  widths.forEach((w, i) => (columnWidths[i + 1] = w));
  const firstHeaderRow = layout.groupRow ?? layout.headerRow;
  const area = `A1:${layout.lastCol}${layout.bottom}`;
  return {
    name: spec.name,
    columnWidths,
    rowHeights: rowHeights(spec, layout, headers, tableRows, widths),
    blocks: blocksOf(spec, layout, headers, tableRows),
    styles: sheetStyles(spec, layout),
    merges: mergesOf(spec, layout),
    tables: [
      {
        name: spec.table,
        ref: `A${layout.headerRow}:${layout.lastCol}${layout.bottom}`,
        columns: headers,
        style: TABLE_STYLE,
        showFilter: true,
        ...(totals ? { totalsRow: true } : {}),
      },
    ],
    notes: notesOf(spec, layout),
    freeze: { rows: layout.headerRow, columns: spec.freezeColumns ?? 0 },
    print: { ...PRINT, repeatRows: `${firstHeaderRow}:${layout.headerRow}`, printArea: area },
    ...(leftOut > 0 ? { rowsLeftOut: leftOut } : {}),
  };
}
