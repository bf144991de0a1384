import { consolidate, consolidationSummary, type Consolidation } from "../../../src/core/consolidation";
import { annualScenario, CAMPAIGN, expectedNumber, INDICATOR_IDS, type Scenario } from "./fixtures";

const scenario: Scenario = annualScenario();
const c: Consolidation = consolidate(scenario.inputs, CAMPAIGN, { year: 2024 });
const excluded: Consolidation = consolidate(scenario.inputs, CAMPAIGN, { year: 2024, excludeInvalid: true });

const unit = (x: Consolidation, code: string) => {
  const u = x.units.find((r) => r.unit.code === code);
  if (!u) throw new Error(`no unit ${code}`);
  return u;
};
const statusOf = (x: Consolidation, code: string) => x.status.filter((s) => s.unitCode === code);

/** The files whose figures are merged in the default run (QLXD: the later report date). */
const MERGED = ["VP", "TTr", "QLXD_late", "QHKT", "QLN", "HTKT", "TTKĐ", "TTQH", "BQLDA"];

function recomputedTotals(keys: string[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const id of INDICATOR_IDS) {
    totals[id] = keys.reduce(
      (sum, key) => sum + (expectedNumber(scenario.files[key].sample.values[id]) ?? 0),
      0,
    );
  }
  return totals;
}

