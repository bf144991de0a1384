import { columnLetters, columnNumber, parseRange, RangeRef } from "./address";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
/** The most characters an Excel cell holds. */
export const MAX_CELL_TEXT = 32_767;

/** A sheet name as written in a formula. Always quoted: valid for any name, and Excel accepts it. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** "'Sheet'!$A$1:$B$2" for a range on a sheet, as used in defined names and validation lists. */
export function absoluteRef(sheet: string, range: RangeRef): string {
  const cell = (row: number, col: number) => `$${columnLetters(col)}$${row}`;
  const start = cell(range.top, range.left);
  const end = cell(range.bottom, range.right);
  return `${quoteSheetName(sheet)}!${start === end ? start : `${start}:${end}`}`;
}

export function isInsideSheet(r: RangeRef): boolean {
  return r.top >= 1 && r.left >= 1 && r.bottom <= MAX_ROWS && r.right <= MAX_COLUMNS;
}

/** Parses an A1 range ("C5", "C5:D9"), returning undefined instead of throwing. */
export function tryParseRange(text: string): RangeRef | undefined {
  if (!/^\$?[A-Za-z]{1,3}\$?\d{1,7}(:\$?[A-Za-z]{1,3}\$?\d{1,7})?$/.test(text)) return undefined;
  const range = parseRange(text.replace(/\$/g, ""));
  return isInsideSheet(range) ? range : undefined;
}

const QUALIFIED = /^(?:'((?:[^']|'')+)'|([\p{L}\p{N}_.]+))!(.+)$/u;
const WHOLE_COLUMNS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const WHOLE_ROWS = /^\$?(\d{1,7}):\$?(\d{1,7})$/;

function parseArea(area: string): RangeRef | undefined {
  const columns = WHOLE_COLUMNS.exec(area);
  if (columns) {
    const [a, b] = [columnNumber(columns[1]), columnNumber(columns[2])];
    const range = { top: 1, bottom: MAX_ROWS, left: Math.min(a, b), right: Math.max(a, b) };
    return isInsideSheet(range) ? range : undefined;
  }
  const rows = WHOLE_ROWS.exec(area);
  if (rows) {
    const [a, b] = [Number(rows[1]), Number(rows[2])];
    const range = { top: Math.min(a, b), bottom: Math.max(a, b), left: 1, right: MAX_COLUMNS };
    return isInsideSheet(range) && range.top >= 1 ? range : undefined;
  }
  return tryParseRange(area);
}

/**
 * "'Biểu mẫu'!$C$5:$C$9" → sheet "Biểu mẫu", range C5:C9. Whole columns or rows become full ranges.
 * Anything else (several areas, #REF!, external or 3-D references, formulas) gives undefined.
 */
export function parseSheetQualifiedRange(text: string): { sheet: string; range: RangeRef } | undefined {
  const match = QUALIFIED.exec(text.trim().replace(/^=/, ""));
  if (!match) return undefined;
  const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
  const range = parseArea(match[3]);
  return range ? { sheet, range } : undefined;
}
