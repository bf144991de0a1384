import fc from "fast-check";
import {
  dateToSerial,
  daysInMonth,
  isValidDate,
  MAX_EXCEL_SERIAL,
  serialToDate,
} from "../../../src/core/locale/excel-date";

describe("dateToSerial", () => {
  it.each([
    [1900, 1, 1, 1],
    [1900, 2, 28, 59],
    [1900, 2, 29, 60],
    [1900, 3, 1, 61],
    [2024, 12, 5, 45631],
    [2025, 1, 31, 45688],
    [2024, 2, 29, 45351],
    [9999, 12, 31, MAX_EXCEL_SERIAL],
  ])("%i-%i-%i is serial %i", (y, m, d, serial) => {
    expect(dateToSerial(y, m, d)).toBe(serial);
  });

  it("rolls months and days over like Excel's DATE", () => {
    expect(dateToSerial(2024, 13, 1)).toBe(dateToSerial(2025, 1, 1));
    expect(dateToSerial(2025, 3, 0)).toBe(dateToSerial(2025, 2, 28));
    expect(dateToSerial(2024, 0, 1)).toBe(dateToSerial(2023, 12, 1));
  });

  it("rejects dates Excel does not know and fractions", () => {
    expect(() => dateToSerial(1899, 12, 31)).toThrow(RangeError);
    expect(() => dateToSerial(10000, 1, 1)).toThrow(RangeError);
    expect(() => dateToSerial(2024, 1, 1.5)).toThrow(RangeError);
  });
});

describe("serialToDate", () => {
  it("reads the integer part", () => {
    expect(serialToDate(45631.75)).toEqual({ year: 2024, month: 12, day: 5 });
    expect(serialToDate(61)).toEqual({ year: 1900, month: 3, day: 1 });
    expect(serialToDate(60)).toEqual({ year: 1900, month: 2, day: 29 });
    expect(serialToDate(1)).toEqual({ year: 1900, month: 1, day: 1 });
  });

  it("rejects serials outside Excel's range", () => {
    for (const bad of [0, -1, MAX_EXCEL_SERIAL + 1, Number.NaN, Infinity]) {
      expect(() => serialToDate(bad)).toThrow(RangeError);
    }
  });

  it("round-trips every serial", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_EXCEL_SERIAL }), (serial) => {
        const { year, month, day } = serialToDate(serial);
        expect(dateToSerial(year, month, day)).toBe(serial);
      }),
    );
  });

  it("round-trips every valid date", () => {
    const date = fc
      .record({
        year: fc.integer({ min: 1900, max: 9999 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 31 }),
      })
      .filter(({ year, month, day }) => isValidDate(year, month, day));
    fc.assert(
      fc.property(date, (d) => {
        expect(serialToDate(dateToSerial(d.year, d.month, d.day))).toEqual(d);
      }),
    );
  });

  it("counts consecutive days after 1900-03-01", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: MAX_EXCEL_SERIAL - 1 }), (serial) => {
        const a = serialToDate(serial);
        const b = serialToDate(serial + 1);
        const nextDay =
          a.day < daysInMonth(a.year, a.month)
            ? { ...a, day: a.day + 1 }
            : a.month < 12
              ? { year: a.year, month: a.month + 1, day: 1 }
              : { year: a.year + 1, month: 1, day: 1 };
        expect(b).toEqual(nextDay);
      }),
    );
  });
});

describe("isValidDate", () => {
  it("knows leap years and month lengths", () => {
    expect(isValidDate(2024, 2, 29)).toBe(true);
    expect(isValidDate(2023, 2, 29)).toBe(false);
    expect(isValidDate(1900, 2, 29)).toBe(false);
    expect(isValidDate(2000, 2, 29)).toBe(true);
    expect(isValidDate(2024, 4, 31)).toBe(false);
    expect(isValidDate(2024, 13, 1)).toBe(false);
    expect(isValidDate(2024, 1, 0)).toBe(false);
    expect(isValidDate(2024, 1, 1.5)).toBe(false);
  });
});
