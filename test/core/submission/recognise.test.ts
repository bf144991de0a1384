import { DEFAULT_CAMPAIGN } from "../../../src/core/campaign/default-campaign";
import { buildSummaryPlan, consolidate } from "../../../src/core/consolidation";
import { buildCriteriaPlan } from "../../../src/core/criteria/workbook";
import { buildOutputMetaSheet } from "../../../src/core/template/meta";
import { checkWorkbook } from "../../../src/core/validation/validate";
import type { WorkbookSnapshot } from "../../../src/core/workbook-model/snapshot";
import { planToSnapshot } from "../../helpers/plan-to-snapshot";
import { baselineUnit, unitSnapshot } from "../../helpers/unit-workbook";

const codes = (snapshot: WorkbookSnapshot): string[] =>
  checkWorkbook(snapshot, DEFAULT_CAMPAIGN).findings.map((f) => f.code);

describe("a workbook that is no unit's form", () => {
  it("is not the template: one finding instead of one per missing label", () => {
    const snapshot: WorkbookSnapshot = {
      fileName: "bang-cham-cong.xlsx",
      sheets: [
        { name: "Sheet1", visibility: "visible", cells: { A1: { value: "Bảng chấm công" } }, merges: [] },
      ],
      names: [],
      tables: [],
    };
    const result = checkWorkbook(snapshot, DEFAULT_CAMPAIGN);
    expect(result.findings.map((f) => f.code)).toEqual(["not-the-template"]);
    expect(result.findings[0]).toMatchObject({ severity: "error", file: "bang-cham-cong.xlsx" });
    expect(result.submission.notAForm).toEqual({ reason: "not-the-template" });
    expect(result.submission.unit).toBeUndefined();
  });

  it("is a summary thidua wrote, known by its sheets or by its marker", () => {
    const unit = unitSnapshot(baselineUnit(), "VP-2024.xlsx");
    const summary = buildSummaryPlan(
      consolidate(
        [
          {
            check: {
              file: "VP-2024.xlsx",
              findings: [],
              counts: { error: 0, warning: 0, info: 0 },
              valid: true,
              result: checkWorkbook(unit, DEFAULT_CAMPAIGN),
            },
          },
        ],
        DEFAULT_CAMPAIGN,
        { year: 2024 },
      ),
      DEFAULT_CAMPAIGN,
    );
    expect(codes(planToSnapshot(summary, "tong-hop.xlsx"))).toEqual(["thidua-output"]);
    const marked = {
      sheets: [
        { name: "Trang 1", blocks: [{ origin: "A1", rows: [["x"]] }] },
        buildOutputMetaSheet(DEFAULT_CAMPAIGN, "report"),
      ],
    };
    const result = checkWorkbook(planToSnapshot(marked, "bao-cao.xlsx"), DEFAULT_CAMPAIGN);
    expect(result.submission.notAForm).toEqual({ reason: "thidua-output", kind: "report" });
  });

  it("is the criteria workbook", () => {
    const result = checkWorkbook(
      planToSnapshot(buildCriteriaPlan(DEFAULT_CAMPAIGN), "tieu-chi.xlsx"),
      DEFAULT_CAMPAIGN,
    );
    expect(result.submission.notAForm).toEqual({ reason: "thidua-output", kind: "criteria" });
  });

  it("a unit's own form is a form, also with its names gone", () => {
    const unit = unitSnapshot(baselineUnit(), "VP-2024.xlsx");
    expect(checkWorkbook(unit, DEFAULT_CAMPAIGN).submission.notAForm).toBeUndefined();
    const unnamed = { ...unit, names: [], sheets: unit.sheets.filter((s) => s.name !== "_thidua") };
    const result = checkWorkbook(unnamed, DEFAULT_CAMPAIGN);
    expect(result.submission.notAForm).toBeUndefined();
    expect(result.findings.map((f) => f.code)).toContain("read-by-labels");
  });
});
