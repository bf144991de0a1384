/**
 * The report as a WorkbookPlan: all sections on one sheet "Báo cáo" set up for printing, or one section on
 * its own anchored at A1 (the task pane inserts it at the selection).
 */
import { toA1 } from "../../workbook-model/address";
import { fitRowHeights } from "../../workbook-model/fit-rows";
import type { CellBlock, SheetPlan, WorkbookPlan } from "../../workbook-model/plan";
import type { Report, SectionId } from "../model";
import { layBody } from "./body";
import { layClosing } from "./closing";
import { columnWidths, GRID_COLUMNS } from "./grid";
import { layHeader } from "./header";
import { Layout } from "./layout";
import { PRINT } from "./styles";
import { layTitle } from "./title";

import { REPORT_SHEET } from "./sheet-name";

export { REPORT_SHEET };
const SECTION_GAP = 12;

export interface ReportPlanOptions {
  /** One section alone; all of them when absent. */
  section?: SectionId;
  sheetName?: string;
}

function laySection(l: Layout, report: Report, id: SectionId): void {
  if (id === "header") layHeader(l, report.header);
  else if (id === "title") layTitle(l, report.title);
  else if (id === "closing") layClosing(l, report.closing);
  else {
    const section = report.sections.find((s) => s.id === id);
    if (section) layBody(l, section);
  }
}

function blocksOf(l: Layout): CellBlock[] {
  return [...l.cells.entries()]
    .sort(([a], [b]) => a - b)
    .map(([row, cells]) => {
      const cols = [...cells.keys()].sort((a, b) => a - b);
      const first = cols[0];
      const values = Array.from(
        { length: cols[cols.length - 1] - first + 1 },
        (_, i) => cells.get(first + i) ?? null,
      );
      return { origin: toA1(row, first), rows: [values] };
    });
}

export function buildReportSheet(report: Report, options: ReportPlanOptions = {}): SheetPlan {
  const l = new Layout();
  const ids: SectionId[] = options.section
    ? [options.section]
    : ["header", "title", ...report.sections.map((s) => s.id), "closing"];
  for (const id of ids) {
    // Room above the title and the signature block when they follow other sections.
    if (l.row > 1 && (id === "title" || id === "closing")) l.setHeight(l.next(), SECTION_GAP);
    laySection(l, report, id);
  }
  const lastRow = Math.max(1, l.row - 1);
  const sheet: SheetPlan = {
    name: options.sheetName ?? REPORT_SHEET,
    columnWidths: columnWidths(),
    blocks: blocksOf(l),
    styles: l.styles,
    merges: l.merges,
    showGridLines: false,
  };
  // fitRowHeights is the project's generic estimate; the layout's own (font-aware) heights are usually larger.
  const generic = fitRowHeights(sheet);
  const rowHeights: Record<number, number> = { ...l.heights };
  for (const [row, h] of Object.entries(generic)) rowHeights[+row] = Math.max(rowHeights[+row] ?? 0, h);
  return {
    ...sheet,
    rowHeights,
    ...(options.section ? {} : { print: { ...PRINT, printArea: `A1:${toA1(lastRow, GRID_COLUMNS)}` } }),
  };
}

export function buildReportPlan(report: Report, options: ReportPlanOptions = {}): WorkbookPlan {
  return {
    sheets: [buildReportSheet(report, options)],
    properties: { title: `${report.title.title} ${report.title.summary}`, company: report.header.agency },
  };
}
