/** Row heights for wrapped text: Excel does not grow a row for wrapped text written by a program. */
import type { PlanValue } from "../../workbook-model/plan";
import { BOLD_SCALE, TITLE_SCALE, wrappedLines } from "./columns";
import type { ColumnGroup, Layout, SummarySheetSpec } from "./sheet-spec";
import { SUBTITLE_ROW, TITLE_ROW } from "./sheet-spec";

/** Points per line of 12 pt text, and of the 14 pt title. */
const LINE_HEIGHT = 16;
const TITLE_LINE_HEIGHT = 20;
const MAX_HEIGHT = 409;

const heightOf = (lines: number, lineHeight = LINE_HEIGHT): number =>
  Math.min(MAX_HEIGHT, lines * lineHeight + 4);

function textLines(value: PlanValue, width: number): number {
  return typeof value === "string" ? wrappedLines(value, width) : 1;
}

/** Heights of the title rows, the header block, and the data rows whose text wraps. */
export function rowHeights(
  spec: SummarySheetSpec,
  layout: Layout,
  headers: string[],
  tableRows: PlanValue[][],
  widths: number[],
): Record<number, number> {
  const total = widths.reduce((a, b) => a + b, 0);
  const span = (g: ColumnGroup) => widths.slice(g.first, g.last + 1).reduce((a, b) => a + b, 0);
  const heights: Record<number, number> = {
    [TITLE_ROW]: heightOf(wrappedLines(spec.title, total, TITLE_SCALE), TITLE_LINE_HEIGHT),
    [layout.headerRow]: heightOf(Math.max(...headers.map((h, i) => wrappedLines(h, widths[i], BOLD_SCALE)))),
  };
  if (spec.subtitle !== "") heights[SUBTITLE_ROW] = heightOf(wrappedLines(spec.subtitle, total));
  if (layout.groupRow !== undefined) {
    const groups = spec.groups ?? [];
    heights[layout.groupRow] = heightOf(
      Math.max(...groups.map((g) => wrappedLines(g.label, span(g), BOLD_SCALE))),
    );
  }
  tableRows.forEach((row, i) => {
    let lines = 1;
    for (let j = 0; j < row.length; j++) lines = Math.max(lines, textLines(row[j], widths[j] ?? 0));
    if (lines > 1) heights[layout.firstRow + i] = heightOf(lines);
  });
  return heights;
}
