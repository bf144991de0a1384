/** Finding report elements on a plan by their text, with the style and merge they end up with. */
import { parseA1, parseRange, toA1 } from "../../../src/core/workbook-model/address";
import type { CellStyle, SheetPlan } from "../../../src/core/workbook-model/plan";
import { styleAt } from "../../helpers/plan-to-snapshot";

export interface Found {
  address: string;
  row: number;
  col: number;
  text: string;
  style: CellStyle;
  /** The merge whose top-left cell this is, or the cell alone. */
  range: { top: number; left: number; bottom: number; right: number };
}

export function cellsOf(sheet: SheetPlan): { address: string; value: unknown }[] {
  return sheet.blocks.flatMap((b) => {
    const o = parseA1(b.origin);
    return b.rows.flatMap((row, r) =>
      row.flatMap((value, c) => (value === null ? [] : [{ address: toA1(o.row + r, o.col + c), value }])),
    );
  });
}

/** The first cell whose text (without the first-line indent) starts with or equals `text`. */
export function find(sheet: SheetPlan, text: string | RegExp): Found {
  const hit = cellsOf(sheet).find(({ value }) => {
    if (typeof value !== "string") return false;
    const t = value.replace(/^\u00a0+/, "");
    return typeof text === "string" ? t === text || t.startsWith(text) : text.test(t);
  });
  if (!hit) throw new Error(`no cell with ${String(text)}`);
  const { row, col } = parseA1(hit.address);
  const merge = (sheet.merges ?? []).map(parseRange).find((m) => m.top === row && m.left === col);
  return {
    address: hit.address,
    row,
    col,
    text: String(hit.value),
    style: styleAt(sheet, hit.address),
    range: merge ?? { top: row, left: col, bottom: row, right: col },
  };
}

/** Ranges styled with a bottom border on `row` (the rules under the agency, the motto, the summary). */
export function rulesOn(sheet: SheetPlan, row: number): { left: number; right: number }[] {
  return (sheet.styles ?? [])
    .map((s) => ({ r: parseRange(s.range), s: s.style }))
    .filter(({ r, s }) => r.top === row && s.border?.bottom && !s.border.top)
    .map(({ r }) => ({ left: r.left, right: r.right }));
}
