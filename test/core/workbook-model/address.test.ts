import { isA1, parseA1, scanA1, toA1 } from "../../../src/core/workbook-model/address";

describe("A1 cell addresses", () => {
  it("reads letters of either case and digits, each optionally after a $", () => {
    expect(scanA1("B12")).toEqual({ row: 12, col: 2 });
    expect(scanA1("XFD1048576")).toEqual({ row: 1_048_576, col: 16_384 });
    expect(scanA1("$b$12")).toEqual({ row: 12, col: 2 });
    expect(scanA1("A012")).toEqual({ row: 12, col: 1 });
  });

  it("refuses what is not one address", () => {
    for (const text of ["", "12", "B", "ABCD1", "A12345678", "A1:B2", "A1 ", "Ă1", "$$A1"]) {
      expect(scanA1(text)).toBeUndefined();
    }
  });

  it("parses around spaces and says which text is not an address", () => {
    expect(parseA1(" C7 ")).toEqual({ row: 7, col: 3 });
    expect(() => parseA1("Tổng")).toThrow('Not an A1 cell address: "Tổng"');
    expect(isA1(" d4")).toBe(true);
    expect(isA1("D4:E5")).toBe(false);
  });

  it("writes the same address whether it is one made once and kept or not", () => {
    const cases: [number, number, string][] = [
      [1, 1, "A1"],
      [12, 2, "B12"],
      [1024, 32, "AF1024"],
      [1025, 32, "AF1025"],
      [1024, 33, "AG1024"],
      [1_048_576, 16_384, "XFD1048576"],
    ];
    for (const [row, col, text] of cases) {
      expect(toA1(row, col)).toBe(text);
      expect(toA1(row, col)).toBe(text);
    }
    // Not a cell: written as before, and nothing kept for it.
    expect(toA1(1.5, 2)).toBe("B1.5");
    expect(toA1(0, 1)).toBe("A0");
    expect(toA1(2, 1)).toBe("A2");
  });
});
