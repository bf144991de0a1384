/** Reading cell values of the criteria workbook: text normalised NFC and trimmed, numbers either way. */
import type { CellSnapshot } from "../../workbook-model/snapshot";

/** Header and keyword comparison: NFC, trimmed, lower case, inner spaces collapsed (as everywhere else). */
export { foldKey } from "../../locale/text";

export function cellText(cell: CellSnapshot | undefined): string {
  if (!cell || cell.value === null) return "";
  return String(cell.value).normalize("NFC").trim();
}

export function isBlankCell(cell: CellSnapshot | undefined): boolean {
  return cellText(cell) === "" && (cell?.formula ?? "") === "";
}

/**
 * A number cell, or text written either way: "1.500" and "1.500,5" (vi-VN), "0,15", "0.15". Undefined when
 * blank or not a number; callers tell the two apart with cellText.
 */
export function cellNumber(cell: CellSnapshot | undefined): number | undefined {
  if (!cell) return undefined;
  if (typeof cell.value === "number") return Number.isFinite(cell.value) ? cell.value : undefined;
  if (typeof cell.value !== "string") return undefined;
  const text = cell.value.normalize("NFC").trim().replace(/\s/g, "");
  let normal: string | undefined;
  if (/^[-+]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(text)) normal = text.replace(/\./g, "").replace(",", ".");
  else if (/^[-+]?\d+,\d+$/.test(text)) normal = text.replace(",", ".");
  else if (/^[-+]?\d+(?:\.\d+)?$/.test(text)) normal = text;
  return normal === undefined ? undefined : Number(normal);
}
