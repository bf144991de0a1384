import { dateToSerial, isValidDate } from "../locale/excel-date";
import { normalizeText } from "../locale/text";

/** True when an Excel number format shows a date (day or year tokens outside quotes and brackets). */
export function isDateFormat(numFmt: string): boolean {
  const bare = numFmt
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "");
  return /[dy]/i.test(bare);
}

/**
 * A date typed as text, Vietnamese order: "05/12/2024", "5-12-2024", "05.12.2024",
 * "ngày 05 tháng 12 năm 2024", or ISO "2024-12-05". Returns an Excel serial, or undefined.
 */
export function parseDateText(text: string): number | undefined {
  const s = normalizeText(text).toLowerCase();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (iso) return serialIfValid(+iso[1], +iso[2], +iso[3]);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (dmy) return serialIfValid(+dmy[3], +dmy[2], +dmy[1]);
  const words = /^(?:ngày\s*)?(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})$/.exec(s);
  if (words) return serialIfValid(+words[3], +words[2], +words[1]);
  return undefined;
}

function serialIfValid(year: number, month: number, day: number): number | undefined {
  return isValidDate(year, month, day) ? dateToSerial(year, month, day) : undefined;
}
