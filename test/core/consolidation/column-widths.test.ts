import fc from "fast-check";
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

  it("wraps as laying out the words split at every kind of space would", () => {
    /** The layout written plainly, word list by word list. */
    function byWords(text: string, width: number, scale: number): number {
      const capacity = Math.max(1, Math.floor((width - 1) / scale));
      let lines = 0;
      for (const paragraph of text.split("\n")) {
        let used = 0;
        let count = 1;
        for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
          if (word.length > capacity) {
            count += (used > 0 ? 1 : 0) + Math.ceil(word.length / capacity) - 1;
            used = word.length % capacity || capacity;
          } else if (used === 0) used = word.length;
          else if (used + 1 + word.length <= capacity) used += 1 + word.length;
          else {
            count += 1;
            used = word.length;
          }
        }
        lines += count;
      }
      return Math.max(1, lines);
    }
    const piece = fc.constantFrom(
      "Hòa",
      "Bình",
      "x",
      "abcdefghijklmnop",
      " ",
      "  ",
      "\n",
      "\t",
      "\u00a0",
      "\u3000",
      "\u2003",
      "\r\n",
      "\ufeff",
      "\u200b",
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }).map((p) => p.join("")),
        fc.integer({ min: 0, max: 30 }),
        fc.constantFrom(1, 1.1, 1.3),
        (text, width, scale) => {
          expect(wrappedLines(text, width, scale)).toBe(byWords(text, width, scale));
        },
      ),
    );
  });
});
