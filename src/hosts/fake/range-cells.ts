import type { RangeRef } from "../../core/workbook-model/address";
import { assignInput, checkShape, formulaOut, valueOut } from "./cell-rules";
import { fail } from "./errors";
import { cellCount, cellKey, type CellFormat, type SheetState } from "./state";

export interface RangeTarget {
  sheet: SheetState;
  range: RangeRef;
}

/** "A range is limited to five million cells for get operations" (Resource limits, Excel add-ins). */
const MAX_READ_CELLS = 5_000_000;
/** The fake keeps formats per cell; it refuses to format millions of cells (whole columns) one by one. */
const MAX_FORMAT_CELLS = 2_000_000;

export function rows(t: RangeTarget): number {
  return t.range.bottom - t.range.top + 1;
}

export function columns(t: RangeTarget): number {
  return t.range.right - t.range.left + 1;
}

function grid<V>(t: RangeTarget, cell: (key: number) => V): V[][] {
  if (cellCount(t.range) > MAX_READ_CELLS)
    fail("RangeExceedsLimit", "The range exceeds the 5,000,000 cells a read may touch.");
  return Array.from({ length: rows(t) }, (_, i) =>
    Array.from({ length: columns(t) }, (_, j) => cell(cellKey(t.range.top + i, t.range.left + j))),
  );
}

export function readArray(t: RangeTarget, property: string): unknown[][] {
  const { cells, formats } = t.sheet;
  switch (property) {
    case "values":
      return grid(t, (k) => valueOut(cells.get(k)));
    case "formulas":
      return grid(t, (k) => formulaOut(cells.get(k)));
    case "numberFormat":
      return grid(t, (k) => formats.get(k)?.numberFormat ?? "General");
    default:
      return grid(t, (k) => String(valueOut(cells.get(k))));
  }
}

/** On a protected sheet, formatting cells is refused unless the protection allows it (allowFormatCells). */
function checkFormattable(t: RangeTarget): void {
  if (t.sheet.protection && t.sheet.protection.options.allowFormatCells !== true) {
    fail("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.");
  }
}

/** Editing a locked cell of a protected sheet is refused, as in Excel. */
function checkEditable(t: RangeTarget): void {
  if (!t.sheet.protection) return;
  forEachCell(t, (key) => {
    if (t.sheet.formats.get(key)?.locked !== false) {
      fail("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.");
    }
  });
}

export function forEachCell(t: RangeTarget, visit: (key: number, row: number, col: number) => void): void {
  for (let row = t.range.top; row <= t.range.bottom; row++) {
    for (let col = t.range.left; col <= t.range.right; col++) visit(cellKey(row, col), row, col);
  }
}

export function writeArray(
  t: RangeTarget,
  input: unknown,
  property: "values" | "formulas" | "numberFormat",
): void {
  const data = checkShape(input, rows(t), columns(t));
  if (property === "numberFormat") checkFormattable(t);
  else checkEditable(t);
  const { cells, formats } = t.sheet;
  forEachCell(t, (key, row, col) => {
    const v = data[row - t.range.top][col - t.range.left];
    if (property === "numberFormat") {
      if (v === null) return;
      const format = formats.get(key) ?? {};
      // "" resets the number format to General ("Blank and null values in Excel add-ins").
      if (v === "" || v === "General") delete format.numberFormat;
      else format.numberFormat = String(v);
      formats.set(key, format);
      return;
    }
    const next = assignInput(cells.get(key), v, formats.get(key)?.numberFormat);
    if (next) cells.set(key, next);
    else cells.delete(key);
  });
}

export function editFormats(
  t: RangeTarget,
  edit: (format: CellFormat, row: number, col: number) => void,
): void {
  if (cellCount(t.range) > MAX_FORMAT_CELLS) {
    fail("NotImplemented", "The fake does not format whole columns or rows cell by cell.");
  }
  checkFormattable(t);
  forEachCell(t, (key, row, col) => {
    const format = t.sheet.formats.get(key) ?? {};
    edit(format, row, col);
    // A cell without any format has no entry, however it got there.
    if (Object.values(format).some((v) => v !== undefined)) t.sheet.formats.set(key, format);
    else t.sheet.formats.delete(key);
  });
}

/** The value all cells share, else null ("Blank and null values": mixed formats read as null). */
export function common<V>(t: RangeTarget, read: (format: CellFormat | undefined) => V): V | null {
  let first: V | undefined;
  let same = true;
  forEachCell(t, (key) => {
    const v = read(t.sheet.formats.get(key));
    if (first === undefined) first = v;
    else if (v !== first) same = false;
  });
  return same && first !== undefined ? first : null;
}
