/**
 * Every rule of CAMPAIGN.md, broken on purpose, yields its finding at the right cell; the valid
 * baseline yields none. The list of cases is checked against the campaign so a new rule needs a case.
 */
import { DEFAULT_CAMPAIGN } from "../../../src/core/campaign/default-campaign";
import { FORM_DIRECTOR, FORM_PRIME_MINISTER, FORM_PROVINCE } from "../../../src/core/campaign/default-tables";
import { dateToSerial } from "../../../src/core/locale/excel-date";
import { checkWorkbook } from "../../../src/core/validation/validate";
import type { SampleUnit } from "../../../src/dev/sample/sample-unit";
import { baselineUnit, fieldCell, tableCell, unitSnapshot } from "../../helpers/unit-workbook";

interface Case {
  rule: string;
  breakIt(s: SampleUnit): void;
  sheet: string;
  cell: string;
  severity: "error" | "warning";
  /** Findings expected (one per broken row); the first is at `cell`. */
  count?: number;
}

const FORM = "Biểu mẫu";
const PROPOSALS = "Khen thưởng";
const v = (s: SampleUnit): Record<string, unknown> => s.values;

const INDICATORS = DEFAULT_CAMPAIGN.fields.filter((f) => f.section === "B").map((f) => f.id);

const setScores = (s: SampleUnit, total: "good" | "completed"): void => {
  // 80 points (Hoàn thành tốt) or 60 points (Hoàn thành)
  const scores = total === "good" ? [16, 20, 20, 12, 8, 4] : [12, 15, 15, 9, 6, 3];
  scores.forEach((score, i) => (s.values[`c${i + 1}`] = score));
};

const CASES: Case[] = [
  {
    rule: "report_year_range",
    breakIt: (s) => void (v(s).report_year = 2019),
    sheet: FORM,
    cell: fieldCell("report_year"),
    severity: "error",
  },
  {
    rule: "staff_total_min",
    breakIt: (s) => void (v(s).staff_total = 0),
    sheet: FORM,
    cell: fieldCell("staff_total"),
    severity: "error",
  },
  {
    rule: "preparer_phone_format",
    breakIt: (s) => void (v(s).preparer_phone = "12345"),
    sheet: FORM,
    cell: fieldCell("preparer_phone"),
    severity: "warning",
  },
  {
    rule: "report_date_window",
    breakIt: (s) => void (v(s).report_date = dateToSerial(2025, 2, 1)),
    sheet: FORM,
    cell: fieldCell("report_date"),
    severity: "error",
  },
  ...INDICATORS.map((id): Case => ({
    rule: `${id}_non_negative`,
    breakIt: (s) => void (v(s)[id] = -1),
    sheet: FORM,
    cell: fieldCell(id),
    severity: "error",
  })),
  {
    rule: "b02_without_sessions",
    breakIt: (s) => void (v(s).b01_sessions = 0),
    sheet: FORM,
    cell: fieldCell("b02_participants"),
    severity: "warning",
  },
  {
    rule: "b03_within_staff",
    breakIt: (s) => void (v(s).b03_donors = 41),
    sheet: FORM,
    cell: fieldCell("b03_donors"),
    severity: "error",
  },
  {
    rule: "b04_donors_without_amount",
    breakIt: (s) => void (v(s).b04_fund_amount = 0),
    sheet: FORM,
    cell: fieldCell("b04_fund_amount"),
    severity: "warning",
  },
  {
    rule: "b05_within_donors",
    breakIt: (s) => void (v(s).b05_day_wage_donors = 36),
    sheet: FORM,
    cell: fieldCell("b05_day_wage_donors"),
    severity: "error",
  },
  {
    rule: "b09_houses_without_funds",
    breakIt: (s) => void (v(s).b09_housing_funds = 0),
    sheet: FORM,
    cell: fieldCell("b09_housing_funds"),
    severity: "warning",
  },
  {
    rule: "b12_within_helped",
    breakIt: (s) => void (v(s).b12_households_escaped = 7),
    sheet: FORM,
    cell: fieldCell("b12_households_escaped"),
    severity: "warning",
  },
  {
    rule: "b13_matches_table",
    breakIt: (s) => void (v(s).b13_initiatives = 3),
    sheet: FORM,
    cell: fieldCell("b13_initiatives"),
    severity: "error",
  },
  {
    rule: "b14_within_b13",
    breakIt: (s) => void (v(s).b14_initiatives_recognized = 3),
    sheet: FORM,
    cell: fieldCell("b14_initiatives_recognized"),
    severity: "error",
  },
  {
    rule: "b14_matches_table",
    breakIt: (s) => void (v(s).b14_initiatives_recognized = 2),
    sheet: FORM,
    cell: fieldCell("b14_initiatives_recognized"),
    severity: "error",
  },
  ...["c1", "c2", "c3", "c4", "c5", "c6"].map((c): Case => ({
    rule: `${c}_evidence_needed`,
    breakIt: (s) => void (v(s)[`${c}_evidence`] = null),
    sheet: FORM,
    cell: fieldCell(`${c}_evidence`),
    severity: "warning",
  })),
  {
    rule: "c2_without_fund",
    breakIt: (s) => Object.assign(s.values, { b03_donors: 0, b05_day_wage_donors: 0, b04_fund_amount: 0 }),
    sheet: FORM,
    cell: fieldCell("c2"),
    severity: "warning",
  },
  {
    rule: "c3_without_housing",
    breakIt: (s) =>
      Object.assign(s.values, {
        b07_houses_built: 0,
        b08_houses_repaired: 0,
        b09_housing_funds: 0,
        b10_temp_houses_removed: 0,
        b11_households_helped: 0,
        b12_households_escaped: 0,
      }),
    sheet: FORM,
    cell: fieldCell("c3"),
    severity: "warning",
  },
  {
    rule: "c4_without_initiatives",
    breakIt: (s) => {
      Object.assign(s.values, { b13_initiatives: 0, b14_initiatives_recognized: 0, b15_models: 0 });
      s.tables.tbl_initiatives = [];
    },
    sheet: FORM,
    cell: fieldCell("c4"),
    severity: "warning",
  },
  {
    rule: "c5_without_exemplars",
    breakIt: (s) => void (v(s).b16_exemplars = 0),
    sheet: FORM,
    cell: fieldCell("c5"),
    severity: "warning",
  },
  {
    rule: "proposal_position_needed",
    breakIt: (s) => void (s.tables.tbl_proposals[1].position = null),
    sheet: PROPOSALS,
    cell: tableCell("tbl_proposals", "position", 2),
    severity: "error",
  },
  {
    rule: "proposal_province_needs_excellent",
    breakIt: (s) => setScores(s, "good"),
    sheet: PROPOSALS,
    cell: tableCell("tbl_proposals", "form", 1),
    severity: "warning",
  },
  {
    rule: "proposal_director_needs_good",
    breakIt: (s) => setScores(s, "completed"),
    sheet: PROPOSALS,
    cell: tableCell("tbl_proposals", "form", 2),
    severity: "warning",
    count: 2,
  },
  {
    rule: "proposal_high_forms_review_years",
    breakIt: (s) => void (s.tables.tbl_proposals[2].form = FORM_PRIME_MINISTER),
    sheet: PROPOSALS,
    cell: tableCell("tbl_proposals", "form", 3),
    severity: "error",
  },
  {
    rule: "proposal_one_collective",
    breakIt: (s) =>
      void s.tables.tbl_proposals.push({
        stt: 4,
        target_type: "Tập thể",
        name: "Tổ Hành chính",
        form: FORM_DIRECTOR,
        summary: "Tốt",
      }),
    sheet: PROPOSALS,
    cell: tableCell("tbl_proposals", "stt", 1),
    severity: "warning",
  },
  {
    rule: "proposal_individual_quota",
    breakIt: (s) => void (v(s).staff_total = 12), // ceil(15% × 12) = 2 individuals allowed, 2 proposed: add one
    sheet: PROPOSALS,
    cell: tableCell("tbl_proposals", "stt", 1),
    severity: "warning",
  },
];
// The quota case needs a third individual on top of the smaller staff.
const quota = CASES.find((c) => c.rule === "proposal_individual_quota") as Case;
const shrinkStaff = quota.breakIt;
quota.breakIt = (s) => {
  shrinkStaff(s);
  Object.assign(s.values, { b03_donors: 10, b05_day_wage_donors: 5 });
  s.tables.tbl_proposals.push({
    stt: 4,
    target_type: "Cá nhân",
    name: "Vũ Ngọc Lan",
    position: "Kế toán viên",
    form: FORM_DIRECTOR,
    summary: "Tốt",
  });
};

