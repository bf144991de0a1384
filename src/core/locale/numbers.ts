/**
 * Numbers written the Vietnamese way ("1.500.000", "1,5", "2,15%") read and written.
 *
 * Reading rules, in order:
 * - Vietnamese separators first: "." groups thousands, "," is the decimal mark ("1.500.000,75").
 * - Spaces (also non-breaking and narrow ones) may group thousands: "1 500 000".
 * - When both "." and "," appear, the last one is the decimal mark, so English "1,500,000.5" works.
 * - A single "." followed by exactly three digits after a 1–3 digit group is a thousands separator:
 *   "1.500" is 1500 (the Vietnamese reading). Otherwise a single "." is a decimal point ("1.5", "0.500").
 * - A single "," is always the decimal mark: "1,500" is 1.5. Several commas group thousands ("1,500,000").
 * - Spaces together with a single mark followed by three digits ("1 500,000") cannot be read safely:
 *   "ambiguous".
 * - Digits with words ("2 triệu", "khoảng 5", "5 người") are "words", never a silent number.
 */
import { normalizeText } from "./text";
import { serialToDate, type CalendarDate } from "./excel-date";

export type ParseNumberFailure = "empty" | "words" | "not-a-number" | "ambiguous";

export type ParsedNumber =
  { ok: true; value: number; percent: boolean } | { ok: false; reason: ParseNumberFailure };

const CURRENCY_SUFFIX = /\s*(?:đồng|vnđ|vnd|đ|₫)$/iu;
const NUMBER_WORDS =
  /(?:^|\s)(?:không|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|trăm|nghìn|ngàn|triệu|tỷ|tỉ|chục|khoảng|gần|hơn|trên|dưới)(?:\s|$)/iu;

const fail = (reason: ParseNumberFailure): ParsedNumber => ({ ok: false, reason });

export function parseLocaleNumber(text: string): ParsedNumber {
  let s = text.normalize("NFC").trim();
  if (s === "") return fail("empty");
  s = s.replace(CURRENCY_SUFFIX, "");
  let percent = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1).trimEnd();
  }
  let negative = false;
  if (/^[-+\u2212]/.test(s)) {
    negative = s[0] !== "+";
    s = s.slice(1).trimStart();
  }
  if (!/^[\d.,\s]+$/.test(s) || !/\d/.test(s)) return fail(looksLikeWords(text) ? "words" : "not-a-number");

  const digits = splitSeparators(s);
  if (typeof digits === "string") return fail(digits);
  const literal = `${digits.integer || "0"}.${digits.fraction || "0"}e${percent ? -2 : 0}`;
  const magnitude = Number(literal);
  if (!Number.isFinite(magnitude)) return fail("not-a-number");
  const value = negative && magnitude !== 0 ? -magnitude : magnitude;
  return { ok: true, value, percent };
}

function looksLikeWords(text: string): boolean {
  const s = normalizeText(text);
  return (/\d/.test(s) && /\p{L}{2,}/u.test(s)) || NUMBER_WORDS.test(s);
}

interface Digits {
  integer: string;
  fraction: string;
}

/** Splits digits, separators and spaces into integer and fraction digits, or says why it cannot. */
function splitSeparators(s: string): Digits | "not-a-number" | "ambiguous" {
  const hasSpace = /\s/.test(s);
  const dots = count(s, ".");
  const commas = count(s, ",");
  let decimal: "." | "," | undefined;
  let thousands: "." | "," | " " | undefined = hasSpace ? " " : undefined;

  if (dots > 0 && commas > 0) {
    decimal = s.lastIndexOf(".") > s.lastIndexOf(",") ? "." : ",";
    thousands = decimal === "." ? "," : ".";
    if (hasSpace || count(s, decimal) > 1) return "not-a-number";
  } else if (dots + commas > 1) {
    if (hasSpace) return "not-a-number";
    thousands = dots > 0 ? "." : ",";
  } else if (dots + commas === 1) {
    const mark = dots > 0 ? "." : ",";
    const [before, after] = s.split(mark);
    if (hasSpace && after.length === 3) return "ambiguous";
    const thousandsDot = mark === "." && !hasSpace && after.length === 3 && /^[1-9]\d{0,2}$/.test(before);
    if (thousandsDot) thousands = ".";
    else decimal = mark;
  }

  const [integerPart, fraction = "", extra] = decimal ? s.split(decimal) : [s];
  if (extra !== undefined) return "not-a-number";
  if (decimal && !/^\d+$/.test(fraction)) return "not-a-number";
  const integer = thousands ? ungroup(integerPart, thousands) : integerPart;
  if (integer === undefined || !/^\d*$/.test(integer) || (integer === "" && !decimal)) return "not-a-number";
  return { integer, fraction };
}

