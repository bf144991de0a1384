import { Token, XmlCursor } from "./xml-cursor";

/** Excel's built-in number formats that have one code in every locale (ECMA-376 §18.8.30). */
const BUILT_IN: Record<number, string> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** A cell style's number format, with what the reader needs to know about it worked out once. */
export interface CellFormat {
  code: string;
  /** It shows a date or a time (isDateFormat). */
  date: boolean;
  /** It shows a calendar date (showsCalendarDate). */
  calendarDate: boolean;
}

function cellFormat(code: string | undefined): CellFormat | undefined {
  if (code === undefined || code === "" || code.toLowerCase() === "general") return undefined;
  return { code, date: isDateFormat(code), calendarDate: showsCalendarDate(code) };
}

/**
 * The number format of each cell style (the `s` of a cell indexes this list); undefined for none or
 * General.
 */
export function parseCellFormats(xml: string): (CellFormat | undefined)[] {
  const custom = new Map<number, string>();
  const formats: (CellFormat | undefined)[] = [];
  let inCellXfs = false;
  const cursor = new XmlCursor(xml);
  while (cursor.next()) {
    if (cursor.token === Token.Close) {
      if (cursor.is("cellXfs")) inCellXfs = false;
    } else if (cursor.token !== Token.Open) {
      continue;
    } else if (cursor.is("numFmt")) {
      const id = cursor.attr("numFmtId");
      const code = cursor.attr("formatCode");
      if (id !== undefined && code !== undefined) custom.set(Number(id), code);
    } else if (cursor.is("cellXfs")) {
      inCellXfs = !cursor.selfClosing;
    } else if (inCellXfs && cursor.is("xf")) {
      const id = Number(cursor.attr("numFmtId") ?? 0);
      formats.push(id ? cellFormat(custom.get(id) ?? BUILT_IN[id]) : undefined);
    }
  }
  return formats;
}

function bare(format: string): string {
  return format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
}

/** Whether a number format shows a date or a time: a date, time or elapsed-time code outside quotes and brackets. */
export function isDateFormat(format: string): boolean {
  return /[ymdhMsb]/.test(bare(format));
}

/** Whether it shows a calendar date (a day or a year), not only a time of day or a duration. */
export function showsCalendarDate(format: string): boolean {
  return /[dy]/i.test(bare(format).replace(/\\./g, ""));
}
