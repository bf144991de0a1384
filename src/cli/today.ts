import { dateToSerial } from "../core/locale/excel-date";

/** Today's date in the machine's time zone, as an Excel serial. */
export function todaySerial(now = new Date()): number {
  return dateToSerial(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
