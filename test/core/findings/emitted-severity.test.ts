/** Every finding the checks emit has its code's catalogue severity, unless a rule gave it (or the code may vary). */
import { DEFAULT_CAMPAIGN } from "../../../src/core/campaign/default-campaign";
import { FINDING_CATALOGUE, type CatalogueEntry } from "../../../src/core/findings/catalogue";
import type { Finding } from "../../../src/core/findings/finding";
import type { WorkbookSnapshot } from "../../../src/core/workbook-model/snapshot";
import { checkWorkbook } from "../../../src/core/validation/validate";
import { TYPICAL_MISTAKES, withMistakes } from "../../../src/dev/sample/mistakes";
import { baselineUnit, unitSnapshot } from "../../helpers/unit-workbook";

function offCatalogue(findings: Finding[]): Finding[] {
  return findings.filter((f) => {
    const entry: CatalogueEntry = FINDING_CATALOGUE[f.code];
    return f.ruleId === undefined && !entry.overridable && f.severity !== entry.severity;
  });
}

describe("the severity of every finding emitted", () => {
  it("is the catalogue's for a unit with the typical mistakes, a rule's for a rule's finding", () => {
    const sample = withMistakes(baselineUnit(), TYPICAL_MISTAKES);
    sample.values.unit_name = "Phòng không có";
    const { findings } = checkWorkbook(unitSnapshot(sample), DEFAULT_CAMPAIGN);
    const builtin = findings.filter((f) => f.ruleId === undefined).map((f) => f.code);
    expect(builtin).toEqual(expect.arrayContaining(["type-error", "required-value", "unknown-unit"]));
    expect(findings.some((f) => f.ruleId !== undefined)).toBe(true);
    expect(offCatalogue(findings)).toEqual([]);
  });

  it("is the catalogue's for a workbook that is not the template", () => {
    const snapshot: WorkbookSnapshot = {
      fileName: "thu.xlsx",
      sheets: [
        { name: "Sheet1", visibility: "visible", cells: { A1: { value: "Thư mời họp" } }, merges: [] },
      ],
      names: [],
      tables: [],
    };
    const { findings } = checkWorkbook(snapshot, DEFAULT_CAMPAIGN);
    expect(findings.map((f) => f.code)).toEqual(["not-the-template"]);
    expect(offCatalogue(findings)).toEqual([]);
  });
});
