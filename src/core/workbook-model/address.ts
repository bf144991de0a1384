/** A1 addresses and ranges, 1-based rows and columns. */

export interface CellRef {
  row: number;
  col: number;
}

export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Letters of the first columns (A…ZZ), worked out once: addresses are built for every cell read. */
const FIRST_COLUMNS: string[] = [];

export function columnLetters(col: number): string {
  const known = FIRST_COLUMNS[col];
  if (known !== undefined) return known;
  let n = col;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  if (Number.isInteger(col) && col > 0 && col <= 702) FIRST_COLUMNS[col] = letters;
  return letters;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function toA1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** "B12" → row 12, column 2 by character codes; undefined for anything else (then the pattern decides). */
function plainA1(address: string): CellRef | undefined {
  let col = 0;
  let at = 0;
  for (let ch = address.charCodeAt(0); ch >= 0x41 && ch <= 0x5a && at < 3; ch = address.charCodeAt(++at)) {
    col = col * 26 + ch - 0x40;
  }
  if (at === 0) return undefined;
  const digits = at;
  let row = 0;
  for (
    let ch = address.charCodeAt(at);
    ch >= 0x30 && ch <= 0x39 && at - digits < 7;
    ch = address.charCodeAt(++at)
  ) {
    row = row * 10 + ch - 0x30;
  }
  return at > digits && at === address.length ? { row, col } : undefined;
}

export function parseA1(address: string): CellRef {
  const plain = plainA1(address);
  if (plain) return plain;
  const m = CELL.exec(address.trim());
  if (!m) throw new Error(`Not an A1 cell address: "${address}"`);
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

export function isA1(address: string): boolean {
  return CELL.test(address.trim());
}

export function parseRange(range: string): RangeRef {
  const [a, b] = range.split(":");
  const start = parseA1(a);
  const end = b === undefined ? start : parseA1(b);
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.col, end.col),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.col, end.col),
  };
}

export function rangeToA1(r: RangeRef): string {
  const a = toA1(r.top, r.left);
  const b = toA1(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

export function offsetA1(address: string, rows: number, cols: number): string {
  const { row, col } = parseA1(address);
  return toA1(row + rows, col + cols);
}

export function rangeContains(r: RangeRef, row: number, col: number): boolean {
  return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
}

/** Compare two A1 addresses by row, then column (for sorting findings). */
export function compareA1(a: string, b: string): number {
  const x = parseA1(a);
  const y = parseA1(b);
  return x.row - y.row || x.col - y.col;
}
