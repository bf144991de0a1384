import fc from "fast-check";
import {
  formatDateVi,
  formatLongDateVi,
  formatNumberVi,
  formatPercentVi,
  parseLocaleNumber,
  roundHalfAwayFromZero,
} from "../../../src/core/locale/numbers";

const nfd = (s: string): string => s.normalize("NFD");

describe("parseLocaleNumber reads", () => {
  it.each([
    ["1.500.000", 1500000],
    ["1,5", 1.5],
    ["1.500.000,75", 1500000.75],
    ["1 500 000", 1500000],
    ["1\u00a0500\u00a0000", 1500000],
    ["1\u202f500,5", 1500.5],
    ["-1.500", -1500],
    ["+42", 42],
    ["1,500,000", 1500000],
    ["1,500,000.25", 1500000.25],
    ["1500000", 1500000],
    ["1.5", 1.5],
    ["1.25", 1.25],
    ["1.5000", 1.5],
    ["0.500", 0.5],
    ["1234.567", 1234.567],
    ["1.500", 1500], // Vietnamese reading: a dot before three digits groups thousands
    ["1,500", 1.5], // Vietnamese reading: a single comma is the decimal mark
    [",5", 0.5],
    ["  7  ", 7],
    ["0", 0],
    ["-0", 0],
  ])("%j as %d", (text, value) => {
    expect(parseLocaleNumber(text)).toEqual({ ok: true, value, percent: false });
  });

  it.each([
    ["15%", 0.15],
    ["2,15%", 0.0215],
    ["-5 %", -0.05],
    ["100%", 1],
  ])("the percentage %j as %d", (text, value) => {
    expect(parseLocaleNumber(text)).toEqual({ ok: true, value, percent: true });
  });

  it.each([
    "1.500.000 đ",
    "1.500.000đ",
    "1.500.000 đồng",
    "1.500.000 VND",
    "1.500.000 vnđ",
    "1.500.000 VNĐ",
    "1.500.000 ĐỒNG",
    "1.500.000₫",
  ])("strips the currency in %j", (text) => {
    expect(parseLocaleNumber(text)).toEqual({ ok: true, value: 1500000, percent: false });
    expect(parseLocaleNumber(nfd(text))).toEqual({ ok: true, value: 1500000, percent: false });
  });
});

describe("parseLocaleNumber refuses", () => {
  it.each(["", "   ", "\u00a0"])("%j as empty", (text) => {
    expect(parseLocaleNumber(text)).toEqual({ ok: false, reason: "empty" });
  });

  it.each(["2 triệu", "khoảng 5", "5 người", "hai triệu", nfd("2 triệu"), "1.500.000 đồng/người"])(
    "%j as words",
    (text) => {
      expect(parseLocaleNumber(text)).toEqual({ ok: false, reason: "words" });
    },
  );

  it.each([
    "abc",
    "1.2.3",
    "1..5",
    "--5",
    "1.50.000",
    "12,34,5",
    "1,5.000.000",
    "1.",
    "1,",
    "-",
    "%",
    "1 5",
    "1e5",
    "1 500.000.000",
  ])("%j as not a number", (text) => {
    expect(parseLocaleNumber(text)).toEqual({ ok: false, reason: "not-a-number" });
  });

  it.each(["1 500,000", "1 500.000"])("%j as ambiguous (spaces and a three-digit tail)", (text) => {
    expect(parseLocaleNumber(text)).toEqual({ ok: false, reason: "ambiguous" });
  });
});

describe("formatNumberVi", () => {
  it.each([
    [1234567, 0, "1.234.567"],
    [2.15, 2, "2,15"],
    [-1500, 0, "-1.500"],
    [0, 0, "0"],
    [999, 0, "999"],
    [1000, 0, "1.000"],
    [1.005, 2, "1,01"],
    [-2.5, 0, "-3"],
    [-0.004, 2, "0,00"],
    [1234.5, 2, "1.234,50"],
  ])("%d with %i decimals is %j", (value, decimals, text) => {
    expect(formatNumberVi(value, decimals)).toBe(text);
  });

  it("shows non-finite values instead of hiding them", () => {
    expect(formatNumberVi(Number.NaN)).toBe("NaN");
    expect(formatNumberVi(-Infinity)).toBe("-∞");
  });

  it("rejects impossible decimals", () => {
    expect(() => formatNumberVi(1, -1)).toThrow(RangeError);
    expect(() => formatNumberVi(1, 1.5)).toThrow(RangeError);
  });

  it("is read back by parseLocaleNumber: integers", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        expect(parseLocaleNumber(formatNumberVi(n))).toEqual({
          ok: true,
          value: n === 0 ? 0 : n,
          percent: false,
        });
      }),
    );
  });

  it("is read back by parseLocaleNumber: two decimals", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (cents) => {
        const n = cents / 100;
        const parsed = parseLocaleNumber(formatNumberVi(n, 2));
        expect(parsed).toEqual({ ok: true, value: n === 0 ? 0 : n, percent: false });
      }),
    );
  });
});

describe("roundHalfAwayFromZero", () => {
  it("rounds halves away from zero on decimal digits", () => {
    expect(roundHalfAwayFromZero(2.675, 2)).toBe(2.68);
    expect(roundHalfAwayFromZero(-2.5)).toBe(-3);
    expect(roundHalfAwayFromZero(1234.5, -2)).toBe(1200);
    expect(roundHalfAwayFromZero(1e-7, 2)).toBe(0);
    expect(roundHalfAwayFromZero(1.5e300, 20)).toBe(1.5e300);
  });
});

describe("formatPercentVi", () => {
  it("keeps the given decimals", () => {
    expect(formatPercentVi(0.0215)).toBe("2,15%");
    expect(formatPercentVi(0.125)).toBe("12,50%");
    expect(formatPercentVi(1, 0)).toBe("100%");
    expect(formatPercentVi(12.3456, 1)).toBe("1.234,6%");
  });

  it("can trim trailing zeros", () => {
    expect(formatPercentVi(0.125, 2, { trimZeros: true })).toBe("12,5%");
    expect(formatPercentVi(0.1, 2, { trimZeros: true })).toBe("10%");
    expect(formatPercentVi(1, 0, { trimZeros: true })).toBe("100%");
  });
});

describe("dates in Vietnamese", () => {
  it("formats short dates from serials and dates", () => {
    expect(formatDateVi(45631)).toBe("05/12/2024");
    expect(formatDateVi({ year: 2025, month: 1, day: 31 })).toBe("31/01/2025");
  });

  it("formats long dates with the administrative leading zeros", () => {
    expect(formatLongDateVi({ year: 2024, month: 12, day: 5 })).toBe("ngày 05 tháng 12 năm 2024");
    expect(formatLongDateVi({ year: 2024, month: 2, day: 5 }, "Hà Nội")).toBe(
      "Hà Nội, ngày 05 tháng 02 năm 2024",
    );
    expect(formatLongDateVi({ year: 2024, month: 1, day: 20 })).toBe("ngày 20 tháng 01 năm 2024");
    expect(formatLongDateVi({ year: 2024, month: 3, day: 15 })).toBe("ngày 15 tháng 3 năm 2024");
    expect(formatLongDateVi({ year: 2024, month: 10, day: 9 })).toBe("ngày 09 tháng 10 năm 2024");
  });
});
