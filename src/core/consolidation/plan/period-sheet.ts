/** "Tổng hợp giai đoạn": indicators × years side by side, and the whole period. */
import { columnLetters } from "../../workbook-model/address";
import type { PlanValue, SheetPlan } from "../../workbook-model/plan";
import type { Consolidation } from "../model";
import type { SummaryColumn } from "./columns";
import { SUMMARY_SHEETS, SUMMARY_TABLES } from "./names";
import { buildSummarySheet, headerRowOf } from "./summary-sheet";
import { campaignText, gateText, periodText, subtitle } from "./titles";

const LEADING = 3;
/** The 1-based column of the first year. */
export const PERIOD_FIRST_YEAR_COLUMN = LEADING + 1;
export const PERIOD_TOTAL_HEADER = "Cả giai đoạn";

export function yearHeader(year: number): string {
  return `Năm ${year}`;
}

export function buildPeriodSheet(c: Consolidation, generatedAt?: string): SheetPlan {
  const columns: SummaryColumn[] = [
    { header: "Mã chỉ tiêu", kind: "text", maxWidth: 30 },
    { header: "Chỉ tiêu", kind: "text", maxWidth: 44 },
    { header: "Đơn vị tính", kind: "text", maxWidth: 16 },
    ...c.years.map((y): SummaryColumn => ({ header: yearHeader(y), kind: "integer", maxWidth: 18 })),
    { header: PERIOD_TOTAL_HEADER, kind: "integer", maxWidth: 20 },
  ];
  const firstRow = headerRowOf(true) + 1;
  const firstYear = columnLetters(LEADING + 1);
  const lastYear = columnLetters(LEADING + c.years.length);
  const rows: PlanValue[][] = c.indicators.map((d, i) => [
    d.id,
    d.label,
    d.unit === "" ? null : d.unit,
    // A year in which no unit was merged has no figure, not a 0.
    ...c.yearTotals.map((t) => (t.unitsIncluded === 0 ? null : t.totals[d.id])),
    { formula: `SUM(${firstYear}${firstRow + i}:${lastYear}${firstRow + i})`, result: c.totals[d.id] },
  ]);
  const included = c.yearTotals.map((t) => `${t.year}: ${t.unitsIncluded}`).join(", ");
  return buildSummarySheet({
    name: SUMMARY_SHEETS.period,
    table: SUMMARY_TABLES.period,
    title: `TỔNG HỢP CHỈ TIÊU ${campaignText(c)} THEO TỪNG NĂM, ${periodText(c)}`,
    subtitle: subtitle([`Số đơn vị được tổng hợp — ${included}`, gateText(c)], generatedAt),
    columns,
    groups: [{ label: "Kết quả từng năm", first: LEADING, last: LEADING + c.years.length - 1 }],
    rows,
    freezeColumns: 2,
  });
}
