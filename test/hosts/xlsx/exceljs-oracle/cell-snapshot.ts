import ExcelJS from "exceljs";
import type { CellSnapshot } from "../../../../src/core/workbook-model/snapshot";
import { CellModel, isRecord } from "./parsed-model";

const { ValueType } = ExcelJS;
const MS_PER_DAY = 86_400_000;
/** Serial number of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * ExcelJS turns date-formatted numbers into Dates, already shifted for the 1904 date system, so one formula
 * gives the 1900-system serial for both kinds of workbook (exact to the millisecond ExcelJS rounds to).
 */
export function dateToSerial(date: Date): number | null {
  const ms = date.getTime();
  return Number.isFinite(ms) ? ms / MS_PER_DAY + UNIX_EPOCH_SERIAL : null;
}

function richTextOf(runs: unknown[]): string {
  let text = "";
  for (const run of runs) if (isRecord(run) && typeof run.text === "string") text += run.text;
  return text;
}

/** A value as ExcelJS's model holds it (plain, Date, rich text, hyperlink text, error) → value or error. */
function fromValue(v: unknown): CellSnapshot {
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return { value: v };
  if (v instanceof Date) return { value: dateToSerial(v) };
  if (!isRecord(v)) return { value: null };
  if (typeof v.error === "string") return { value: null, error: v.error };
  if (Array.isArray(v.richText)) return { value: richTextOf(v.richText) };
  return { value: null };
}

/**
 * Reads one cell model; undefined for cells without content. `formula` is the cell's formula text (shared
 * formulas already moved to this cell), or undefined.
 */
export function cellSnapshot(cell: CellModel, formula: string | undefined): CellSnapshot | undefined {
  let snap: CellSnapshot;
  switch (cell.type) {
    case ValueType.Formula:
      snap = fromValue(cell.result);
      if (formula) snap.formula = formula;
      break;
    case ValueType.Hyperlink:
      snap = fromValue(cell.text);
      break;
    case ValueType.Null:
    case ValueType.Merge:
      return undefined;
    default:
      snap = fromValue(cell.value);
  }
  if (snap.value === null && snap.error === undefined && snap.formula === undefined) return undefined;
  const numFmt = cell.style?.numFmt;
  if (typeof numFmt === "string" && numFmt !== "" && numFmt.toLowerCase() !== "general") snap.numFmt = numFmt;
  return snap;
}
