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
  const content = Math.max(headerLength(column.header), ...values.map((v) => displayLength(v, column.kind)));
  return Math.min(column.maxWidth ?? DEFAULT_MAX_WIDTH, Math.max(MIN_WIDTH, content + PADDING));
}

/** How much wider than body text: bold headers, the bold 14 pt title. */
export const BOLD_SCALE = 1.1;
export const TITLE_SCALE = 1.3;

/** Lines a text needs when Excel wraps it at word boundaries in a column of `width` characters. */
export function wrappedLines(text: string, width: number, scale = 1): number {
  const capacity = Math.max(1, Math.floor((width - 1) / scale));
  // Most cells fit on one line: no need to lay their words out.
  if (text.length <= capacity && !text.includes("\n")) return 1;
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    let count = 1;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
      if (word.length > capacity) {
        count += (used > 0 ? 1 : 0) + Math.ceil(word.length / capacity) - 1;
        used = word.length % capacity || capacity;
      } else if (used === 0) used = word.length;
      else if (used + 1 + word.length <= capacity) used += 1 + word.length;
      else {
        count += 1;
        used = word.length;
      }
    }
    lines += count;
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
