import { derivedFormula } from "../../../src/core/template/derived-formula";
import { isValidExcelName } from "../../../src/core/template/names";

describe("derivedFormula", () => {
  const addresses: Record<string, string> = { c1: "D35", c2: "D36", c3: "D37", x: "F2" };
  const at = (id: string): string | undefined => addresses[id];

  it("sums cells one under the other with SUM", () => {
    expect(derivedFormula("c1+c2+c3", at)).toBe("SUM(D35:D37)");
  });

  it("otherwise replaces field ids by their cells, leaving functions and text alone", () => {
    expect(derivedFormula("c1+x", at)).toBe("D35+F2");
    expect(derivedFormula('ROUND(c1*2, 0)&"c2"', at)).toBe('ROUND(D35*2, 0)&"c2"');
  });
});

describe("isValidExcelName", () => {
  it("refuses names Excel refuses", () => {
    for (const bad of ["c1", "C6", "r", "R1C1", "rc", "abc12", "TRUE", "1x", "a-b", ""]) {
      expect(isValidExcelName(bad)).toBe(false);
    }
    for (const good of ["c1_review", "_c1", "score_total", "tbl_initiatives", "b01_sessions"]) {
      expect(isValidExcelName(good)).toBe(true);
    }
  });
});
