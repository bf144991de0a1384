import { columnLetters, parseRange, type RangeRef } from "../../core/workbook-model/address";

/** A sheet name as written in a reference. Always quoted: valid for any name, and Excel accepts it. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** "$C$5:$C$9" (or "$C$5"), for names, validation lists and print titles. */
export function absoluteA1(r: RangeRef): string {
  const cell = (row: number, col: number): string => `$${columnLetters(col)}$${row}`;
  const a = cell(r.top, r.left);
  const b = cell(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

const AREA = /^\$?[A-Za-z]{1,3}\$?\d{1,7}(:\$?[A-Za-z]{1,3}\$?\d{1,7})?$/;

/**
 * Splits a sheet-qualified address as Range.address and NamedItem.formula give it ("Sheet1!A1:B2",
 * "='Tổng hợp'!$C$5") into the sheet and an A1 range without "$". Undefined for anything else (#REF!,
 * whole columns, several areas, constants).
 */
export function splitAddress(address: string): { sheet: string; ref: string } | undefined {
  const text = address.trim().replace(/^=/, "");
  const bang = text.lastIndexOf("!");
  if (bang <= 0) return undefined;
  const rawSheet = text.slice(0, bang);
  const area = text.slice(bang + 1);
  if (!AREA.test(area)) return undefined;
  const quoted = /^'((?:[^']|'')+)'$/.exec(rawSheet);
  if (!quoted && /['!,\s]/.test(rawSheet)) return undefined;
  const sheet = quoted ? quoted[1].replace(/''/g, "'") : rawSheet;
  return { sheet, ref: area.replace(/\$/g, "") };
}

/** Splits "S!A1:B1,'a, b'!C1" at the commas that separate areas (not those inside quoted sheet names). */
export function splitAreas(list: string): string[] {
  const areas: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of list) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      areas.push(current.trim());
      current = "";
    } else {
      current += ch;
    }
  }
  if (current.trim() !== "") areas.push(current.trim());
  return areas;
}

/** A range moved by whole rows and columns ("B2:C3" + (1, 2) → "D3:E4"). */
export function shiftRange(ref: string, rows: number, cols: number): string {
  const r = parseRange(ref);
  const moved = { top: r.top + rows, bottom: r.bottom + rows, left: r.left + cols, right: r.right + cols };
  const a = `${columnLetters(moved.left)}${moved.top}`;
  const b = `${columnLetters(moved.right)}${moved.bottom}`;
  return a === b ? a : `${a}:${b}`;
}
