import { parseRange, type RangeRef } from "../../../core/workbook-model/address";
import type { CellStyle, StyledRange } from "../../../core/workbook-model/plan";
import { MAX_COLUMNS } from "../../../core/workbook-model/sheet-refs";
import type { StyleTable } from "./style-table";

/** `over` layered on `base`, property by property (font and border merge field by field). */
export function layerStyles(base: CellStyle, over: CellStyle): CellStyle {
  const out: CellStyle = { ...base, ...over };
  if (base.font && over.font) out.font = { ...base.font, ...over.font };
  if (base.border && over.border) out.border = { ...base.border, ...over.border };
  return out;
}

/**
 * The cell format of each styled cell of a sheet, row by row: the plan's styled ranges applied in order,
 * later properties overriding earlier ones. Cells that received the same sequence of styles share one
 * layered style, so the work per cell is an array lookup, and nothing is kept per cell beyond one row.
 * Rows under the same ranges as the row before (the body of a long table) reuse that row's formats.
 */
export class CellStyles {
  /** The styled columns of the row last asked for, ascending. */
  readonly columns: number[] = [];
  private readonly ranges: RangeRef[];
  /** Styled ranges by top row, in plan order. */
  private readonly startingAt = new Map<number, number[]>();
  private readonly tops: number[];
  private active: number[] = [];
  /** The last row the current columns hold for: the first bottom among the active ranges. */
  private until = -1;
  private readonly layered: CellStyle[] = [];
  private readonly layerXf: number[] = [];
  /** Key of "layer `before` (or none, -1) with style i on top": (before + 1) * count + i. */
  private readonly layerIds = new Map<number, number>();
  /** The layer of each column while a row is being worked out, -1 for none. */
  private readonly rowLayer = new Int32Array(MAX_COLUMNS + 1).fill(-1);
  /** The cell format of each column of `columns` plus one; 0 for a column no range covers. */
  private readonly xfPlusOne = new Int32Array(MAX_COLUMNS + 1);

  constructor(
    private readonly styles: StyledRange[],
    private readonly table: StyleTable,
  ) {
    this.ranges = styles.map((s) => parseRange(s.range));
    this.ranges.forEach((r, i) => {
      const list = this.startingAt.get(r.top);
      if (list) list.push(i);
      else this.startingAt.set(r.top, [i]);
    });
    this.tops = [...this.startingAt.keys()].sort((a, b) => a - b);
  }

  /** The first row at or after `row` where a styled range starts, or Infinity. */
  nextStart(row: number): number {
    let lo = 0;
    let hi = this.tops.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tops[mid] < row) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.tops.length ? this.tops[lo] : Infinity;
  }

  /** Whether a styled range covers rows after `row` (given that rows are visited in ascending order). */
  hasActive(): boolean {
    return this.active.length > 0;
  }

  /** Whether a range covers this column of the row last asked for. */
  covers(col: number): boolean {
    return this.xfPlusOne[col] > 0;
  }

  /** The cell format of a column of `columns`. */
  xfAt(col: number): number {
    return this.xfPlusOne[col] - 1;
  }

  /**
   * Moves to a row: `columns` and xfAt() then give its styled cells. Rows must be asked for in ascending
   * order, and no row where a range starts may be skipped.
   */
  row(row: number): void {
    const starting = this.startingAt.get(row);
    if (starting === undefined && row <= this.until) return;
    let active = this.active.filter((i) => this.ranges[i].bottom >= row);
    if (starting) active = [...active, ...starting].sort((a, b) => a - b);
    this.active = active;
    this.until = active.reduce((first, i) => Math.min(first, this.ranges[i].bottom), Infinity);
    for (const col of this.columns) this.xfPlusOne[col] = 0;
    this.columns.length = 0;
    const layer = this.rowLayer;
    for (const i of active) {
      const r = this.ranges[i];
      for (let col = r.left; col <= r.right; col++) {
        const before = layer[col];
        if (before < 0) this.columns.push(col);
        layer[col] = this.layerId(before, i);
      }
    }
    this.columns.sort((a, b) => a - b);
    for (const col of this.columns) {
      this.xfPlusOne[col] = this.xfOf(layer[col]) + 1;
      layer[col] = -1;
    }
  }

  private layerId(before: number, styleIndex: number): number {
    const key = (before + 1) * this.styles.length + styleIndex;
    let id = this.layerIds.get(key);
    if (id === undefined) {
      id = this.layered.length;
      const style = this.styles[styleIndex].style;
      this.layered.push(before < 0 ? style : layerStyles(this.layered[before], style));
      this.layerIds.set(key, id);
    }
    return id;
  }

  private xfOf(layerId: number): number {
    let xf = this.layerXf[layerId];
    if (xf === undefined) xf = this.layerXf[layerId] = this.table.xfIndex(this.layered[layerId]);
    return xf;
  }
}