describe("every rule of the campaign", () => {
  it("has a case here (a new rule needs one)", () => {
    expect(CASES.map((c) => c.rule).sort()).toEqual(DEFAULT_CAMPAIGN.rules.map((r) => r.id).sort());
  });

  it("finds nothing wrong in the valid baseline", () => {
    const { findings } = checkWorkbook(unitSnapshot(baselineUnit()), DEFAULT_CAMPAIGN);
    expect(findings).toEqual([]);
  });

  it.each(CASES.map((c) => [c.rule, c] as const))("%s: broken on purpose, found at its cell", (_rule, c) => {
    const sample = baselineUnit();
    c.breakIt(sample);
    const { findings } = checkWorkbook(unitSnapshot(sample), DEFAULT_CAMPAIGN);
    const hit = findings.filter((f) => f.ruleId === c.rule);
    expect(hit).toHaveLength(c.count ?? 1);
    expect(hit[0]).toMatchObject({
      sheet: c.sheet,
      cell: c.cell,
      severity: c.severity,
      file: "VP-2024.xlsx",
    });
  });

  it("keeps to the province's forms in a review year", () => {
    const sample = baselineUnit();
    sample.values.report_year = 2025;
    sample.values.report_date = dateToSerial(2025, 12, 1);
    sample.tables.tbl_proposals[2].form = FORM_PRIME_MINISTER;
    const { findings } = checkWorkbook(unitSnapshot(sample), DEFAULT_CAMPAIGN);
    expect(findings.filter((f) => f.ruleId === "proposal_high_forms_review_years")).toEqual([]);
    expect(FORM_PROVINCE).not.toBe(FORM_PRIME_MINISTER);
  });
});
