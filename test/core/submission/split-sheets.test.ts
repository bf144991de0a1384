import { DEFAULT_CAMPAIGN } from "../../../src/core/campaign/default-campaign";
import { buildSummaryPlan, consolidate } from "../../../src/core/consolidation";
import { checkedFile } from "../../../src/core/validation/file-check";
import { checkWorkbook } from "../../../src/core/validation/validate";
import { splitUnitSheets } from "../../../src/core/submission/split-sheets";
import { checkUnitSheets } from "../../../src/jobs/workbook-units";
import { planToSnapshot } from "../../helpers/plan-to-snapshot";
import { mergeUnitWorkbooks } from "../../taskpane/helpers/merge-units";
import { batch2024, planOf } from "../../taskpane/helpers/samples";

const files = batch2024();
const vp = planToSnapshot(planOf(files, "VP"), "VP-2024.xlsx");
const ttr = planToSnapshot(planOf(files, "TTr"), "TTr-2024.xlsx");
const qlxd = planToSnapshot(planOf(files, "QLXD"), "QLXD-2024.xlsx");
const TODAY = 45_650;

describe("splitting a workbook into units' forms", () => {
  it("reads a unit's own workbook whole, exactly as the CLI reads the file", () => {
    const parts = splitUnitSheets(vp, DEFAULT_CAMPAIGN);
    expect(parts).toEqual([
      { snapshot: vp, formSheet: "Biểu mẫu", unitSheets: ["Biểu mẫu", "Sáng kiến", "Khen thưởng"] },
    ]);
    const [unit] = checkUnitSheets(vp, DEFAULT_CAMPAIGN, TODAY);
    expect(unit.check).toEqual(
      checkedFile("VP-2024.xlsx", checkWorkbook(vp, DEFAULT_CAMPAIGN, { today: TODAY })),
    );
    expect(unit.label).toBe("Văn phòng Sở");
  });

  it("gives each copied form its own table sheets, names and tables", () => {
    const merged = mergeUnitWorkbooks([vp, ttr, qlxd]);
    const parts = splitUnitSheets(merged, DEFAULT_CAMPAIGN);
    expect(parts.map((p) => p.formSheet)).toEqual(["Biểu mẫu", "Biểu mẫu (2)", "Biểu mẫu (3)"]);
    expect(parts[1].snapshot.sheets.map((s) => s.name)).toEqual([
      "_thidua",
      "Biểu mẫu (2)",
      "Sáng kiến (2)",
      "Khen thưởng (2)",
    ]);
    expect(new Set(parts[1].snapshot.names.map((n) => n.sheet))).toEqual(new Set(["Biểu mẫu (2)"]));
    expect(parts[1].snapshot.tables.map((t) => t.name).sort()).toEqual([
      "tbl_initiatives2",
      "tbl_proposals2",
    ]);
    expect(parts[1].unitSheets).toEqual(["Biểu mẫu (2)", "Sáng kiến (2)", "Khen thưởng (2)"]);
  });

  it("validates and consolidates the copied forms as the separate files would be", () => {
    const units = checkUnitSheets(mergeUnitWorkbooks([vp, ttr, qlxd]), DEFAULT_CAMPAIGN, TODAY);
    expect(units.map((u) => u.label)).toEqual(["Văn phòng Sở", "Thanh tra Sở", "Phòng Quản lý xây dựng"]);
    const alone = [vp, ttr, qlxd].map((s) => checkWorkbook(s, DEFAULT_CAMPAIGN, { today: TODAY }));
    units.forEach((u, i) => {
      expect(u.check.result?.submission.fields).toEqual(
        Object.fromEntries(
          Object.entries(alone[i].submission.fields).map(([id, reading]) => [
            id,
            { ...reading, location: u.check.result?.submission.fields[id].location },
          ]),
        ),
      );
      expect(u.check.result?.submission.tables.tbl_initiatives.rows.length).toBe(
        alone[i].submission.tables.tbl_initiatives.rows.length,
      );
      expect(u.check.counts.error).toBe(alone[i].findings.filter((f) => f.severity === "error").length);
    });
    const c = consolidate(
      units.map((u) => ({ check: u.check })),
      DEFAULT_CAMPAIGN,
      { year: 2024 },
    );
    expect(c.counts.received).toBe(3);
    expect(c.missing.map((m) => m.code)).not.toContain("TTr");
    expect(buildSummaryPlan(c, DEFAULT_CAMPAIGN).sheets[0].tables?.[0].name).toBe("tbl_sum_indicators");
  });

  it("never takes the add-in's own sheets for a unit's form", () => {
    const c = consolidate(
      [{ check: checkUnitSheets(vp, DEFAULT_CAMPAIGN, TODAY)[0].check }],
      DEFAULT_CAMPAIGN,
      {
        year: 2024,
      },
    );
    const summary = planToSnapshot(buildSummaryPlan(c, DEFAULT_CAMPAIGN));
    const withSummary = mergeUnitWorkbooks([vp, ttr]);
    withSummary.sheets.push(...summary.sheets);
    withSummary.tables.push(...summary.tables);
    expect(splitUnitSheets(withSummary, DEFAULT_CAMPAIGN).map((p) => p.formSheet)).toEqual([
      "Biểu mẫu",
      "Biểu mẫu (2)",
    ]);
  });

  it("says when no sheet looks like a form", () => {
    const blank = {
      fileName: "Book1",
      sheets: [{ name: "Sheet1", visibility: "visible" as const, cells: {}, merges: [] }],
      names: [],
      tables: [],
    };
    expect(splitUnitSheets(blank, DEFAULT_CAMPAIGN)).toEqual([{ snapshot: blank, unitSheets: [] }]);
  });
});
