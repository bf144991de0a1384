/**
 * Places texts on the grid row by row: each text is one merged span (or a cell) with its style, and each row
 * gets the height its tallest text needs, so nothing is clipped.
 */
import { toA1 } from "../../workbook-model/address";
import type { CellStyle, PlanValue, StyledRange } from "../../workbook-model/plan";
import type { FontFace } from "./font-metrics";
import { spanWidths, type Span } from "./grid";
import { INDENT_POINTS, lineCount, linesHeight, usableWidth } from "./measure";

export interface PlaceOptions {
  /** Extra points below the text (paragraph spacing). */
  after?: number;
  /** A height the row must have at least. */
  minHeight?: number;
}

function widthFor(span: Span, style: CellStyle): number {
  return usableWidth(spanWidths(span)) - (style.indent ?? 0) * INDENT_POINTS;
}

function faceOf(style: CellStyle): FontFace {
  if (style.font?.bold) return "bold";
  return style.font?.italic ? "italic" : "regular";
}

export function rangeOf(row: number, span: Span): string {
  return span.from === span.to ? toA1(row, span.from) : `${toA1(row, span.from)}:${toA1(row, span.to)}`;
}

export class Layout {
  /** The next free row. */
  row = 1;
  readonly cells = new Map<number, Map<number, PlanValue>>();
  readonly styles: StyledRange[] = [];
  readonly merges: string[] = [];
  readonly heights: Record<number, number> = {};

  /** Writes `value` across `span` of `row` with `style`, and makes the row tall enough for it. */
  place(row: number, span: Span, value: PlanValue, style: CellStyle, options: PlaceOptions = {}): void {
    const range = rangeOf(row, span);
    if (span.to > span.from) this.merges.push(range);
    if (value !== null && value !== "") {
      const cells = this.cells.get(row) ?? new Map<number, PlanValue>();
      cells.set(span.from, value);
      this.cells.set(row, cells);
    }
    this.styles.push({ range, style });
    const size = style.font?.size ?? 11;
    const text = typeof value === "string" ? value : value === null ? "" : String(value);
    const lines =
      style.wrap && text !== "" ? lineCount(text, { size, face: faceOf(style) }, widthFor(span, style)) : 1;
    this.grow(row, Math.max(linesHeight(lines, size) + (options.after ?? 0), options.minHeight ?? 0));
  }

  /**
   * Writes `value` into the block of rows `top`..`bottom` across `span`, merged, and grows the bottom row if
   * the rows together are not tall enough. Call it after the rows' other contents are placed.
   */
  placeTall(top: number, bottom: number, span: Span, value: string, style: CellStyle): void {
    const range = `${toA1(top, span.from)}:${toA1(bottom, span.to)}`;
    this.merges.push(range);
    const cells = this.cells.get(top) ?? new Map<number, PlanValue>();
    cells.set(span.from, value);
    this.cells.set(top, cells);
    this.styles.push({ range, style });
    const size = style.font?.size ?? 11;
    const lines = lineCount(value, { size, face: faceOf(style) }, widthFor(span, style));
    let have = 0;
    for (let r = top; r <= bottom; r++) have += this.heights[r] ?? 15;
    const need = linesHeight(lines, size);
    if (need > have) this.grow(bottom, (this.heights[bottom] ?? 15) + need - have);
  }

  /** A style on a span without a value (rules, borders). */
  decorate(row: number, span: Span, style: CellStyle): void {
    const range = rangeOf(row, span);
    if (span.to > span.from) this.merges.push(range);
    this.styles.push({ range, style });
  }

  grow(row: number, height: number): void {
    this.heights[row] = Math.max(this.heights[row] ?? 0, height);
  }

  /** Sets a row's height exactly (spacers and rule rows). */
  setHeight(row: number, height: number): void {
    this.heights[row] = height;
  }

  next(count = 1): number {
    const row = this.row;
    this.row += count;
    return row;
  }
}
