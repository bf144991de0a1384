import { DEFAULT_CAMPAIGN } from "../../../src/core/campaign/default-campaign";
import { readSubmission } from "../../../src/core/submission/read-submission";
import { checkWorkbook } from "../../../src/core/validation/validate";
import type { Finding } from "../../../src/core/findings/finding";
import { renderFinding } from "../../../src/core/validation/render-finding";
import { baselineUnit, fieldCell, unitSnapshot } from "../../helpers/unit-workbook";
import { setCell } from "../../helpers/snapshot-edit";

const FORM = "Biểu mẫu";

function check(mutate: (values: Record<string, unknown>) => void) {
  const sample = baselineUnit();
  mutate(sample.values);
  return checkWorkbook(unitSnapshot(sample), DEFAULT_CAMPAIGN);
}

const at = (findings: Finding[], field: string): Finding[] => findings.filter((f) => f.field === field);

describe("numbers written the Vietnamese way", () => {
  it.each([
    ["1.500.000", 1_500_000],
    ["7.000.000 đồng", 7_000_000],
    ["1 500 000", 1_500_000],
    ["7000000", 7_000_000],
  ])("reads %p in a money cell as %p", (text, expected) => {
    const result = check((v) => (v.b04_fund_amount = text));
    expect(result.submission.fields.b04_fund_amount).toMatchObject({ status: "ok", value: expected });
    expect(at(result.findings, "b04_fund_amount")).toEqual([]);
  });

  it.each([1.7e308, 1e15, "1.000.000.000.000.000", -1e15])(
    "refuses %p, of 16 digits or more (Excel keeps 15), as too large",
    (typed) => {
      const result = check((v) => (v.b04_fund_amount = typed));
      expect(result.submission.fields.b04_fund_amount).toMatchObject({ status: "invalid", value: null });
      const [finding] = at(result.findings, "b04_fund_amount");
      expect(finding.params).toMatchObject({ variant: "too-large" });
      expect(renderFinding(finding, "vi")).toContain("số quá lớn (từ 16 chữ số trở lên");
    },
  );

  it("reads the largest figure of 15 digits", () => {
    const result = check((v) => (v.b04_fund_amount = "999.999.999.999.999"));
    expect(result.submission.fields.b04_fund_amount).toMatchObject({
      status: "ok",
      value: 999_999_999_999_999,
    });
  });

  it("reads a decimal comma in a score", () => {
    const result = check((v) => {
      v.c1 = "17,5";
      v.c2 = 23.5;
    });
    expect(result.submission.fields.c1.value).toBe(17.5);
    expect(result.scores.selfTotal).toBe(90);
  });

  it.each([
    ["2 triệu", "words"],
    ["khoảng 5", "words"],
    ["abc", "not-a-number"],
    ["15%", "percent"],
    ["1,5", "not-integer"],
  ])("reports %p in a count as a type error (%s), never a silent zero", (text, variant) => {
    const result = check((v) => (v.b03_donors = text));
    expect(result.submission.fields.b03_donors).toMatchObject({ status: "invalid", value: null });
    const findings = at(result.findings, "b03_donors");
    expect(findings).toEqual([
      expect.objectContaining({ code: "type-error", severity: "error", cell: fieldCell("b03_donors") }),
    ]);
    expect(findings[0].params.variant).toBe(variant);
    // A rule that needs the unreadable value is not evaluated, so one mistake gives one finding.
    expect(result.findings.filter((f) => f.ruleId === "b05_within_donors")).toEqual([]);
  });

  it("reports an Excel error value and a blank required cell", () => {
    const sample = baselineUnit();
    sample.values.b02_participants = null;
    const snapshot = unitSnapshot(sample);
    setCell(snapshot, FORM, fieldCell("b01_sessions"), { value: null, error: "#REF!", formula: "Sheet9!A1" });
    const { findings } = checkWorkbook(snapshot, DEFAULT_CAMPAIGN);
    expect(at(findings, "b01_sessions")).toEqual([
      expect.objectContaining({ code: "formula-error", params: expect.objectContaining({ error: "#REF!" }) }),
    ]);
    expect(at(findings, "b02_participants")).toEqual([
      expect.objectContaining({ code: "required-value", severity: "error" }),
    ]);
    expect(renderFinding(at(findings, "b01_sessions")[0], "vi")).toContain("#REF!");
  });

  it("reports a cell swallowed by a merge", () => {
    const snapshot = unitSnapshot(baselineUnit());
    const sheet = snapshot.sheets.find((s) => s.name === FORM);
    const cell = fieldCell("b05_day_wage_donors"); // D20
    const above = `D${Number(cell.slice(1)) - 1}`;
    sheet?.merges.push(`${above}:${cell}`);
    setCell(snapshot, FORM, cell, undefined);
    const { findings } = checkWorkbook(snapshot, DEFAULT_CAMPAIGN);
    expect(at(findings, "b05_day_wage_donors")).toEqual([
      expect.objectContaining({ code: "merged-cell", cell }),
    ]);
  });

  it("takes a total formula without a cached value as not an error, and a wrong typed total as a warning", () => {
    expect(at(check(() => undefined).findings, "score_total")).toEqual([]);
    const result = check((v) => (v.score_total = 95));
    expect(at(result.findings, "score_total")).toEqual([
      expect.objectContaining({
        code: "inconsistent-total",
        severity: "warning",
        params: expect.objectContaining({ written: 95, computed: 90 }),
      }),
    ]);
    expect(at(check((v) => (v.score_total = 90)).findings, "score_total")).toEqual([]);
  });

  it("checks scores against the maximum and the half-point step, reviewer scores too", () => {
    const result = check((v) => {
      v.c1 = 21;
      v.c2 = 10.3;
      v.c3_review = -1;
    });
    for (const field of ["c1", "c2", "c3_review"]) {
      expect(at(result.findings, field)).toEqual([
        expect.objectContaining({ code: "score-out-of-range", severity: "error" }),
      ]);
    }
    expect(at(check((v) => (v.c1 = 20)).findings, "c1")).toEqual([]);
  });

  it("reads dates typed as text the Vietnamese way", () => {
    expect(check((v) => (v.report_date = "05/12/2024")).submission.fields.report_date.value).toBe(45631);
    const wrong = check((v) => (v.report_date = "32/13/2024"));
    expect(at(wrong.findings, "report_date")).toEqual([
      expect.objectContaining({
        code: "type-error",
        params: expect.objectContaining({ variant: "not-date" }),
      }),
    ]);
  });

  it("takes a number in a date format as a date only within Excel's dates", () => {
    const dateOf = (serial: number) => check((v) => (v.report_date = serial)).submission.fields.report_date;
    expect(dateOf(2_958_465)).toMatchObject({ status: "ok", value: 2_958_465 }); // 31/12/9999
    for (const serial of [2_958_466, 1e308, -1]) {
      expect(dateOf(serial)).toMatchObject({ status: "invalid", value: null });
    }
  });
});

