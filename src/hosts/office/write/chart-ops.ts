/**
 * The plan's charts in the open workbook: Worksheet.charts.add on the first series' figures, then the
 * title, the position over the anchor cells, the categories and names, and any further series — all
 * queued with the other ops, so charts add no sync. Series names are texts here (Office.js takes no
 * reference for them); the figures and categories are references to the cells, as in the .xlsx.
 */
import { parseRange } from "../../../core/workbook-model/address";
import type { ChartPlan, ChartRef } from "../../../core/workbook-model/plan";
import type { PlainValue } from "../../../core/workbook-model/plan-cells";
import type { RequestContextLike } from "../excel-api";
import { simpleOp, type WriteOp } from "./op";

export interface ChartSources {
  /** The name the plan's sheet has in this workbook (it may have been written as "… (2)"). */
  sheetName: (planSheet: string) => string;
  /** The values the plan writes into a range, to name the series. */
  cells: (sheet: string, range: string) => PlainValue[];
}

const TYPES: Record<ChartPlan["kind"], string> = { bar: "BarClustered", column: "ColumnClustered" };

function seriesBy(ref: ChartRef): "Rows" | "Columns" {
  const r = parseRange(ref.range);
  return r.top === r.bottom && r.right > r.left ? "Rows" : "Columns";
}

export function chartOps(sheet: string, charts: ChartPlan[], sources: ChartSources): WriteOp[] {
  return charts.map((chart) => {
    const names = chart.series.map((s) => String(sources.cells(s.name.sheet, s.name.range)[0] ?? ""));
    const [start, end] = chart.anchor.split(":");
    return simpleOp({ chart, names }, (context: RequestContextLike) => {
      const range = (ref: ChartRef) =>
        context.workbook.worksheets.getItem(sources.sheetName(ref.sheet)).getRange(ref.range);
      const [first, ...others] = chart.series;
      const added = context.workbook.worksheets
        .getItem(sheet)
        .charts.add(TYPES[chart.kind], range(first.values), seriesBy(first.values));
      added.title.text = chart.title;
      added.setPosition(start, end ?? start);
      const head = added.series.getItemAt(0);
      head.name = names[0];
      head.setXAxisValues(range(first.categories));
      others.forEach((s, i) => {
        const more = added.series.add(names[i + 1]);
        more.setValues(range(s.values));
        more.setXAxisValues(range(s.categories));
      });
      added.legend.visible = chart.series.length > 1;
      if (chart.series.length > 1) added.legend.position = "Bottom";
      added.axes.valueAxis.minimum = 0;
      // Excel draws a bar chart's first category at the bottom; reversed, the bars read in sheet order.
      if (chart.kind === "bar") added.axes.categoryAxis.reversePlotOrder = true;
    });
  });
}
