/**
 * What a chart's cells hold at the time of writing, taken from the plan: stored in the chart part as its
 * cache, which is what a reader shows before it recalculates (Excel shows it until the next calculation).
 */
import { parseRange } from "../../../core/workbook-model/address";
import type { ChartPlan, ChartRef, WorkbookPlan } from "../../../core/workbook-model/plan";
import { planCells, type PlainValue } from "../../../core/workbook-model/plan-cells";
import { absoluteRef } from "../../../core/workbook-model/sheet-refs";

export type CachedValue = string | number | null;

export interface CachedRef {
  /** The formula text: "'Tổng hợp chỉ tiêu'!$F$6:$F$15". */
  formula: string;
  values: CachedValue[];
}

export interface ChartSeriesData {
  name: CachedRef;
  categories: CachedRef;
  values: CachedRef;
}

export interface ChartData {
  kind: ChartPlan["kind"];
  title: string;
  series: ChartSeriesData[];
}

function cached(values: PlainValue[], plan: WorkbookPlan, ref: ChartRef): CachedRef {
  const name = plan.sheets.find((s) => s.name.toLowerCase() === ref.sheet.toLowerCase())?.name ?? ref.sheet;
  return {
    formula: absoluteRef(name, parseRange(ref.range)),
    values: values.map((v) => (typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : v)),
  };
}

/** Every chart of the plan with its references as formulas and the values they point at, by sheet. */
export function chartsBySheet(plan: WorkbookPlan): Map<string, { chart: ChartPlan; data: ChartData }[]> {
  const cells = planCells(plan);
  const at = (ref: ChartRef) => cached(cells(ref.sheet, ref.range), plan, ref);
  const out = new Map<string, { chart: ChartPlan; data: ChartData }[]>();
  for (const sheet of plan.sheets) {
    if (!sheet.charts || sheet.charts.length === 0) continue;
    out.set(
      sheet.name,
      sheet.charts.map((chart) => ({
        chart,
        data: {
          kind: chart.kind,
          title: chart.title,
          series: chart.series.map((s) => ({
            name: at(s.name),
            categories: at(s.categories),
            values: at(s.values),
          })),
        },
      })),
    );
  }
  return out;
}
