import { buildSummaryPlan, consolidate, consolidationSummary } from "../../../src/core/consolidation";
import { CAMPAIGN, expectedNumber, INDICATOR_IDS, unitFile, type UnitFile } from "./fixtures";
import { findTable, valueOf } from "./plan-reading";

const YEARS = [2021, 2022, 2023];
const files: UnitFile[] = [
  ...YEARS.map((y) => unitFile("VP", y)),
  unitFile("TTr", 2021),
  unitFile("TTr", 2023),
  unitFile("QLXD", 2022),
  unitFile("VP", 2024),
];
const c = consolidate(
  files.map((f) => ({ check: f.check })),
  CAMPAIGN,
  { period: { from: 2021, to: 2023 } },
);
const inPeriod = files.filter((f) => YEARS.includes(Number(f.sample.values.report_year)));

function recomputed(year?: number): Record<string, number> {
  const chosen = inPeriod.filter((f) => year === undefined || f.sample.values.report_year === year);
  return Object.fromEntries(
    INDICATOR_IDS.map((id) => [
      id,
      chosen.reduce((s, f) => s + (expectedNumber(f.sample.values[id]) ?? 0), 0),
    ]),
  );
}

describe("consolidate – a period (sơ kết 2021–2023)", () => {
  it("keeps the years, the review year and per-year totals", () => {
    expect(c.mode).toBe("period");
    expect(c.years).toEqual(YEARS);
    expect(c.reviewYear).toBe(2023);
    expect(c.yearTotals.map((t) => [t.year, t.unitsIncluded])).toEqual([
      [2021, 2],
      [2022, 2],
      [2023, 2],
    ]);
    for (const t of c.yearTotals) expect(t.totals).toEqual(recomputed(t.year));
    expect(c.totals).toEqual(recomputed());
  });

  it("sums a unit's years and notes the years it did not submit", () => {
    const vp = c.units.find((u) => u.unit.code === "VP");
    expect(vp?.values.b01_sessions).toBe(
      YEARS.reduce((sum, _, i) => sum + Number(files[i].sample.values.b01_sessions), 0),
    );
    expect(vp?.years.map((y) => y.year)).toEqual(YEARS);
    expect(c.units.find((u) => u.unit.code === "TTr")?.note).toBe("Chưa nộp năm 2022");
    expect(c.units.find((u) => u.unit.code === "QLXD")?.note).toBe("Chưa nộp năm 2021; Chưa nộp năm 2023");
    expect(c.units.find((u) => u.unit.code === "KHTC")?.note).toBe("Chưa nộp");
  });

  it("lists a status row per unit and year, missing years as 'Chưa nộp'", () => {
    const ttr = c.status.filter((s) => s.unitCode === "TTr").map((s) => [s.year, s.statusLabel]);
    expect(ttr).toEqual([
      [2021, "Hợp lệ"],
      [2022, "Chưa nộp"],
      [2023, "Hợp lệ"],
    ]);
    expect(c.status.filter((s) => s.unitCode === "KHTC").map((s) => s.year)).toEqual(YEARS);
    expect(c.status.find((s) => s.year === 2024)).toMatchObject({ unitCode: "VP", statusLabel: "Khác năm" });
    expect(c.missing.find((m) => m.code === "TTr")?.years).toEqual([2022]);
    expect(consolidationSummary(c)).toMatchObject({ expected: 30, received: 6, valid: 6 });
  });

  it("takes scores and proposals from the review year, initiatives from every year", () => {
    expect(c.scores.every((s) => s.year === 2023)).toBe(true);
    expect(c.scores.find((s) => s.unit.code === "QLXD")).toMatchObject({ total: null, note: "Chưa nộp" });
    expect(c.proposals.every((p) => p.year === 2023)).toBe(true);
    expect(new Set(c.initiatives.map((i) => i.year))).toEqual(new Set(YEARS));
  });

  it("writes the years side by side with the period totals", () => {
    const plan = buildSummaryPlan(c, CAMPAIGN);
    expect(plan.sheets.map((s) => s.name)).toContain("Tổng hợp giai đoạn");
    const period = findTable(plan, "tbl_sum_period");
    expect(period.table.columns).toEqual([
      "Mã chỉ tiêu",
      "Chỉ tiêu",
      "Đơn vị tính",
      "Năm 2021",
      "Năm 2022",
      "Năm 2023",
      "Cả giai đoạn",
    ]);
    expect(period.rows.map((r) => valueOf(r["Mã chỉ tiêu"]))).toEqual(INDICATOR_IDS);
    period.rows.forEach((r, i) => {
      const id = INDICATOR_IDS[i];
      YEARS.forEach((y) => expect(valueOf(r[`Năm ${y}`])).toBe(recomputed(y)[id]));
      expect(r["Cả giai đoạn"]).toMatchObject({
        value: recomputed()[id],
        formula: `SUM(D${6 + i}:F${6 + i})`,
      });
    });
    const notes = findTable(plan, "tbl_sum_indicators").sheet.notes ?? [];
    expect(notes.find((n) => n.cell === "C6")?.text).toBe(
      [
        "Nguồn:",
        ...YEARS.map(
          (y) => `${y}: VP-${y}.xlsx › Biểu mẫu!${c.units[0].years[0].values.b01_sessions.source?.cell}`,
        ),
      ].join("\n"),
    );
  });
});
