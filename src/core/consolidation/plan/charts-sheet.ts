/**
 * "Biểu đồ": native charts of the summary — the fund raised and the households helped by unit (bar), the
 * classification counts (column) and, for a period, the years side by side (column). Every series refers
 * to the cells of the summary sheets, so a chart follows when the user edits a figure there; the counts
 * by classification are COUNTIF formulas over the "Xếp loại" column, on this sheet beside the charts.
 */
import type { Campaign } from "../../campaign/model";
import { toA1 } from "../../workbook-model/address";
import type { ChartPlan, ChartSeriesPlan, PlanValue, SheetPlan } from "../../workbook-model/plan";
import { absoluteRef } from "../../workbook-model/sheet-refs";
import type { Consolidation } from "../model";
import { indicatorsLayout } from "./indicators-sheet";
import { SUMMARY_SHEETS } from "./names";
import { PERIOD_FIRST_YEAR_COLUMN } from "./period-sheet";
import { classificationColumn } from "./scores-sheet";
import { headerRowOf } from "./sheet-spec";
import { ALL_BORDERS, BASE, HEADER, PRINT, SUBTITLE, TITLE } from "./styles";
import { campaignText, periodText, subtitle } from "./titles";

export const FUND_INDICATOR = "b04_fund_amount";
export const HOUSEHOLDS_INDICATOR = "b11_households_helped";
export const ESCAPED_INDICATOR = "b12_households_escaped";

/** The counts table: its header row; the charts sit to its right, one under another. */
const COUNTS_ROW = 4;
const CHART_LEFT = 4;
const CHART_WIDTH = 10;
const CHART_HEIGHT = 20;
const CHART_GAP = 2;

const line = (sheet: string, top: number, left: number, bottom: number, right: number) => ({
  sheet,
  range: `${toA1(top, left)}:${toA1(bottom, right)}`,
});
const cell = (sheet: string, row: number, col: number) => ({ sheet, range: toA1(row, col) });

/** Bars per unit of one indicator column of "Tổng hợp chỉ tiêu", without the Tổng cộng row. */
function byUnit(c: Consolidation, id: string, title: string): Omit<ChartPlan, "anchor"> | undefined {
  const sheet = SUMMARY_SHEETS.indicators;
  const layout = indicatorsLayout(c);
  const col = layout.column(id);
  if (col === undefined || c.units.length === 0) return undefined;
  const first = layout.headerRow + 1;
  const last = layout.headerRow + c.units.length;
  return {
    kind: "bar",
    title,
    series: [
      {
        name: cell(sheet, layout.headerRow, col),
        categories: line(sheet, first, 2, last, 2),
        values: line(sheet, first, col, last, col),
      },
    ],
  };
}

/** Columns per year of some rows of "Tổng hợp giai đoạn". */
function byYear(c: Consolidation, ids: string[], title: string): Omit<ChartPlan, "anchor"> | undefined {
  const sheet = SUMMARY_SHEETS.period;
  const headerRow = headerRowOf(true);
  const left = PERIOD_FIRST_YEAR_COLUMN;
  const right = left + c.years.length - 1;
  const series: ChartSeriesPlan[] = ids.flatMap((id) => {
    const i = c.indicators.findIndex((d) => d.id === id);
    if (i < 0) return [];
    const row = headerRow + 1 + i;
    return [
      {
        name: cell(sheet, row, 2),
        categories: line(sheet, headerRow, left, headerRow, right),
        values: line(sheet, row, left, row, right),
      },
    ];
  });
  return series.length === 0 ? undefined : { kind: "column", title, series };
}

