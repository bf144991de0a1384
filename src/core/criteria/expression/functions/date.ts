import { dateToSerial, MAX_EXCEL_SERIAL, serialToDate, type CalendarDate } from "../../../locale/excel-date";
import { ExpressionError } from "../errors";
import { toNumber, type ExprValue } from "../values";
import type { FunctionTable } from "./types";

function dateOf(value: ExprValue, fn: string): CalendarDate {
  const serial = Math.floor(toNumber(value, `in ${fn}`));
  // Serial 0 (a blank) is Excel's "1900-01-00".
  if (serial === 0) return { year: 1900, month: 1, day: 0 };
  if (serial < 0 || serial > MAX_EXCEL_SERIAL) {
    throw new ExpressionError("type", `${serial} is not a date in ${fn}`);
  }
  return serialToDate(serial);
}

export const DATE_FUNCTIONS: FunctionTable = {
  /** Like Excel: years 0–1899 mean 1900–3799, months and days roll over. */
  DATE: {
    min: 3,
    max: 3,
    apply: ([y, m, d]) => {
      const [year, month, day] = [y, m, d].map((v) => Math.trunc(toNumber(v, "in DATE")));
      const fullYear = year >= 0 && year < 1900 ? year + 1900 : year;
      try {
        return dateToSerial(fullYear, month, day);
      } catch {
        throw new ExpressionError("type", `DATE(${year}, ${month}, ${day}) is outside the dates Excel knows`);
      }
    },
  },
  YEAR: { min: 1, max: 1, apply: ([serial]) => dateOf(serial, "YEAR").year },
  MONTH: { min: 1, max: 1, apply: ([serial]) => dateOf(serial, "MONTH").month },
  DAY: { min: 1, max: 1, apply: ([serial]) => dateOf(serial, "DAY").day },
  TODAY: {
    min: 0,
    max: 0,
    apply: (_args, ctx) => {
      if (ctx.today === undefined)
        throw new ExpressionError("unknown-name", "Today's date is not known here", "TODAY");
      return ctx.today;
    },
  },
};
