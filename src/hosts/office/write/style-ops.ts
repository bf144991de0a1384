import { parseRange } from "../../../core/workbook-model/address";
import type { BorderWeight, CellStyle, StyledRange } from "../../../core/workbook-model/plan";
import type { BorderSide, RangeFormatLike } from "../excel-api";
import type { Supports } from "../requirements";
import { arrayOp, sheetOf, simpleOp, type WriteOp } from "./op";

const HORIZONTAL: Record<NonNullable<CellStyle["horizontal"]>, string> = {
  left: "Left",
  center: "Center",
  right: "Right",
  justify: "Justify",
  centerContinuous: "CenterAcrossSelection",
};
const VERTICAL: Record<NonNullable<CellStyle["vertical"]>, string> = {
  top: "Top",
  middle: "Center",
  bottom: "Bottom",
};
const BORDER: Record<BorderWeight, { style: string; weight: string }> = {
  thin: { style: "Continuous", weight: "Thin" },
  medium: { style: "Continuous", weight: "Medium" },
  hair: { style: "Continuous", weight: "Hairline" },
  dotted: { style: "Dot", weight: "Thin" },
};

/**
 * A plan border is on each cell of the range; Excel's edges are the range's outline, so the lines between
 * cells are set too (from the top or left weight, as one line serves two cells).
 */
function borderSides(
  style: NonNullable<CellStyle["border"]>,
  rows: number,
  cols: number,
): [BorderSide, BorderWeight][] {
  const sides: [BorderSide, BorderWeight | undefined][] = [
    ["EdgeTop", style.top],
    ["EdgeBottom", style.bottom],
    ["EdgeLeft", style.left],
    ["EdgeRight", style.right],
    ["InsideHorizontal", rows > 1 ? (style.top ?? style.bottom) : undefined],
    ["InsideVertical", cols > 1 ? (style.left ?? style.right) : undefined],
  ];
  return sides.filter((s): s is [BorderSide, BorderWeight] => s[1] !== undefined);
}

function applyFormat(
  format: RangeFormatLike,
  s: CellStyle,
  rows: number,
  cols: number,
  indent: boolean,
): void {
  const font = s.font;
  if (font?.name !== undefined) format.font.name = font.name;
  if (font?.size !== undefined) format.font.size = font.size;
  if (font?.bold !== undefined) format.font.bold = font.bold;
  if (font?.italic !== undefined) format.font.italic = font.italic;
  if (font?.underline !== undefined) format.font.underline = font.underline ? "Single" : "None";
  if (font?.color !== undefined) format.font.color = `#${font.color}`;
  if (s.fill !== undefined) format.fill.color = `#${s.fill}`;
  if (s.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[s.horizontal];
  if (s.vertical !== undefined) format.verticalAlignment = VERTICAL[s.vertical];
  if (s.wrap !== undefined) format.wrapText = s.wrap;
  if (s.indent !== undefined && indent) format.indentLevel = s.indent;
  for (const [side, weight] of s.border ? borderSides(s.border, rows, cols) : []) {
    const border = format.borders.getItem(side);
    border.style = BORDER[weight].style;
    border.weight = BORDER[weight].weight;
  }
  if (s.locked !== undefined) format.protection.locked = s.locked;
}

/**
 * One op per styled range (whole ranges, never cell by cell), in the plan's order so that later styles
 * override earlier ones; a number format is a 2-D array of the range's size. Indents need ExcelApi 1.9:
 * without it they are left out and counted.
 */
export function styleOps(
  sheet: string,
  styles: StyledRange[],
  supports: Supports,
  counts: { indentSkipped: number },
): WriteOp[] {
  const indent = supports("indent");
  return styles.flatMap(({ range, style }) => {
    const r = parseRange(range);
    const rows = r.bottom - r.top + 1;
    const cols = r.right - r.left + 1;
    if (style.indent !== undefined && !indent) counts.indentSkipped++;
    const { numFmt, ...rest } = style;
    const ops: WriteOp[] = [];
    if (Object.keys(rest).length > 0) {
      ops.push(
        simpleOp({ range, rest }, (context) =>
          applyFormat(sheetOf(context, sheet).getRange(range).format, rest, rows, cols, indent),
        ),
      );
    }
    if (numFmt !== undefined) {
      const formats = Array.from({ length: rows }, () => Array.from({ length: cols }, () => numFmt));
      ops.push(arrayOp(sheet, r.top, r.left, formats, "numberFormat"));
    }
    return ops;
  });
}
