import { dateToSerial, type CalendarDate } from "./excel-date";

/** Today's date in the local time zone, as an Excel serial (for rules that use TODAY()). */
export function todaySerial(now = new Date()): number {
  return dateToSerial(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** Today's date in the local time zone (the date of a letter written now). */
export function todayDate(now = new Date()): CalendarDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** "10:30 05/12/2024": the time a summary was made, shown in each summary sheet's subtitle. */
export function timestamp(now = new Date()): string {
  const two = (n: number): string => String(n).padStart(2, "0");
  return `${two(now.getHours())}:${two(now.getMinutes())} ${two(now.getDate())}/${two(now.getMonth() + 1)}/${now.getFullYear()}`;
}
