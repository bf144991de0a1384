/**
 * Excel 1900-system serial dates: serial 1 is 1900-01-01. Excel keeps Lotus 1-2-3's fake leap day
 * 1900-02-29 as serial 60, so from 1900-03-01 (serial 61) on a serial is the number of days since
 * 1899-12-30. Only the integer part of a serial is the date; the fraction is the time of day.
 */

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** 9999-12-31, the last date Excel knows. */
export const MAX_EXCEL_SERIAL = 2958465;

const MS_PER_DAY = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);
const FAKE_LEAP_DAY = 60;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A real Gregorian date with a four-digit year (1900-02-29 is not one). */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (![year, month, day].every(Number.isInteger)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12) return false;
  return day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Like Excel's DATE for years 1900–9999: months and days outside their range roll over
 * (month 13 is January of the next year, day 0 is the last day of the previous month), and
 * 1900-02-29 is serial 60. Throws RangeError for non-integers or dates outside 1900-01-01..9999-12-31.
 */
export function dateToSerial(year: number, month: number, day: number): number {
  if (![year, month, day].every(Number.isInteger)) {
    throw new RangeError(`Not a whole-number date: ${year}-${month}-${day}`);
  }
  const monthIndex = year * 12 + (month - 1);
  const y = Math.floor(monthIndex / 12);
  const m0 = monthIndex - y * 12;
  if (y < 1899 || y > 10000) throw new RangeError(`Year outside Excel's range: ${y}`);
  const daysToFirst = Math.round((Date.UTC(y, m0, 1) - EPOCH_MS) / MS_PER_DAY);
  // Before March 1900 Excel counts one day less than the real calendar (it starts at 1900-01-01 = 1).
  const firstSerial = daysToFirst <= FAKE_LEAP_DAY ? daysToFirst - 1 : daysToFirst;
  const serial = firstSerial + day - 1;
  if (serial < 1 || serial > MAX_EXCEL_SERIAL) {
    throw new RangeError(`Date outside Excel's range: ${year}-${month}-${day}`);
  }
  return serial;
}

/** The date of a serial's integer part. Throws RangeError outside 1..MAX_EXCEL_SERIAL. */
export function serialToDate(serial: number): CalendarDate {
  const whole = Math.floor(serial);
  if (!Number.isFinite(serial) || whole < 1 || whole > MAX_EXCEL_SERIAL) {
    throw new RangeError(`Not an Excel date serial: ${serial}`);
  }
  if (whole === FAKE_LEAP_DAY) return { year: 1900, month: 2, day: 29 };
  const days = whole < FAKE_LEAP_DAY ? whole + 1 : whole;
  const date = new Date(EPOCH_MS + days * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
