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

/**
 * Two charts a row, each CHART_HEIGHT rows tall: the left ones over columns A–H, the right ones over J–Q.
 * The counts by classification sit at the right of the classification chart, in J–K.
 */
const GRID_TOP = 4;
const CHART_HEIGHT = 18;
const ROW_STEP = CHART_HEIGHT + 1;
const SIDES = [
  { left: 1, right: 8 },
  { left: 10, right: 17 },
];
const COUNTS_ROW = GRID_TOP + ROW_STEP;
const COUNTS_COL = 10;
const LAST_COL = 17;

const line = (sheet: string, top: number, left: number, bottom: number, right: number) => ({
  sheet,
  range: `${toA1(top, left)}:${toA1(bottom, right)}`,
});
type Unplaced = Omit<ChartPlan, "anchor"> | undefined;

const cell = (sheet: string, row: number, col: number) => ({ sheet, range: toA1(row, col) });

/** Bars per unit of one indicator column of "Tổng hợp chỉ tiêu", without the Tổng cộng row. */
function byUnit(c: Consolidation, id: string, title: string): Unplaced {
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
function byYear(c: Consolidation, ids: string[], title: string): Unplaced {
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

function countsBlock(c: Consolidation, campaign: Campaign): { rows: PlanValue[][]; chart?: Unplaced } {
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
      { formula: `COUNTIF(${classes},${toA1(COUNTS_ROW + 1 + i, COUNTS_COL)})`, result: k.count },
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
          name: cell(sheet, COUNTS_ROW, COUNTS_COL + 1),
          categories: line(sheet, COUNTS_ROW + 1, COUNTS_COL, last, COUNTS_COL),
          values: line(sheet, COUNTS_ROW + 1, COUNTS_COL + 1, last, COUNTS_COL + 1),
        },
      ],
    },
  };
}

/** The cells of slot `i`: row i / 2 of the grid, left or right. */
function slot(i: number): string {
  const top = GRID_TOP + Math.floor(i / 2) * ROW_STEP;
  const side = SIDES[i % 2];
  return `${toA1(top, side.left)}:${toA1(top + CHART_HEIGHT - 1, side.right)}`;
}

/** Charts in their slots; a chart the criteria cannot draw leaves its slot empty. */
function placed(charts: [number, Unplaced][]): ChartPlan[] {
  return charts.flatMap(([i, chart]) => (chart ? [{ ...chart, anchor: slot(i) }] : []));
}

export function buildChartsSheet(c: Consolidation, campaign: Campaign, generatedAt?: string): SheetPlan {
  const scope = periodText(c).toLowerCase();
  const counts = countsBlock(c, campaign);
  // The right slot of the second row (3) is the counts table's.
  const charts = placed([
    [0, byUnit(c, FUND_INDICATOR, `Số tiền ủng hộ Quỹ “Vì người nghèo” theo đơn vị, ${scope} (đồng)`)],
    [1, byUnit(c, HOUSEHOLDS_INDICATOR, `Hộ nghèo được giúp đỡ theo đơn vị, ${scope}`)],
    [2, counts.chart],
    ...(c.mode === "period"
      ? ([
          [4, byYear(c, [FUND_INDICATOR], "Số tiền ủng hộ Quỹ “Vì người nghèo” từng năm (đồng)")],
          [
            5,
            byYear(
              c,
              [HOUSEHOLDS_INDICATOR, ESCAPED_INDICATOR],
              "Hộ nghèo được giúp đỡ, thoát nghèo từng năm",
            ),
          ],
        ] as [number, Unplaced][])
      : []),
  ]);
  const bottoms = charts.map((chart) => Number(/(\d+)$/.exec(chart.anchor)?.[1] ?? 0));
  const countsEnd = COUNTS_ROW + counts.rows.length - 1;
  const lastRow = Math.max(countsEnd, ...bottoms);
  const counted = (col: number) => `${toA1(COUNTS_ROW + 1, col)}:${toA1(countsEnd, col)}`;
  const widths: Record<number, number> = {};
  for (let col = 1; col <= LAST_COL; col++) widths[col] = col === 9 ? 2 : col < 9 ? 10 : 8;
  widths[COUNTS_COL] = 24;
  widths[COUNTS_COL + 1] = 12;
  return {
    name: SUMMARY_SHEETS.charts,
    columnWidths: widths,
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
      { origin: toA1(COUNTS_ROW, COUNTS_COL), rows: counts.rows },
    ],
    styles: [
      { range: `A1:${toA1(lastRow, LAST_COL)}`, style: BASE },
      { range: "A1", style: TITLE },
      { range: "A2", style: SUBTITLE },
      {
        range: `${toA1(COUNTS_ROW, COUNTS_COL)}:${toA1(COUNTS_ROW, COUNTS_COL + 1)}`,
        style: { ...HEADER, border: ALL_BORDERS },
      },
      ...(countsEnd > COUNTS_ROW
        ? [
            {
              range: `${toA1(COUNTS_ROW + 1, COUNTS_COL)}:${toA1(countsEnd, COUNTS_COL + 1)}`,
              style: { border: ALL_BORDERS },
            },
            { range: counted(COUNTS_COL + 1), style: { numFmt: "#,##0" } },
          ]
        : []),
    ],
    merges: [`A1:${toA1(1, LAST_COL)}`, `A2:${toA1(2, LAST_COL)}`],
    rowHeights: { 1: 36, 2: 30 },
    charts,
    // One page: the charts are looked at together.
    print: { ...PRINT, fitToHeight: 1, printArea: `A1:${toA1(lastRow, LAST_COL)}` },
  };
}
