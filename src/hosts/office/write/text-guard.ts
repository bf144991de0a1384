import type { PlanValue } from "../../../core/workbook-model/plan";

/**
 * Range.values reads a string as if it were typed: one starting with "=", "+" or "-" becomes a formula
 * (Excel.Range.values reference), and "@" starts one in Excel's UI; digits become numbers or dates
 * ("0912…" loses its zero, "05/12/2024" turns into a date), "TRUE" a boolean, "#N/A" an error. A plan's
 * plain string is always text, so such strings get the Text number format ("@") before the value.
 */
const FORMULA_START = /^[=+\-@]/;
const PARSED_AS_DATA = /^\s*[($€£¥₫]?\s*[.,]?\d|^\s*(true|false)\s*$|^\s*#/i;

export function needsTextFormat(text: string): boolean {
  return FORMULA_START.test(text) || PARSED_AS_DATA.test(text);
}

/** What a plan value is assigned to Range.values as: explicit formulas become "=…", null leaves the cell. */
export function excelInput(value: PlanValue): string | number | boolean | null {
  if (value === null || typeof value !== "object") return value;
  return `=${value.formula.replace(/^=/, "")}`;
}

export function isGuardedText(value: PlanValue): boolean {
  return typeof value === "string" && needsTextFormat(value);
}
