import { formatNumberVi } from "../locale/numbers";

/** A value shown inside a message: numbers the vi-VN way, years and small counts without grouping. */
export function formatParam(name: string, value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    if (/year|_from$/.test(name)) return String(value);
    const text = formatNumberVi(value, Number.isInteger(value) ? 0 : 2);
    return text.includes(",") ? text.replace(/0+$/, "").replace(/,$/, "") : text;
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}
