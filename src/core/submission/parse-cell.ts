import type { FieldType } from "../campaign/model";
import type { CellSnapshot } from "../workbook-model/snapshot";
import { parseLocaleNumber } from "../locale/numbers";
import { normalizeText } from "../locale/text";
import { parseDateText, isDateFormat } from "./parse-date";
import { MAX_CELL_TEXT } from "../workbook-model/sheet-refs";

/** The outcome of reading one cell as a given type. `variant` picks the type-error message. */
export type ParsedCell =
  | { status: "ok"; value: number | string }
  | { status: "blank" }
  | { status: "uncalculated" }
  | { status: "error"; error: string }
  | {
      status: "invalid";
      variant:
        | "words"
        | "not-a-number"
        | "ambiguous"
        | "not-integer"
        | "percent"
        | "not-date"
        | "boolean"
        | "too-large"
        | "too-long";
      text: string;
    };

const WHOLE_TOLERANCE = 1e-9;
/**
 * The smallest number of 16 digits: Excel keeps 15, so no figure typed in Excel is this large, and summing
 * such numbers from a few files could pass the largest a number can be (a summary cell would be Infinity).
 */
const TOO_LARGE = 1e15;

export function parseCell(cell: CellSnapshot | undefined, type: FieldType | "list"): ParsedCell {
  if (!cell) return { status: "blank" };
  if (cell.error) return { status: "error", error: cell.error };
  const value = cell.value;
  if (value === null) return cell.formula ? { status: "uncalculated" } : { status: "blank" };
  const text = typeof value === "string" ? normalizeText(value) : undefined;
  if (text === "") return { status: "blank" };
  switch (type) {
    case "text":
    case "unit":
    case "list":
      return parseText(text ?? normalizeText(String(value)));
    case "date":
      return parseDate(value, cell.numFmt);
    case "integer":
    case "money":
      return parseNumber(value, true);
    case "number":
    case "score":
      return parseNumber(value, false);
  }
}

/** How much of a text too long to read the finding quotes. */
const QUOTED_CHARS = 40;

/** A longer text than a cell holds comes from no workbook Excel saved. */
function parseText(text: string): ParsedCell {
  if (text.length <= MAX_CELL_TEXT) return { status: "ok", value: text };
  return { status: "invalid", variant: "too-long", text: `${text.slice(0, QUOTED_CHARS)}…` };
}

function parseNumber(value: string | number | boolean, whole: boolean): ParsedCell {
  if (typeof value === "boolean") return { status: "invalid", variant: "boolean", text: String(value) };
  let n: number;
  if (typeof value === "number") {
    n = value;
  } else {
    const parsed = parseLocaleNumber(value);
    if (!parsed.ok) {
      const variant = parsed.reason === "empty" ? "not-a-number" : parsed.reason;
      return { status: "invalid", variant, text: normalizeText(value) };
    }
    if (parsed.percent && whole) return { status: "invalid", variant: "percent", text: normalizeText(value) };
    n = parsed.value;
  }
  if (!(Math.abs(n) < TOO_LARGE)) {
    return {
      status: "invalid",
      variant: "too-large",
      text: typeof value === "string" ? normalizeText(value) : String(value),
    };
  }
  if (whole) {
    const rounded = Math.round(n);
    if (Math.abs(n - rounded) > WHOLE_TOLERANCE) {
      return {
        status: "invalid",
        variant: "not-integer",
        text: typeof value === "string" ? normalizeText(value) : String(value),
      };
    }
    n = rounded;
  }
  return { status: "ok", value: n };
}

/** Serials from 1 Jan 1930 to 31 Dec 2099 are taken as dates even without a date format. */
const PLAUSIBLE_SERIAL = { min: 10959, max: 73050 };
/** 31 Dec 9999, the last day Excel shows: a larger number in a date format is "####" there, not a date. */
const LAST_EXCEL_SERIAL = 2_958_465;

function parseDate(value: string | number | boolean, numFmt: string | undefined): ParsedCell {
  if (typeof value === "number") {
    const plausible = value >= PLAUSIBLE_SERIAL.min && value <= PLAUSIBLE_SERIAL.max;
    const formatted =
      numFmt !== undefined && isDateFormat(numFmt) && value >= 0 && value <= LAST_EXCEL_SERIAL;
    if (formatted || plausible) return { status: "ok", value: Math.floor(value) };
    return { status: "invalid", variant: "not-date", text: String(value) };
  }
  if (typeof value === "boolean") return { status: "invalid", variant: "not-date", text: String(value) };
  const serial = parseDateText(value);
  return serial === undefined
    ? { status: "invalid", variant: "not-date", text: normalizeText(value) }
    : { status: "ok", value: serial };
}