describe("consolidate – one year", () => {
  it("lists every expected unit in roster order", () => {
    expect(c.units.map((u) => u.unit.code)).toEqual(CAMPAIGN.roster.map((u) => u.code));
    expect(c.mode).toBe("year");
    expect(c.years).toEqual([2024]);
    expect(c.reviewYear).toBe(2024);
  });

  it("totals equal an independent recomputation from the sample values", () => {
    expect(c.totals).toEqual(recomputedTotals(MERGED));
    expect(c.yearTotals).toEqual([
      { year: 2024, unitsIncluded: MERGED.length, totals: recomputedTotals(MERGED) },
    ]);
  });

  it("keeps each figure's source cell and never turns an unreadable figure into 0", () => {
    const ttr = unit(c, "TTr").years[0];
    expect(ttr.values.b04_fund_amount).toEqual({
      value: null,
      source: { file: "TTr-2024.xlsx", sheet: "Biểu mẫu", cell: expect.any(String) },
    });
    expect(ttr.values.b06_in_kind_value.value).toBe(1_500_000);
    const vp = unit(c, "VP").years[0].values.b01_sessions;
    expect(vp.value).toBe(scenario.files.VP.sample.values.b01_sessions);
    expect(vp.source).toEqual({
      file: "VP-2024.xlsx",
      sheet: "Biểu mẫu",
      cell: expect.stringMatching(/^D\d+$/),
    });
  });

  it("shows a missing unit with null figures, 'Chưa nộp' and a missing-submission finding", () => {
    const khtc = unit(c, "KHTC");
    expect(Object.values(khtc.values).every((v) => v === null)).toBe(true);
    expect(khtc.note).toBe("Chưa nộp");
    expect(khtc.years[0].state).toBe("missing");
    expect(statusOf(c, "KHTC")).toMatchObject([{ statusLabel: "Chưa nộp", file: null, used: false }]);
    const finding = c.findings.find((f) => f.code === "missing-submission");
    expect(finding).toMatchObject({ unitCode: "KHTC", year: 2024, severity: "warning" });
    expect(finding?.message).toBe("Đơn vị Phòng Kế hoạch - Tài chính chưa nộp báo cáo năm 2024.");
    expect(c.missing).toEqual([{ code: "KHTC", name: "Phòng Kế hoạch - Tài chính", years: [2024] }]);
    expect(c.scores.find((s) => s.unit.code === "KHTC")).toMatchObject({
      total: null,
      rank: null,
      note: "Chưa nộp",
    });
  });

  it("uses the later report date among duplicates and lists both as 'Trùng'", () => {
    const rows = statusOf(c, "QLXD");
    expect(rows.map((r) => [r.file, r.statusLabel, r.used, r.kept])).toEqual([
      ["QLXD-2024-a.xlsx", "Trùng", true, true],
      ["QLXD-2024-b.xlsx", "Trùng", false, false],
    ]);
    const qlxd = unit(c, "QLXD");
    expect(qlxd.years[0].file).toBe("QLXD-2024-a.xlsx");
    expect(qlxd.years[0].duplicates).toEqual(["QLXD-2024-b.xlsx"]);
    for (const id of INDICATOR_IDS) expect(qlxd.values[id]).toBe(scenario.files.QLXD_late.sample.values[id]);
    expect(c.findings.filter((f) => f.code === "duplicate-submission")).toMatchObject([
      { unitCode: "QLXD", file: "QLXD-2024-a.xlsx", finding: { params: { kept: "QLXD-2024-a.xlsx" } } },
    ]);
    expect(c.duplicateUnits).toEqual(["QLXD"]);
  });

  it("includes a unit with errors with a mark by default", () => {
    expect(unit(c, "TTr")).toMatchObject({
      note: "Có lỗi",
      years: [{ state: "with-errors", included: true }],
    });
    expect(statusOf(c, "TTr")).toMatchObject([{ statusLabel: "Có lỗi", used: true, errors: 4 }]);
    expect(c.scores.find((s) => s.unit.code === "TTr")?.total).not.toBeNull();
  });

  it("leaves a unit with errors out when asked, and says so", () => {
    const ttr = unit(excluded, "TTr");
    expect(ttr.note).toBe("Có lỗi – không tổng hợp");
    expect(Object.values(ttr.values).every((v) => v === null)).toBe(true);
    expect(statusOf(excluded, "TTr")).toMatchObject([
      { statusLabel: "Có lỗi – không tổng hợp", used: false, status: "excluded" },
    ]);
    expect(excluded.totals).toEqual(recomputedTotals(MERGED.filter((k) => k !== "TTr")));
    expect(excluded.scores.find((s) => s.unit.code === "TTr")).toMatchObject({ total: null, rank: null });
    expect(excluded.proposals.some((p) => p.unit.code === "TTr")).toBe(false);
    expect(excluded.counts).toMatchObject({ withErrors: 1, excluded: 1, valid: 8 });
  });

  it("reports files of unknown units, other years and unreadable files without merging them", () => {
    const byFile = (file: string) => c.status.find((s) => s.file === file);
    expect(byFile("LA-2024.xlsx")).toMatchObject({
      unitCode: null,
      unitName: "Phòng Không Tồn Tại",
      statusLabel: "Đơn vị không có trong danh sách",
      used: false,
    });
    expect(byFile("VP-2023.xlsx")).toMatchObject({
      unitCode: "VP",
      year: 2023,
      statusLabel: "Khác năm",
      used: false,
    });
    expect(byFile("hong.xlsx")).toMatchObject({
      unitCode: null,
      statusLabel: "Không đọc được",
      used: false,
      errors: 1,
    });
    expect(unit(c, "VP").values.b01_sessions).toBe(scenario.files.VP.sample.values.b01_sessions);
    expect(c.findings.filter((f) => f.file === "hong.xlsx").map((f) => f.code)).toEqual([
      "unreadable-workbook",
    ]);
    expect(c.findings.filter((f) => f.file === "LA-2024.xlsx").map((f) => f.code)).toContain("unknown-unit");
  });

  it("lists status rows in roster order with strays and unreadable files last", () => {
    expect(c.status.map((s) => s.file ?? `(${s.unitCode})`)).toEqual([
      "VP-2024.xlsx",
      "VP-2023.xlsx",
      "TTr-2024.xlsx",
      "(KHTC)",
      "QLXD-2024-a.xlsx",
      "QLXD-2024-b.xlsx",
      "QHKT-2024.xlsx",
      "QLN-2024.xlsx",
      "HTKT-2024.xlsx",
      "TTKĐ-2024.xlsx",
      "TTQH-2024.xlsx",
      "BQLDA-2024.xlsx",
      "LA-2024.xlsx",
      "hong.xlsx",
    ]);
    expect(c.status.find((s) => s.file === "VP-2024.xlsx")).toMatchObject({
      sheet: "Biểu mẫu",
      templateVersion: "1.0",
      reportDate: scenario.files.VP.sample.values.report_date,
      checksum: expect.stringMatching(/^[0-9a-f]{8}$/),
    });
  });

  it("flags the same person proposed by two units on both rows, with a warning each", () => {
    const flagged = c.proposals.filter((p) => p.flag !== "");
    expect(flagged.map((p) => [p.unit.code, p.values.name, p.flag, p.duplicateWith])).toEqual([
      ["QLN", "Nguyễn Văn Trùng", "Trùng với: Phòng Hạ tầng kỹ thuật", ["HTKT"]],
      ["HTKT", "nguyễn văn trùng", "Trùng với: Phòng Quản lý nhà và Thị trường bất động sản", ["QLN"]],
    ]);
    const warnings = c.findings.filter(
      (f) => f.code === "duplicate-row" && f.finding.params.variant === "across-units",
    );
    expect(warnings.map((w) => [w.unitCode, w.severity, w.sheet, w.field])).toEqual([
      ["QLN", "warning", "Khen thưởng", "tbl_proposals.name"],
      ["HTKT", "warning", "Khen thưởng", "tbl_proposals.name"],
    ]);
    expect(warnings[0].message).toContain("Phòng Hạ tầng kỹ thuật");
  });

  it("orders proposals by form from highest to lowest, then roster order, then row", () => {
    const forms = CAMPAIGN.lists.find((l) => l.id === "proposal_form")?.values ?? [];
    const keys = c.proposals.map((p) => [-forms.indexOf(p.form ?? ""), p.unit.order, p.source.row]);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
    expect(keys).toEqual(sorted);
    expect(c.proposals.every((p) => p.year === 2024)).toBe(true);
  });

  it("keeps text from unit workbooks as it was written, in NFC", () => {
    const qhkt = c.initiatives
      .filter((i) => i.unit.code === "QHKT")
      .map((i) => [i.values.name, i.values.author, i.values.effect]);
    expect(qhkt).toEqual(
      expect.arrayContaining([
        ["=SUM(A1)", "+84912345678", "@x"],
        ["-1+2", "Trần Thị Hòa Thuận".normalize("NFC"), null],
      ]),
    );
    const person = c.proposals.find(
      (p) => p.unit.code === "QHKT" && p.values.name === "Trần Thị Hòa Thuận".normalize("NFC"),
    );
    expect(person).toBeDefined();
    expect(unit(c, "QHKT").years[0].state).toBe("valid");
  });

  it("renders messages in the requested language", () => {
    const en = consolidate(scenario.inputs, CAMPAIGN, { year: 2024, lang: "en" });
    expect(en.lang).toBe("en");
    expect(en.findings.find((f) => f.code === "missing-submission")?.message).not.toBe(
      c.findings.find((f) => f.code === "missing-submission")?.message,
    );
    expect(en.findings.find((f) => f.finding.params.variant === "across-units")?.message).toMatch(
      /^“Nguyễn Văn Trùng” is proposed/,
    );
  });

  it("summarises for the command line", () => {
    expect(consolidationSummary(c)).toEqual({
      expected: 10,
      received: 9,
      valid: 8,
      withErrors: 1,
      missing: ["KHTC"],
      duplicates: ["QLXD"],
      unreadable: ["hong.xlsx"],
      totals: recomputedTotals(MERGED),
    });
    expect(c.counts).toMatchObject({ duplicates: 1, unreadable: 1, unknownUnit: 1, otherYear: 1, files: 13 });
  });

  it("counts classifications of the merged units", () => {
    const total = c.classificationCounts.reduce((a, k) => a + k.count, 0);
    expect(total).toBe(c.scores.filter((s) => s.classification !== null).length);
    expect(c.classificationCounts.map((k) => k.label)).toEqual(CAMPAIGN.scoring.bands.map((b) => b.label));
  });

  it("traces every number to its unit, file, sheet and cell", () => {
    for (const u of c.units) {
      for (const y of u.years) {
        for (const id of INDICATOR_IDS) {
          const { value, source } = y.values[id];
          if (value === null) continue;
          expect(c.sources).toContainEqual(
            expect.objectContaining({ unitCode: u.unit.code, fieldId: id, value, source }),
          );
        }
      }
    }
    expect(c.sources.some((s) => s.fieldId === "c1" && s.unitCode === "VP")).toBe(true);
  });

  it("refuses options that are not exactly one of year and period", () => {
    expect(() => consolidate([], CAMPAIGN, {})).toThrow(/exactly one/);
    expect(() => consolidate([], CAMPAIGN, { year: 2024, period: { from: 2021, to: 2023 } })).toThrow(
      /exactly one/,
    );
    expect(() => consolidate([], CAMPAIGN, { period: { from: 2023, to: 2021 } })).toThrow(/from ≤ to/);
  });

  it("consolidates nothing into every expected unit missing", () => {
    const empty = consolidate([], CAMPAIGN, { year: 2024 });
    expect(empty.units.every((u) => u.note === "Chưa nộp")).toBe(true);
    expect(Object.values(empty.totals).every((t) => t === 0)).toBe(true);
    expect(consolidationSummary(empty)).toMatchObject({
      expected: 10,
      received: 0,
      missing: CAMPAIGN.roster.map((u) => u.code),
    });
  });
});
