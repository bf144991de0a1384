/**
 * What a chart's cells hold at the time of writing, taken from the plan: stored in the chart part as its
 * cache, which is what a reader shows before it recalculates (Excel shows it until the next calculation).
 */
import { parseRange, toA1 } from "../../../core/workbook-model/address";
import type { ChartPlan, ChartRef, PlanValue, WorkbookPlan } from "../../../core/workbook-model/plan";
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

type SheetCells = Map<string, PlanValue>;

function cellsOf(plan: WorkbookPlan): Map<string, SheetCells> {
  const sheets = new Map<string, SheetCells>();
  for (const sheet of plan.sheets) {
    const cells: SheetCells = new Map();
    for (const block of sheet.blocks) {
      const origin = parseRange(block.origin);
      block.rows.forEach((row, i) =>
        row.forEach((v, j) => {
          if (v !== null) cells.set(toA1(origin.top + i, origin.left + j), v);
        }),
      );
    }
    sheets.set(sheet.name.toLowerCase(), cells);
  }
  return sheets;
}

function plain(v: PlanValue | undefined): CachedValue {
  if (v === undefined || v === null || v === "") return null;
  if (typeof v === "object") return v.result === undefined ? null : plain(v.result);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v;
}

function cached(sheets: Map<string, SheetCells>, plan: WorkbookPlan, ref: ChartRef): CachedRef {
  const range = parseRange(ref.range);
  const name = plan.sheets.find((s) => s.name.toLowerCase() === ref.sheet.toLowerCase())?.name ?? ref.sheet;
  const cells = sheets.get(ref.sheet.toLowerCase());
  const values: CachedValue[] = [];
  for (let row = range.top; row <= range.bottom; row++) {
    for (let col = range.left; col <= range.right; col++) values.push(plain(cells?.get(toA1(row, col))));
  }
  return { formula: absoluteRef(name, range), values };
}

/** Every chart of the plan with its references as formulas and the values they point at, by sheet. */
export function chartsBySheet(plan: WorkbookPlan): Map<string, { chart: ChartPlan; data: ChartData }[]> {
  const sheets = cellsOf(plan);
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
            name: cached(sheets, plan, s.name),
            categories: cached(sheets, plan, s.categories),
            values: cached(sheets, plan, s.values),
          })),
        },
      })),
    );
  }
  return out;
}