describe("the unit name", () => {
  it("matches the roster in NFD form with extra spaces and another case", () => {
    const result = check((v) => (v.unit_name = "  văn   PHÒNG sở ".normalize("NFD")));
    expect(result.submission.unit?.code).toBe("VP");
    expect(at(result.findings, "unit_name")).toEqual([]);
  });

  it("reports a unit that is not in the roster", () => {
    const result = check((v) => (v.unit_name = "Phòng Không Có"));
    expect(result.submission.unit).toBeUndefined();
    expect(at(result.findings, "unit_name")).toEqual([
      expect.objectContaining({ code: "unknown-unit", severity: "error" }),
    ]);
  });

  it("reads text as NFC", () => {
    const result = check((v) => (v.head_name = "Trần Văn Dũng".normalize("NFD")));
    expect(result.submission.fields.head_name.value).toBe("Trần Văn Dũng".normalize("NFC"));
  });
});

describe("the template version", () => {
  it("warns when the meta sheet names another version, or is missing", () => {
    const snapshot = unitSnapshot(baselineUnit());
    const meta = snapshot.sheets.find((s) => s.name === "_thidua");
    const versionCell =
      Object.entries(meta?.cells ?? {}).find(([, c]) => c.value === "template_version")?.[0] ?? "";
    setCell(snapshot, "_thidua", versionCell.replace("A", "B"), { value: "0.9" });
    const old = checkWorkbook(snapshot, DEFAULT_CAMPAIGN).findings.filter(
      (f) => f.code === "template-version-mismatch",
    );
    expect(old).toEqual([
      expect.objectContaining({ severity: "warning", params: { found: "0.9", expected: "1.0" } }),
    ]);
    snapshot.sheets = snapshot.sheets.filter((s) => s.name !== "_thidua");
    const none = checkWorkbook(snapshot, DEFAULT_CAMPAIGN).findings.filter(
      (f) => f.code === "template-version-mismatch",
    );
    expect(none).toEqual([expect.objectContaining({ params: { variant: "missing", expected: "1.0" } })]);
    expect(renderFinding(none[0], "vi")).toContain("1.0");
  });
});

describe("reading is separate from checking", () => {
  it("gives every field of the campaign a reading", () => {
    const sub = readSubmission(unitSnapshot(baselineUnit()), DEFAULT_CAMPAIGN);
    expect(Object.keys(sub.fields).sort()).toEqual(DEFAULT_CAMPAIGN.fields.map((f) => f.id).sort());
    expect(sub.fields.b04_fund_amount).toMatchObject({
      status: "ok",
      value: 7_000_000,
      foundBy: "name",
      location: { sheet: FORM },
    });
  });
});
