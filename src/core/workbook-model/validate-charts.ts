import type { RangeRef } from "./address";
import type { ChartPlan, ChartRef, WorkbookPlan } from "./plan";
import { fail } from "./plan-error";
import { tryParseRange } from "./sheet-refs";

const KINDS: readonly string[] = ["bar", "column"];
/** Excel's limit of series in one chart. */
const MAX_SERIES = 255;

const length = (r: RangeRef): number => Math.max(r.bottom - r.top, r.right - r.left) + 1;
const isLine = (r: RangeRef): boolean => r.top === r.bottom || r.left === r.right;

function lineOf(plan: WorkbookPlan, where: string, ref: ChartRef, what: string): RangeRef {
  if (!plan.sheets.some((s) => s.name.toLowerCase() === ref.sheet.toLowerCase())) {
    fail(`${where}: ${what} refers to a missing sheet "${ref.sheet}"`);
  }
  const range = tryParseRange(ref.range) ?? fail(`${where}: ${what} "${ref.range}" is not an A1 range`);
  if (!isLine(range)) fail(`${where}: ${what} "${ref.range}" is not a single row or column`);
  return range;
}

function checkChart(plan: WorkbookPlan, sheet: string, chart: ChartPlan): void {
  const where = `sheet "${sheet}" chart "${chart.title}"`;
  if (!KINDS.includes(chart.kind)) fail(`${where}: kind "${String(chart.kind)}" is not bar or column`);
  if (!tryParseRange(chart.anchor)) fail(`${where}: anchor "${chart.anchor}" is not an A1 range`);
  if (chart.series.length === 0) fail(`${where}: it has no series`);
  if (chart.series.length > MAX_SERIES) fail(`${where}: more than ${MAX_SERIES} series`);
  chart.series.forEach((s, i) => {
    const name = lineOf(plan, where, s.name, `series ${i + 1} name`);
    if (length(name) !== 1) fail(`${where}: series ${i + 1} name "${s.name.range}" is not one cell`);
    const categories = lineOf(plan, where, s.categories, `series ${i + 1} categories`);
    const values = lineOf(plan, where, s.values, `series ${i + 1} values`);
    if (length(categories) !== length(values)) {
      fail(`${where}: series ${i + 1} has ${length(values)} values for ${length(categories)} categories`);
    }
  });
}

/** Throws InvalidPlanError for a chart Excel would drop or repair: unknown kind, bad or mismatched ranges. */
export function validateCharts(plan: WorkbookPlan): void {
  for (const sheet of plan.sheets) {
    for (const chart of sheet.charts ?? []) checkChart(plan, sheet.name, chart);
  }
}
