import { displayLength, wrappedLines } from "../../../src/core/consolidation/plan/columns";
import { formatNumberVi } from "../../../src/core/locale/numbers";

describe("column widths counted without formatting each cell", () => {
  it("gives a whole number the length of its Vietnamese form", () => {
    for (const n of [0, 7, 999, 1000, 1_500_000, 123_456_789, 9_007_199_254_740_991]) {
      expect(displayLength(n, "integer")).toBe(formatNumberVi(n).length);
    }
    expect(displayLength(-1500, "integer")).toBe("-1.500".length);
    expect(displayLength(12.5, "integer")).toBe("12,50".length);
  });

  it("gives a text the length of its longest line", () => {
    expect(displayLength("Xã Hòa Bình", "text")).toBe(11);
    expect(displayLength("ab\nabcdef\nabc", "text")).toBe(6);
  });

  it("lays out the words only of texts longer than a line", () => {
    expect(wrappedLines("Hoàn thành tốt", 20)).toBe(1);
    expect(wrappedLines("một hai ba bốn năm sáu bảy", 10)).toBe(4);
    expect(wrappedLines("a\nb", 20)).toBe(2);
  });
});
