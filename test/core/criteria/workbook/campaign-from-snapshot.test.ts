import { DEFAULT_CAMPAIGN } from "../../../../src/core/campaign/default-campaign";
import {
  buildCriteriaPlan,
  campaignFromSnapshot,
  CRITERIA_SHEETS,
} from "../../../../src/core/criteria/workbook";
import type { WorkbookSnapshot } from "../../../../src/core/workbook-model/snapshot";
import { planToSnapshot } from "../../../helpers/plan-to-snapshot";
import { batch2024, planOf } from "../../../taskpane/helpers/samples";
import { cellBeside, rowOf, setCell } from "./snapshot-edit";

const unit = planToSnapshot(planOf(batch2024(), "VP"), "VP-2024.xlsx");

/** A unit's workbook with the criteria sheets copied in beside its form. */
function together(criteria: WorkbookSnapshot): WorkbookSnapshot {
  return {
    fileName: unit.fileName,
    sheets: [...unit.sheets, ...criteria.sheets],
    names: [...unit.names, ...criteria.names],
    tables: [...unit.tables, ...criteria.tables],
  };
}

describe("campaignFromSnapshot", () => {
  it("gives the built-in criteria for a workbook without criteria sheets", () => {
    const inForce = campaignFromSnapshot(unit);
    expect(inForce).toEqual({
      source: "default",
      version: DEFAULT_CAMPAIGN.criteriaVersion,
      campaign: DEFAULT_CAMPAIGN,
      problems: [],
    });
  });

  it("reads the criteria sheets beside a unit's form, with their version, and ignores the unit's sheets", () => {
    const criteria = planToSnapshot(buildCriteriaPlan({ ...DEFAULT_CAMPAIGN, criteriaVersion: "2025.3" }));
    setCell(
      criteria,
      CRITERIA_SHEETS.rules,
      cellBeside(criteria, CRITERIA_SHEETS.rules, "staff_total_min", "Biểu thức"),
      ".>=20",
    );
    const inForce = campaignFromSnapshot(together(criteria));
    expect(inForce.source).toBe("workbook");
    expect(inForce.version).toBe("2025.3");
    expect(inForce.problems).toEqual([]);
    expect(inForce.campaign.rules.find((r) => r.id === "staff_total_min")?.expression).toBe(".>=20");
  });

  it("reports a broken rule with its sheet, row and position and keeps every other rule", () => {
    const criteria = planToSnapshot(buildCriteriaPlan(DEFAULT_CAMPAIGN));
    const rules = CRITERIA_SHEETS.rules;
    setCell(criteria, rules, cellBeside(criteria, rules, "b03_within_staff", "Biểu thức"), ".<=staff_total)");
    const inForce = campaignFromSnapshot(together(criteria));
    expect(inForce.problems).toHaveLength(1);
    expect(inForce.problems[0]).toMatchObject({
      sheet: rules,
      row: rowOf(criteria, rules, "b03_within_staff"),
    });
    expect(inForce.problems[0].message).toMatch(/^Quy tắc, dòng \d+, vị trí 15: /);
    expect(inForce.campaign.rules).toHaveLength(DEFAULT_CAMPAIGN.rules.length - 1);
  });

  it("takes a workbook with only the rules sheet as holding criteria; the sheets it lacks keep the default, with a warning each", () => {
    const criteria = planToSnapshot(buildCriteriaPlan(DEFAULT_CAMPAIGN));
    const onlyRules: WorkbookSnapshot = {
      ...criteria,
      sheets: criteria.sheets.filter((s) => s.name === CRITERIA_SHEETS.rules),
      names: [],
      tables: criteria.tables.filter((t) => t.sheet === CRITERIA_SHEETS.rules),
    };
    const inForce = campaignFromSnapshot(together(onlyRules));
    expect(inForce.source).toBe("workbook");
    expect(inForce.campaign.roster).toEqual(DEFAULT_CAMPAIGN.roster);
    expect(inForce.problems.every((p) => p.severity === "warning" && p.row === 0)).toBe(true);
    expect(inForce.problems.map((p) => p.sheet)).toContain(CRITERIA_SHEETS.roster);
  });
});
