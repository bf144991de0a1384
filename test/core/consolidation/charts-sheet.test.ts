import { buildSummaryPlan, consolidate } from "../../../src/core/consolidation";
import { parseRange, toA1 } from "../../../src/core/workbook-model/address";
import type { ChartRef, WorkbookPlan } from "../../../src/core/workbook-model/plan";
import type { WorkbookSnapshot } from "../../../src/core/workbook-model/snapshot";
import { validatePlan } from "../../../src/core/workbook-model/validate-plan";
import { overlaps } from "../../../src/core/workbook-model/validate-sheet";
import { planToSnapshot } from "../../helpers/plan-to-snapshot";
import { annualScenario, CAMPAIGN, unitFile } from "./fixtures";
import { valueOf } from "./plan-reading";

/** The cached values of the cells a chart reference points at, in order. */
function cellsAt(snapshot: WorkbookSnapshot, ref: ChartRef): unknown[] {
  const sheet = snapshot.sheets.find((s) => s.name === ref.sheet);
  if (!sheet) throw new Error(`no sheet ${ref.sheet}`);
  const r = parseRange(ref.range);
  const out: unknown[] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    for (let col = r.left; col <= r.right; col++) out.push(valueOf(sheet.cells[toA1(row, col)]));
  }
  return out;
}

function chartsOf(plan: WorkbookPlan) {
  return plan.sheets.find((s) => s.name === "Biểu đồ")?.charts ?? [];
}

describe("the summary's charts", () => {
  const c = consolidate(annualScenario().inputs, CAMPAIGN, { year: 2024 });
  const plan = buildSummaryPlan(c, CAMPAIGN);
  const snapshot = planToSnapshot(plan);

  it("draws the fund and the households by unit as bars, and the classification counts as columns", () => {
    const charts = chartsOf(plan);
    expect(charts.map((chart) => chart.kind)).toEqual(["bar", "bar", "column"]);
    expect(charts[0].title).toMatch(/^Số tiền ủng hộ Quỹ/);
    expect(charts[1].title).toMatch(/^Hộ nghèo được giúp đỡ/);
    expect(() => validatePlan(plan)).not.toThrow();
  });

  it("refers to the unit names and the figures of Tổng hợp chỉ tiêu, without the total row", () => {
    const [fund, households] = chartsOf(plan);
    for (const [chart, id] of [
      [fund, "b04_fund_amount"],
      [households, "b11_households_helped"],
    ] as const) {
      const series = chart.series[0];
      expect(series.values.sheet).toBe("Tổng hợp chỉ tiêu");
      expect(cellsAt(snapshot, series.categories)).toEqual(c.units.map((u) => u.unit.name));
      expect(cellsAt(snapshot, series.values)).toEqual(c.units.map((u) => u.values[id] ?? undefined));
      const label = c.indicators.find((d) => d.id === id)?.label;
      expect(cellsAt(snapshot, series.name)).toEqual([label]);
    }
  });

  it("counts the classifications with formulas over the Xếp loại column", () => {
    const chart = chartsOf(plan)[2];
    const series = chart.series[0];
    expect(series.values.sheet).toBe("Biểu đồ");
    expect(cellsAt(snapshot, series.categories)).toEqual(c.classificationCounts.map((k) => k.label));
    expect(cellsAt(snapshot, series.values)).toEqual(c.classificationCounts.map((k) => k.count));
    const sheet = plan.sheets.find((s) => s.name === "Biểu đồ");
    const counts = sheet?.blocks.find((b) => b.origin === "J23");
    const formula = counts?.rows[1][1];
    expect(formula).toEqual({
      formula: `COUNTIF('Chấm điểm, xếp loại'!$R$6:$R$${5 + c.scores.length},J24)`,
      result: c.classificationCounts[0].count,
    });
    const classes = plan.sheets.find((s) => s.name === "Chấm điểm, xếp loại");
    const header = classes?.blocks.find((b) => b.origin === "A5")?.rows[0][17];
    expect(header).toBe("Xếp loại");
  });

  it("places the charts two a row, over neither one another nor the counts", () => {
    const sheet = plan.sheets.find((s) => s.name === "Biểu đồ");
    const anchors = chartsOf(plan).map((chart) => chart.anchor);
    expect(anchors).toEqual(["A4:H21", "J4:Q21", "A23:H40"]);
    const counts = parseRange(`J23:K${23 + c.classificationCounts.length}`);
    for (const a of anchors.map(parseRange)) expect(overlaps(a, counts)).toBe(false);
    expect(sheet?.print).toMatchObject({ fitToWidth: 1, fitToHeight: 1, printArea: "A1:Q40" });
  });

  it("puts the years side by side for a period", () => {
    const files = [2021, 2022, 2023].flatMap((y) => [unitFile("VP", y), unitFile("TTr", y)]);
    const period = consolidate(
      files.map((f) => ({ check: f.check })),
      CAMPAIGN,
      { period: { from: 2021, to: 2023 } },
    );
    const periodPlan = buildSummaryPlan(period, CAMPAIGN);
    const periodSnapshot = planToSnapshot(periodPlan);
    const charts = chartsOf(periodPlan);
    expect(charts.map((chart) => chart.kind)).toEqual(["bar", "bar", "column", "column", "column"]);
    const [fund, households] = charts.slice(3);
    expect(cellsAt(periodSnapshot, fund.series[0].categories)).toEqual(["Năm 2021", "Năm 2022", "Năm 2023"]);
    expect(cellsAt(periodSnapshot, fund.series[0].values)).toEqual(
      period.yearTotals.map((t) => t.totals.b04_fund_amount),
    );
    expect(households.series.map((s) => cellsAt(periodSnapshot, s.name)[0])).toEqual([
      "Hộ nghèo được giúp đỡ",
      "Hộ thoát nghèo",
    ]);
    expect(() => validatePlan(periodPlan)).not.toThrow();
  });

  it("leaves out a chart whose indicator the criteria do not have", () => {
    const campaign = {
      ...CAMPAIGN,
      fields: CAMPAIGN.fields.filter((f) => f.id !== "b04_fund_amount"),
    };
    const without = buildSummaryPlan(consolidate([], campaign, { year: 2024 }), campaign);
    expect(chartsOf(without).map((chart) => chart.title)).toEqual([
      expect.stringMatching(/^Hộ nghèo/),
      expect.stringMatching(/^Số đơn vị theo xếp loại/),
    ]);
  });
});
