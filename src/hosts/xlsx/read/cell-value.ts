import type { CellSnapshot } from "../../../core/workbook-model/snapshot";
import type { CellFormat } from "./number-formats";

const MS_PER_DAY = 86_400_000;
/** Serial number of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;
/** Days from 1900-01-00 to 1904-01-01: a 1904-system serial plus this is the 1900-system serial. */
const DAYS_1904 = 1462;

/** What the reader needs to know about the workbook to turn a cell's stored text into a value. */
export interface ValueContext {
  sharedStrings: string[];
  date1904: boolean;
}

/**
 * A date- or time-formatted serial rounded to the millisecond (as Excel shows it). Snapshots keep dates in
 * the 1900 system, so a 1904 workbook's dates are shifted here (times of day and durations are not dates).
 */
function dateSerial(serial: number, format: CellFormat, date1904: boolean): number {
  const shift = date1904 && format.calendarDate ? DAYS_1904 : 0;
  const ms = Math.round((serial - UNIX_EPOCH_SERIAL + shift) * MS_PER_DAY);
  return ms / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/**
 * An ISO 8601 date-time (cells of type "d", OpenDocument's office:date-value) as a 1900-system serial;
 * null when it is not one.
 */
export function isoSerial(text: string): number | null {
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(text) || !text.includes("T") ? text : `${text}Z`);
  return Number.isFinite(ms) ? ms / MS_PER_DAY + UNIX_EPOCH_SERIAL : null;
}

function number(text: string, format: CellFormat | undefined, ctx: ValueContext): number | null {
  const n = Number(text);
  if (!Number.isFinite(n) || text.trim() === "") return null;
  return format?.date ? dateSerial(n, format, ctx.date1904) : n;
}

/**
 * The value of a cell from its type attribute ("s", "str", "b", "e", "d", "inlineStr", or a number) and
 * the text of its <v> (or of its <is> for an inline string).
 */
export function cellValue(
  type: string | undefined,
  text: string,
  format: CellFormat | undefined,
  ctx: ValueContext,
): CellSnapshot {
  switch (type) {
    case "s": {
      const s = ctx.sharedStrings[Number(text.trim())];
      return { value: s ?? null };
    }
    case "str":
    case "inlineStr":
      return { value: text };
    case "b":
      return { value: Number(text.trim()) !== 0 };
    case "e":
      return { value: null, error: text.trim() };
    case "d":
      return { value: isoSerial(text.trim()) };
    default:
      return { value: number(text, format, ctx) };
  }
}
