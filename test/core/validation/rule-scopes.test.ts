/** Each evaluation of a rule sees its own scope: the row it runs on, or none for a field. */
import { DEFAULT_CAMPAIGN } from "../../../src/core/campaign/default-campaign";
import type { Campaign, RuleDef } from "../../../src/core/campaign/model";
import { checkWorkbook } from "../../../src/core/validation/validate";
import { baselineUnit, unitSnapshot } from "../../helpers/unit-workbook";

const rule = (id: string, target: string, expression: string): RuleDef => ({
  id,
  target,
  expression,
  severity: "error",
  code: "constraint-error",
  message: "Sai.",
  messageEn: "Wrong.",
  sourceRow: 40,
});

function findingsOf(rules: RuleDef[]) {
  const campaign: Campaign = { ...DEFAULT_CAMPAIGN, rules };
  const { findings } = checkWorkbook(unitSnapshot(baselineUnit(), "VP-2024.xlsx", campaign), campaign);
  return findings
    .filter((f) => f.ruleId !== undefined)
    .map((f) => [f.ruleId, f.code, f.cell ?? "", f.params.variant ?? ""]);
}

describe("the rules' scopes", () => {
  it("gives each row its own columns, and a field's rule after them none", () => {
    const findings = findingsOf([
      // Fails on the second initiative only, whose author is not the first's.
      rule("row_author", "tbl_initiatives.author", '.="Lê Minh An"'),
      // "author" is a column, not a field: on a field it is an unknown name, whichever row came last.
      rule("field_sees_no_row", "staff_total", 'author="Phạm Thu Hà"'),
      rule("row_again", "tbl_initiatives.name", "LEN(author)>0"),
    ]);
    // Sorted by sheet: the field's sheet comes before the table's.
    expect(findings).toEqual([
      ["field_sees_no_row", "rule-error", expect.any(String), "unknown-name"],
      ["row_author", "constraint-error", expect.any(String), ""],
    ]);
  });
});
