import { parseLocaleNumber } from "../../locale/numbers";
import { ExpressionError } from "./errors";

/** null is a blank cell; arrays come only from table columns. */
export type ExprValue = number | string | boolean | null | ExprValue[];
export type Scalar = number | string | boolean | null;

/** Blank means no value or text that is only spaces, everywhere in the language. */
export function isBlank(value: ExprValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

export function describe(value: ExprValue): string {
  if (Array.isArray(value)) return "a table column";
  if (value === null) return "a blank";
  if (typeof value === "string") return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return String(value).toUpperCase();
}

export function scalar(value: ExprValue, where: string): Scalar {
  if (Array.isArray(value)) {
    throw new ExpressionError(
      "type",
      `A table column cannot be used ${where}; use it inside a function such as COUNTIF or SUM`,
    );
  }
  return value;
}

/** Every scalar of the arguments, table columns spread out. */
export function flatten(values: readonly ExprValue[]): Scalar[] {
  const out: Scalar[] = [];
  const visit = (v: ExprValue): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else out.push(v);
  };
  values.forEach(visit);
  return out;
}

/** A result that is not a finite number is an error, as in Excel (#NUM!), never NaN. */
export function finite(value: number, what: string): number {
  if (!Number.isFinite(value)) throw new ExpressionError("type", `${what} does not give a finite number`);
  return value === 0 ? 0 : value; // no -0
}

/** Arithmetic reading: blank is 0, TRUE is 1, text is read as a Vietnamese or English number. */
export function toNumber(value: ExprValue, where = "in arithmetic"): number {
  const v = scalar(value, where);
  if (v === null || isBlank(v)) return 0;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new ExpressionError("type", `${v} is not a number`);
    return v;
  }
  const parsed = parseLocaleNumber(v);
  if (!parsed.ok) throw new ExpressionError("type", `Cannot use ${describe(v)} as a number ${where}`);
  return parsed.value;
}

/** Excel's General format for numbers: at most 15 significant digits. */
export function numberToText(value: number): string {
  return String(Number(value.toPrecision(15)));
}

export function toText(value: ExprValue, where = "as text"): string {
  const v = scalar(value, where);
  if (v === null) return "";
  if (typeof v === "number") return numberToText(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v;
}

/** A condition: TRUE/FALSE, numbers (0 is FALSE), blank is FALSE, the texts "TRUE"/"FALSE". */
export function toCondition(value: ExprValue): boolean {
  const v = scalar(value, "as a condition");
  if (v === null || isBlank(v)) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  const word = v.trim().toUpperCase();
  if (word === "TRUE" || word === "FALSE") return word === "TRUE";
  throw new ExpressionError("type", `Expected TRUE or FALSE but found ${describe(v)}`);
}