/** "1.500.000" → "1500000" when every group after the first has exactly three digits. */
function ungroup(part: string, separator: "." | "," | " "): string | undefined {
  const groups = separator === " " ? part.split(/\s/) : part.split(separator);
  if (groups.length === 1) return part;
  const [first, ...rest] = groups;
  if (!/^\d{1,3}$/.test(first) || !rest.every((g) => /^\d{3}$/.test(g))) return undefined;
  return groups.join("");
}

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}

/** Moves the decimal point without binary rounding noise: shiftDecimal(1.005, 2) is exactly 100.5. */
function shiftDecimal(value: number, places: number): number {
  const [mantissa, exponent = "0"] = String(value).split("e");
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

/** Rounds like Excel's ROUND: halves away from zero, on the decimal digits people see (1.005 → 1.01). */
export function roundHalfAwayFromZero(value: number, decimals = 0): number {
  if (!Number.isFinite(value) || value === 0) return value;
  const places = Math.trunc(decimals);
  const scaled = shiftDecimal(Math.abs(value), places);
  if (!Number.isFinite(scaled)) return value;
  const rounded = shiftDecimal(Math.round(scaled), -places);
  if (rounded === 0) return 0;
  return value < 0 ? -rounded : rounded;
}

function checkDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new RangeError(`decimals must be a whole number from 0 to 20, not ${decimals}`);
  }
}

/** 1234567 → "1.234.567"; (2.15, 2) → "2,15"; -1500 → "-1.500". NaN and infinities as "NaN", "∞", "-∞". */
export function formatNumberVi(value: number, decimals = 0): string {
  checkDecimals(decimals);
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "∞" : "-∞";
  const rounded = roundHalfAwayFromZero(value, decimals);
  const [integer, fraction] = Math.abs(rounded).toFixed(decimals).split(".");
  const grouped = integer.replace(/\B(?=(\d{3})+$)/g, ".");
  const sign = rounded < 0 ? "-" : "";
  return fraction ? `${sign}${grouped},${fraction}` : `${sign}${grouped}`;
}

export interface PercentOptions {
  /** Drop trailing zeros of the decimals: "12,5%" rather than "12,50%". */
  trimZeros?: boolean;
}

/** 0.0215 → "2,15%". */
export function formatPercentVi(ratio: number, decimals = 2, options: PercentOptions = {}): string {
  const text = formatNumberVi(Number.isFinite(ratio) ? shiftDecimal(ratio, 2) : ratio, decimals);
  const trimmed = options.trimZeros && text.includes(",") ? text.replace(/0+$/, "").replace(/,$/, "") : text;
  return `${trimmed}%`;
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

function toCalendarDate(date: number | CalendarDate): CalendarDate {
  return typeof date === "number" ? serialToDate(date) : date;
}

/** An Excel serial or a date → "05/12/2024". */
export function formatDateVi(date: number | CalendarDate): string {
  const { year, month, day } = toCalendarDate(date);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/**
 * "ngày 05 tháng 12 năm 2024", or with a place "Hà Nội, ngày 05 tháng 02 năm 2024". Administrative
 * style: days below 10 and the months 1–2 take a leading zero; months 3–12 do not ("tháng 3").
 */
export function formatLongDateVi(date: number | CalendarDate, place?: string): string {
  const { year, month, day } = toCalendarDate(date);
  const monthText = month <= 2 ? pad2(month) : String(month);
  const text = `ngày ${pad2(day)} tháng ${monthText} năm ${year}`;
  return place ? `${place}, ${text}` : text;
}
