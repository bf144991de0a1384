/** A1 addresses and ranges, 1-based rows and columns. */

export interface CellRef {
  row: number;
  col: number;
}

/** Shared between the callers that parse the same text (see parseRange): never changed once made. */
export interface RangeRef {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
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

/**
 * Addresses of the top-left cells, where forms and their tables live, made once: every file read names
 * the same cells, and the readings of thousands of files kept for a consolidation then share one string
 * per address instead of holding their own.
 */
const CACHED_ROWS = 1024;
const CACHED_COLUMNS = 32;
const FIRST_ADDRESSES: string[][] = [];

export function toA1(row: number, col: number): string {
  const cached = row >= 1 && row <= CACHED_ROWS && col >= 1 && col <= CACHED_COLUMNS;
  if (!cached || (row | 0) !== row || (col | 0) !== col) return `${columnLetters(col)}${row}`;
  const column = (FIRST_ADDRESSES[col] ??= []);
  return (column[row] ??= `${columnLetters(col)}${row}`);
}

const DOLLAR = 0x24;
const DIGIT_0 = 0x30;

/**
 * "B12", "$b$12" → row 12, column 2, by character codes (this runs for every cell read): one to three
 * letters of either case, one to seven digits, each optionally after a "$"; undefined for anything else.
 */
export function scanA1(address: string): CellRef | undefined {
  let at = 0;
  if (address.charCodeAt(at) === DOLLAR) at++;
  let col = 0;
  const letters = at;
  for (let ch = address.charCodeAt(at); at - letters < 3; ch = address.charCodeAt(++at)) {
    if (ch >= 0x41 && ch <= 0x5a) col = col * 26 + ch - 0x40;
    else if (ch >= 0x61 && ch <= 0x7a) col = col * 26 + ch - 0x60;
    else break;
  }
  if (at === letters) return undefined;
  if (address.charCodeAt(at) === DOLLAR) at++;
  const digits = at;
  let row = 0;
  for (
    let ch = address.charCodeAt(at);
    ch >= DIGIT_0 && ch <= DIGIT_0 + 9 && at - digits < 7;
    ch = address.charCodeAt(++at)
  ) {
    row = row * 10 + ch - DIGIT_0;
  }
  if (at === digits || at !== address.length) return undefined;
  return { row, col };
}

export function parseA1(address: string): CellRef {
  const ref = scanA1(address) ?? scanA1(address.trim());
  if (!ref) throw new Error(`Not an A1 cell address: "${address}"`);
  return ref;
}

export function isA1(address: string): boolean {
  return scanA1(address.trim()) !== undefined;
}

/** Ranges of recent texts: every file of a batch names the same cells, merges and tables. */
const rangeCache = new Map<string, RangeRef>();
const RANGE_CACHE_LIMIT = 5000;

export function parseRange(range: string): RangeRef {
  let parsed = rangeCache.get(range);
  if (parsed === undefined) {
    const [a, b] = range.split(":");
    const start = parseA1(a);
    const end = b === undefined ? start : parseA1(b);
    parsed = {
      top: Math.min(start.row, end.row),
      left: Math.min(start.col, end.col),
      bottom: Math.max(start.row, end.row),
      right: Math.max(start.col, end.col),
    };
    if (rangeCache.size >= RANGE_CACHE_LIMIT) rangeCache.clear();
    rangeCache.set(range, parsed);
  }
  return parsed;
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
