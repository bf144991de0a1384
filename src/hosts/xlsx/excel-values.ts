import type ExcelJS from "exceljs";
import type { PlanValue } from "../../core/workbook-model/plan";

/**
 * Characters XML cannot carry literally (or, for "\r", does not keep) and lone surrogates. Surrogate pairs
 * are matched first (group 1) so that they are kept; no lookbehind, for older Safari web views.
 */
const UNWRITABLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /([\ud800-\udbff][\udc00-\udfff])|[\u0000-\u0008\u000b\u000c\u000e-\u001f\r\ufffe\uffff\ud800-\udfff]/g;

function hex4(ch: string): string {
  return ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
}

/**
 * Text as OOXML stores it: characters XML cannot hold become "_xHHHH_", and a literal "_xHHHH_" gets its
 * underscore escaped, since Excel (and ExcelJS's reader) decode such sequences. ExcelJS's writer does
 * neither: it drops control characters and lets "_x0041_" come back as "A".
 */
export function escapeText(text: string): string {
  return text
    .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, "_x005F_")
    .replace(UNWRITABLE, (ch, pair?: string) => pair ?? `_x${hex4(ch)}_`);
}

/** As escapeText, and also tabs and line breaks, which an XML attribute would turn into spaces. */
export function escapeAttributeText(text: string): string {
  return escapeText(text).replace(/[\t\n]/g, (ch) => `_x${hex4(ch)}_`);
}

/**
 * A plan value as ExcelJS writes it. Strings stay strings (ExcelJS never turns "=…" text into a formula);
 * only a `{ formula }` value becomes a formula, stored without a leading "=".
 */
export function toExcelValue(v: PlanValue): ExcelJS.CellValue {
  if (typeof v === "string") return escapeText(v);
  if (v === null || typeof v !== "object") return v;
  const formula = v.formula.replace(/^=/, "");
  return v.result === undefined ? { formula } : { formula, result: v.result };
}
