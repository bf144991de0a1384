import { formatExpression } from "../../../../src/core/criteria/expression";
import { parsed } from "./helpers";

describe("formatExpression", () => {
  it.each([
    ["and(.>=0;.<=staff_total)", "AND(. >= 0, . <= staff_total)"],
    ["(1+2)*3", "(1 + 2) * 3"],
    ["1+(2*3)", "1 + 2 * 3"],
    ["1-(2-3)", "1 - (2 - 3)"],
    ["(1-2)-3", "1 - 2 - 3"],
    ["2^(3^2)", "2 ^ (3 ^ 2)"],
    ["-(2^2)", "-(2 ^ 2)"],
    ["(-2)^2", "-2 ^ 2"],
    ["-(5%)", "-(5%)"],
    ["(-5)%", "-5%"],
    ["1--5", "1 - -5"],
    ['"say ""hi"""', '"say ""hi"""'],
    ["tbl_x[ Tình trạng ]", "tbl_x[Tình trạng]"],
    ["true", "TRUE"],
    [". ≠ 1", ". <> 1"],
    ["1e21", "1e+21"],
    [
      'countif(tbl_initiatives[status],"Được công nhận")',
      'COUNTIF(tbl_initiatives[status], "Được công nhận")',
    ],
  ])("%s → %s", (source, canonical) => {
    expect(formatExpression(parsed(source))).toBe(canonical);
    expect(parsed(canonical)).toEqual(parsed(source));
  });
});
