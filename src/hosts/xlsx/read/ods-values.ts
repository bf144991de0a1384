/**
 * What an OpenDocument spreadsheet (LibreOffice's .ods) writes differently from an .xlsx, turned into what
 * the snapshot holds: its range addresses, times, booleans and formulas (its dates are ISO 8601, read as
 * an .xlsx's cells of type "d" are).
 */
import type { RangeRef } from "../../../core/workbook-model/address";
import { parseSheetQualifiedRange } from "../../../core/workbook-model/sheet-refs";

const MS_PER_DAY = 86_400_000;

/** One end of an address: an optional "$", the sheet (quoted or bare, or none), ".", the cell. */
const ADDRESS_END = /^\$?(?:'((?:[^']|'')*)'|([^'.]*))\.(.+)$/;

/**
 * "$'Biểu mẫu'.$C$5", "'Sáng kiến'.A3:'Sáng kiến'.F19" or "$'Sáng kiến'.$A$3:.$F$19" → the sheet and the
 * range; undefined for anything else (several ranges, two sheets, no sheet).
 */
export function odfRange(address: string): { sheet: string; range: RangeRef } | undefined {
  const ends = address.trim().match(/(?:'(?:[^']|'')*'|[^':])+/g) ?? [];
  if (ends.length < 1 || ends.length > 2) return undefined;
  const [first, second] = ends.map((end) => ADDRESS_END.exec(end));
  if (!first || (ends.length === 2 && !second)) return undefined;
  const sheet = first[1] !== undefined ? first[1].replace(/''/g, "'") : first[2];
  if (sheet === "") return undefined;
  const other = !second ? "" : second[1] !== undefined ? second[1].replace(/''/g, "'") : second[2];
  if (other !== "" && other !== sheet) return undefined;
  const cells = second ? `${first[3]}:${second[3]}` : first[3];
  return parseSheetQualifiedRange(`'${sheet.replace(/'/g, "''")}'!${cells}`);
}

const DURATION =
  /^(-)?P(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** An office:time-value ("PT12H30M00S") as a fraction of a day, as Excel keeps times; null if it is none. */
export function odfDurationDays(text: string): number | null {
  const m = DURATION.exec(text.trim());
  if (!m || text.trim() === "P" || text.trim() === "PT") return null;
  const [days, hours, minutes, seconds] = [2, 3, 4, 5].map((i) => Number(m[i] ?? 0));
  const ms = Math.round((((days * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000);
  return ((m[1] ? -1 : 1) * ms) / MS_PER_DAY;
}

/** An office:boolean-value: "true" or "false", and as LibreOffice reads it, a number not 0 is true. */
export function odfBoolean(text: string): boolean {
  const t = text.trim().toLowerCase();
  if (t === "true" || t === "false") return t === "true";
  const n = Number(t);
  return t !== "" && Number.isFinite(n) && n !== 0;
}

/** A bracketed reference of an OpenDocument formula: "[.C5]", "[.C5:.C9]", "[$'Biểu mẫu'.$D$16]". */
const BRACKETED = /\[([^\]]*)\]/g;
/** A sheet before its "." in such a reference. */
const SHEET_DOT = /(\$?'(?:[^']|'')*'|\$?[^'.:[\]]+)?\./g;

/**
 * table:formula in Excel's words, as an .xlsx holds it: "of:=SUM([.C5:.C9];2)" → "SUM(C5:C9,2)". Only the
 * syntax is changed (references, the argument separator), so that the snapshot shows where a cell has a
 * formula; what it computes is the cached value LibreOffice wrote with it.
 */
export function odfFormula(text: string): string {
  // Excel's own functions are named apart in OpenDocument: COM.MICROSOFT.WORKDAY.INTL is WORKDAY.INTL.
  const body = text
    .replace(/^[a-z]+:=/, "")
    .replace(/^=/, "")
    .replace(/\bCOM\.MICROSOFT\./g, "");
  let out = "";
  let inString = false;
  for (const piece of body.split('"')) {
    if (inString) out += `"${piece}"`;
    else
      out += piece
        .replace(BRACKETED, (_, ref: string) =>
          ref.replace(SHEET_DOT, (__, sheet?: string) => (sheet ? `${sheet.replace(/^\$/, "")}!` : "")),
        )
        .replace(/;/g, ",");
    inString = !inString;
  }
  return out;
}
