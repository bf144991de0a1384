import fc from "fast-check";
import { compareValues, valuesEqual } from "../../../../src/core/criteria/expression/compare";
import type { Scalar } from "../../../../src/core/criteria/expression/values";

/** Texts that differ only by case, spacing, Unicode form or characters a collation ignores. */
const text = fc
  .array(
    fc.constantFrom(
      "Giấy",
      "giấy",
      "GIẤY",
      "khen",
      "Khen",
      " ",
      "  ",
      "\u00a0",
      "\t",
      "\u200b",
      "\u00ad",
      "a",
      "ạ",
      "e\u0301",
      "é",
      "",
    ),
    { maxLength: 5 },
  )
  .map((parts) => parts.join(""));
const scalar: fc.Arbitrary<Scalar> = fc.oneof(
  text,
  text.map((t) => t.normalize("NFD")),
  fc.constantFrom(0, 1, 0.1 + 0.2, 0.3, -0, true, false, null, "0", "TRUE"),
);

describe("equality of values", () => {
  it("is what ordering them says, for texts of every case, spacing and form", () => {
    fc.assert(
      fc.property(scalar, scalar, (a, b) => {
        expect(valuesEqual(a, b)).toBe(compareValues(a, b) === 0);
        expect(compareValues(a, a)).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  it("ignores case, spacing and Unicode form, but keeps diacritics", () => {
    expect(valuesEqual(" Giấy  khen", "giấy khen".normalize("NFD"))).toBe(true);
    expect(valuesEqual("Giấy khen", "Giay khen")).toBe(false);
    expect(valuesEqual("", "   ")).toBe(true);
    expect(valuesEqual("", null)).toBe(true);
    expect(valuesEqual("a\u200bb", "ab")).toBe(false);
  });
});
