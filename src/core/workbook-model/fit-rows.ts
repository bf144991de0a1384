import type { CellStyle, SheetPlan } from "./plan";
import { parseA1, parseRange, toA1 } from "./address";

/** Excel's default column width in characters, and points per line of text at a given font size. */
const DEFAULT_WIDTH = 8.43;
const LINE_FACTOR = 1.3;
/** Characters of an 11-pt font that fit in one unit of column width; a proportional font fits a little more. */
const CHARS_PER_WIDTH_UNIT = 1.1;

/**
 * Row heights that show every wrapped cell whole: Excel and LibreOffice do not grow a row for wrapped
 * text written by a program, and never for merged cells, so text is clipped unless the height is set.
 * Explicit heights in the plan win when they are larger.
 */
export function fitRowHeights(sheet: SheetPlan): Record<number, number> {
  const style = resolvedStyles(sheet);
  const mergeWidth = new Map<string, number>();
  const covered = new Set<string>();
  for (const merge of sheet.merges ?? []) {
    const r = parseRange(merge);
    if (r.bottom > r.top) {
      for (let row = r.top; row <= r.bottom; row++) covered.add(String(row) + ":" + r.left);
      continue;
    }
    let width = 0;
    for (let col = r.left; col <= r.right; col++) width += sheet.columnWidths?.[col] ?? DEFAULT_WIDTH;
    mergeWidth.set(toA1(r.top, r.left), width);
  }
  const heights: Record<number, number> = { ...(sheet.rowHeights ?? {}) };
  for (const block of sheet.blocks) {
    const origin = parseA1(block.origin);
    block.rows.forEach((values, r) =>
      values.forEach((value, c) => {
        if (typeof value !== "string" || value === "") return;
        const row = origin.row + r;
        const col = origin.col + c;
        const address = toA1(row, col);
        const cellStyle = style(address);
        if (!cellStyle.wrap || covered.has(`${row}:${col}`)) return;
        const size = cellStyle.font?.size ?? 11;
        const width = mergeWidth.get(address) ?? sheet.columnWidths?.[col] ?? DEFAULT_WIDTH;
        const perLine = Math.max(1, Math.floor((width * CHARS_PER_WIDTH_UNIT * 11) / size) - 1);
        const lines = value
          .split("\n")
          .reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
        const needed = Math.ceil(lines * size * LINE_FACTOR + 2);
        if (lines > 1 && needed > (heights[row] ?? 0)) heights[row] = needed;
      }),
    );
  }
  return heights;
}

/** The merged style of a cell after every styled range that covers it (later ranges win). */
function resolvedStyles(sheet: SheetPlan): (address: string) => CellStyle {
  const ranges = (sheet.styles ?? []).map((s) => ({ range: parseRange(s.range), style: s.style }));
  return (address) => {
    const { row, col } = parseA1(address);
    const out: CellStyle = {};
    for (const { range, style } of ranges) {
      if (row < range.top || row > range.bottom || col < range.left || col > range.right) continue;
      Object.assign(out, style, style.font ? { font: { ...out.font, ...style.font } } : {});
    }
    return out;
  };
}
