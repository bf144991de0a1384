import { consolidate, consolidationSummary } from "../../../src/core/consolidation";
import type { Campaign } from "../../../src/core/campaign/model";
import { CAMPAIGN, proposePerson, unitFile } from "./fixtures";
import { LISTED_UNITS } from "../../../src/core/consolidation/proposals";

/** The same campaign, but BQLDA is not expected to report (a copy of the roster, as a criteria workbook gives). */
const OPTIONAL_BQLDA: Campaign = {
  ...CAMPAIGN,
  roster: CAMPAIGN.roster.map((u) => ({ ...u, expected: u.code !== "BQLDA" })),
};

describe("consolidate – edge cases", () => {
  it("lists a unit that is not expected only when it submitted, and never as missing", () => {
    const without = consolidate([{ check: unitFile("VP", 2024).check }], OPTIONAL_BQLDA, { year: 2024 });
    expect(without.units.map((u) => u.unit.code)).not.toContain("BQLDA");
    expect(without.status.some((s) => s.unitCode === "BQLDA")).toBe(false);
    expect(consolidationSummary(without)).toMatchObject({ expected: 9, received: 1 });

    const bqlda = unitFile("BQLDA", 2024);
    const withFile = consolidate([{ check: bqlda.check }], OPTIONAL_BQLDA, { year: 2024 });
    const unit = withFile.units.find((u) => u.unit.code === "BQLDA");
    expect(unit).toMatchObject({ unit: { expected: false }, note: "" });
    expect(unit?.values.b01_sessions).toBe(bqlda.sample.values.b01_sessions);
    expect(withFile.units[withFile.units.length - 1].unit.code).toBe("BQLDA");
    expect(consolidationSummary(withFile)).toMatchObject({
      expected: 9,
      received: 1,
      missing: expect.not.arrayContaining(["BQLDA"]),
    });
  });

  it("reports a file whose report year cannot be read with the other-year files", () => {
    const noYear = unitFile("TTr", 2024, { change: (s) => void (s.values.report_year = null) });
    const c = consolidate([{ check: noYear.check }], CAMPAIGN, { year: 2024 });
    expect(c.status.find((s) => s.file === "TTr-2024.xlsx")).toMatchObject({
      unitCode: "TTr",
      year: null,
      statusLabel: "Khác năm",
      note: "Không đọc được năm báo cáo",
      used: false,
    });
    expect(c.units.find((u) => u.unit.code === "TTr")?.note).toBe("Chưa nộp");
  });

  it("keeps the later report date even when its file name sorts first, and the later name on equal dates", () => {
    const sameDate = (file: string, seed: number) =>
      unitFile("VP", 2024, { file, seed, change: (s) => void (s.values.report_date = 45640) });
    const a = sameDate("VP-a.xlsx", 1);
    const b = sameDate("VP-b.xlsx", 2);
    const c = consolidate([{ check: b.check }, { check: a.check }], CAMPAIGN, { year: 2024 });
    expect(c.units[0].years[0]).toMatchObject({ file: "VP-b.xlsx", duplicates: ["VP-a.xlsx"] });
    expect(c.units[0].values.b01_sessions).toBe(b.sample.values.b01_sessions);
  });

  it("names at most five other units proposing the same person, then says how many more", () => {
    const codes = CAMPAIGN.roster.slice(0, LISTED_UNITS + 2).map((u) => u.code);
    const files = codes.map((code) =>
      unitFile(code, 2024, { change: (s) => proposePerson(s, "Lê Văn Chung") }),
    );
    const c = consolidate(
      files.map((f) => ({ check: f.check })),
      CAMPAIGN,
      { year: 2024 },
    );
    const rows = c.proposals.filter((p) => p.values.name === "Lê Văn Chung");
    expect(rows).toHaveLength(LISTED_UNITS + 2);
    const first = rows.find((p) => p.unit.code === codes[0]);
    const others = CAMPAIGN.roster.slice(1, LISTED_UNITS + 1);
    expect(first).toMatchObject({
      duplicateCount: LISTED_UNITS + 1,
      duplicateWith: others.map((u) => u.code),
      flag: `Trùng với: ${others.map((u) => u.name).join(", ")} và 1 đơn vị khác`,
    });
    const last = rows.find((p) => p.unit.code === codes[codes.length - 1]);
    const firstFive = CAMPAIGN.roster.slice(0, LISTED_UNITS);
    expect(last?.flag).toBe(`Trùng với: ${firstFive.map((u) => u.name).join(", ")} và 1 đơn vị khác`);
    const warning = c.findings.find(
      (f) => f.code === "duplicate-row" && f.unitCode === codes[0] && f.field === "tbl_proposals.name",
    );
    expect(warning?.message).toBe(
      `“Lê Văn Chung” được đề nghị khen thưởng ở nhiều đơn vị: cũng có trong đề nghị của ${others
        .map((u) => u.name)
        .join(", ")} và 1 đơn vị khác.`,
    );
    const en = consolidate(
      files.map((f) => ({ check: f.check })),
      CAMPAIGN,
      { year: 2024, lang: "en" },
    );
    expect(en.findings.find((f) => f.code === "duplicate-row" && f.unitCode === codes[0])?.message).toMatch(
      / and 1 more\.$/,
    );
  });
});
