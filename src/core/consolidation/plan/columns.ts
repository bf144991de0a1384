/** Columns of a summary table: what kind of value they hold, its number format, and a width that fits. */
import { formatNumberVi } from "../../locale/numbers";
import type { PlanValue } from "../../workbook-model/plan";

export type ColumnKind = "text" | "integer" | "score" | "year" | "date";

export interface SummaryColumn {
  header: string;
  kind: ColumnKind;
  /** Widest the column may grow, in characters (text wraps beyond it). */
  maxWidth?: number;
  /** A note on the header cell (full criterion text, unit of measure). */
  note?: string;
}

export const NUMBER_FORMATS: Record<ColumnKind, string> = {
  text: "@",
  integer: "#,##0",
  score: "0.0",
  year: "0",
  date: "dd/mm/yyyy",
};

const MIN_WIDTH = 6;
const DEFAULT_MAX_WIDTH = 40;
/** Characters of room beside the text (padding, filter button). */
const PADDING = 2;

/** Length of formatNumberVi(n) for a whole n ≥ 0: its digits and a "." between each group of three. */
function wholeNumberLength(n: number): number {
  const digits = String(n).length;
  return digits + Math.floor((digits - 1) / 3);
}

function numberText(value: number, kind: ColumnKind): string {
  if (kind === "date") return "00/00/0000";
  if (kind === "year") return String(value);
  if (kind === "score") return formatNumberVi(value, 1);
  return formatNumberVi(value, Number.isInteger(value) ? 0 : 2);
}

export function displayLength(value: PlanValue, kind: ColumnKind): number {
  if (value === null) return 0;
  if (typeof value === "object") return value.result === undefined ? 0 : displayLength(value.result, kind);
  if (typeof value === "number") {
    // Counted, not formatted, for the whole numbers that fill most columns (widths are worked out per cell).
    if (kind === "integer" && Number.isSafeInteger(value) && value >= 0) return wholeNumberLength(value);
    return numberText(value, kind).length;
  }
  if (typeof value === "boolean") return 5;
  if (!value.includes("\n")) return value.length;
  return Math.max(0, ...value.split("\n").map((line) => line.length));
}

/** A header wraps: it needs room for its longest word and at most about three lines. */
function headerLength(header: string): number {
  const longestWord = Math.max(0, ...header.split(/\s+/).map((w) => w.length));
  return Math.max(longestWord, Math.ceil(header.length / 2.5));
}

export function columnWidth(column: SummaryColumn, values: PlanValue[]): number {
  let content = headerLength(column.header);
  for (const value of values) content = Math.max(content, displayLength(value, column.kind));
  return Math.min(column.maxWidth ?? DEFAULT_MAX_WIDTH, Math.max(MIN_WIDTH, content + PADDING));
}

/** How much wider than body text: bold headers, the bold 14 pt title. */
export const BOLD_SCALE = 1.1;
export const TITLE_SCALE = 1.3;

/** What `\s` matches, but for the line feed (which starts a paragraph). */
function isSpaceInLine(ch: number): boolean {
  return (
    ch === 0x20 ||
    ch === 0x09 ||
    (ch >= 0x0b && ch <= 0x0d) ||
    ch === 0xa0 ||
    ch === 0x1680 ||
    (ch >= 0x2000 && ch <= 0x200a) ||
    ch === 0x2028 ||
    ch === 0x2029 ||
    ch === 0x202f ||
    ch === 0x205f ||
    ch === 0x3000 ||
    ch === 0xfeff
  );
}

/**
 * Lines a text needs when Excel wraps it at word boundaries in a column of `width` characters. Scanned in
 * place: the summary asks this of every text cell of its long tables.
 */
export function wrappedLines(text: string, width: number, scale = 1): number {
  const capacity = Math.max(1, Math.floor((width - 1) / scale));
  // Most cells fit on one line: no need to lay their words out.
  if (text.length <= capacity && !text.includes("\n")) return 1;
  let lines = 0;
  let used = 0;
  let count = 1;
  let wordStart = -1;
  for (let i = 0; i <= text.length; i++) {
    const ch = i < text.length ? text.charCodeAt(i) : 0x0a;
    const breaks = ch === 0x0a || isSpaceInLine(ch);
    if (!breaks) {
      if (wordStart < 0) wordStart = i;
      continue;
    }
    if (wordStart >= 0) {
      const word = i - wordStart;
      wordStart = -1;
      if (word > capacity) {
        count += (used > 0 ? 1 : 0) + Math.ceil(word / capacity) - 1;
        used = word % capacity || capacity;
      } else if (used === 0) used = word;
      else if (used + 1 + word <= capacity) used += 1 + word;
      else {
        count += 1;
        used = word;
      }
    }
    if (ch === 0x0a) {
      lines += count;
      used = 0;
      count = 1;
    }
  }
  return Math.max(1, lines);
}

/**
 * Header texts as an Excel table accepts them: one line, not empty, unique ignoring case
 * (a repeated text gets " (2)", " (3)"…).
 */
export function uniqueHeaders(texts: string[]): string[] {
  const seen = new Set<string>();
  return texts.map((text, i) => {
    const base = text.normalize("NFC").replace(/\s+/g, " ").trim() || `Cột ${i + 1}`;
    let candidate = base;
    for (let n = 2; seen.has(candidate.toLowerCase()); n++) candidate = `${base} (${n})`;
    seen.add(candidate.toLowerCase());
    return candidate;
  });
}