function countsBlock(
  c: Consolidation,
  campaign: Campaign,
): { rows: PlanValue[][]; chart?: Omit<ChartPlan, "anchor"> } {
  const sheet = SUMMARY_SHEETS.charts;
  const scoresFirst = headerRowOf(true) + 1;
  const scoresLast = headerRowOf(true) + Math.max(c.scores.length, 1);
  const col = classificationColumn(campaign);
  const classes = absoluteRef(SUMMARY_SHEETS.scores, {
    top: scoresFirst,
    bottom: scoresLast,
    left: col,
    right: col,
  });
  const rows: PlanValue[][] = [
    ["Xếp loại", "Số đơn vị"],
    ...c.classificationCounts.map((k, i): PlanValue[] => [
      k.label,
      { formula: `COUNTIF(${classes},A${COUNTS_ROW + 1 + i})`, result: k.count },
    ]),
  ];
  if (c.classificationCounts.length === 0) return { rows };
  const last = COUNTS_ROW + c.classificationCounts.length;
  return {
    rows,
    chart: {
      kind: "column",
      title: `Số đơn vị theo xếp loại năm ${c.reviewYear}`,
      series: [
        {
          name: cell(sheet, COUNTS_ROW, 2),
          categories: line(sheet, COUNTS_ROW + 1, 1, last, 1),
          values: line(sheet, COUNTS_ROW + 1, 2, last, 2),
        },
      ],
    },
  };
}

function placed(charts: (Omit<ChartPlan, "anchor"> | undefined)[]): ChartPlan[] {
  return charts
    .filter((chart): chart is Omit<ChartPlan, "anchor"> => chart !== undefined)
    .map((chart, i) => {
      const top = COUNTS_ROW + i * (CHART_HEIGHT + CHART_GAP);
      const anchor = `${toA1(top, CHART_LEFT)}:${toA1(top + CHART_HEIGHT - 1, CHART_LEFT + CHART_WIDTH - 1)}`;
      return { ...chart, anchor };
    });
}

export function buildChartsSheet(c: Consolidation, campaign: Campaign, generatedAt?: string): SheetPlan {
  const scope = periodText(c).toLowerCase();
  const counts = countsBlock(c, campaign);
  const charts = placed([
    byUnit(c, FUND_INDICATOR, `Số tiền ủng hộ Quỹ “Vì người nghèo” theo đơn vị, ${scope} (đồng)`),
    byUnit(c, HOUSEHOLDS_INDICATOR, `Hộ nghèo được giúp đỡ theo đơn vị, ${scope}`),
    counts.chart,
    ...(c.mode === "period"
      ? [
          byYear(c, [FUND_INDICATOR], "Số tiền ủng hộ Quỹ “Vì người nghèo” từng năm (đồng)"),
          byYear(c, [HOUSEHOLDS_INDICATOR, ESCAPED_INDICATOR], "Hộ nghèo được giúp đỡ, thoát nghèo từng năm"),
        ]
      : []),
  ]);
  const lastRow = Math.max(
    COUNTS_ROW + counts.rows.length - 1,
    COUNTS_ROW + charts.length * (CHART_HEIGHT + CHART_GAP) - CHART_GAP - 1,
  );
  const lastCol = CHART_LEFT + CHART_WIDTH - 1;
  const countsEnd = COUNTS_ROW + counts.rows.length - 1;
  return {
    name: SUMMARY_SHEETS.charts,
    columnWidths: { 1: 22, 2: 12, 3: 3 },
    blocks: [
      { origin: "A1", rows: [[`BIỂU ĐỒ ${campaignText(c)} ${periodText(c)}`]] },
      {
        origin: "A2",
        rows: [
          [
            subtitle(
              ["Số liệu lấy từ các trang Tổng hợp chỉ tiêu, Chấm điểm, xếp loại: sửa ở đó, biểu đồ đổi theo"],
              generatedAt,
            ),
          ],
        ],
      },
      { origin: toA1(COUNTS_ROW, 1), rows: counts.rows },
    ],
    styles: [
      { range: `A1:${toA1(lastRow, lastCol)}`, style: BASE },
      { range: "A1", style: TITLE },
      { range: "A2", style: SUBTITLE },
      { range: `A${COUNTS_ROW}:B${COUNTS_ROW}`, style: { ...HEADER, border: ALL_BORDERS } },
      ...(countsEnd > COUNTS_ROW
        ? [
            { range: `A${COUNTS_ROW + 1}:B${countsEnd}`, style: { border: ALL_BORDERS } },
            { range: `B${COUNTS_ROW + 1}:B${countsEnd}`, style: { numFmt: "#,##0" } },
          ]
        : []),
    ],
    merges: [`A1:${toA1(1, lastCol)}`, `A2:${toA1(2, lastCol)}`],
    rowHeights: { 1: 36, 2: 30 },
    charts,
    print: { ...PRINT, printArea: `A1:${toA1(lastRow, lastCol)}` },
  };
}
