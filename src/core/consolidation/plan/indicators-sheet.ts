/** "Tổng hợp chỉ tiêu": units × indicators under their groups, a note with the source on every figure, Tổng cộng. */
import { columnLetters } from "../../workbook-model/address";
import type { PlanValue, SheetPlan } from "../../workbook-model/plan";
import { TOTAL_LABEL } from "../labels";
import type { Consolidation, IndicatorDef, UnitResult } from "../model";
import type { SummaryColumn } from "./columns";
import { SUMMARY_SHEETS, SUMMARY_TABLES } from "./names";
import { sourceText } from "./source-text";
import { buildSummarySheet, headerRowOf, type CellNote, type ColumnGroup } from "./summary-sheet";
import { campaignText, gateText, periodText, subtitle } from "./titles";

/**
 * A note per number shows its source on hover. Past this many (about 50 units) they make the file slow to
 * write and to open in Excel, and the "Nguồn số liệu" sheet alone carries the provenance.
 */
const MAX_PROVENANCE_NOTES = 800;

/** Columns before the indicators: unit code and unit name. */
const LEADING = 2;

/** The sheet's header row, and the 1-based column of each indicator (undefined for one not consolidated). */
export function indicatorsLayout(c: Consolidation): {
  headerRow: number;
  column: (id: string) => number | undefined;
} {
  const headerRow = headerRowOf(indicatorGroups(c.indicators, LEADING).length > 0);
  return {
    headerRow,
    column: (id) => {
      const j = c.indicators.findIndex((d) => d.id === id);
      return j < 0 ? undefined : LEADING + j + 1;
    },
  };
}

export function indicatorColumn(def: IndicatorDef): SummaryColumn {
  const unit = def.unit === "" ? "" : `\nĐơn vị tính: ${def.unit}`;
  return {
    header: def.label,
    kind: "integer",
    maxWidth: 18,
    note: `${def.label}${unit}\nMã chỉ tiêu: ${def.id}`,
  };
}

/** Runs of neighbouring indicators with the same group heading; `offset` is the first indicator's column. */
export function indicatorGroups(indicators: IndicatorDef[], offset: number): ColumnGroup[] {
  const groups: ColumnGroup[] = [];
  indicators.forEach((def, i) => {
    const last = groups[groups.length - 1];
    if (def.group === "") return;
    if (last && last.label === def.group && last.last === offset + i - 1) last.last = offset + i;
    else groups.push({ label: def.group, first: offset + i, last: offset + i });
  });
  return groups;
}

function noteFor(unit: UnitResult, def: IndicatorDef, period: boolean): string | undefined {
  const parts = unit.years.flatMap((y) => {
    const { value, source } = y.values[def.id];
    return value !== null && source ? [{ year: y.year, text: sourceText(source) }] : [];
  });
  if (parts.length === 0) return undefined;
  return period
    ? ["Nguồn:", ...parts.map((p) => `${p.year}: ${p.text}`)].join("\n")
    : `Nguồn: ${parts[0].text}`;
}

export function buildIndicatorsSheet(c: Consolidation, generatedAt?: string): SheetPlan {
  const period = c.mode === "period";
  const columns: SummaryColumn[] = [
    { header: "Mã đơn vị", kind: "text", maxWidth: 12 },
    { header: "Tên đơn vị", kind: "text", maxWidth: 34 },
    ...c.indicators.map(indicatorColumn),
    { header: "Ghi chú", kind: "text", maxWidth: 36 },
  ];
  const rows: PlanValue[][] = c.units.map((u) => [
    u.unit.code,
    u.unit.name,
    ...c.indicators.map((d) => u.values[d.id]),
    u.note === "" ? null : u.note,
  ]);
  // Every number's source is also on the "Nguồn số liệu" sheet; notes are a convenience.
  const notes: CellNote[] = c.units.flatMap((u, row) =>
    c.indicators.flatMap((d, j) => {
      const text = noteFor(u, d, period);
      return text === undefined ? [] : [{ row, col: LEADING + j, text }];
    }),
  );
  const totals = (first: number, last: number): PlanValue[] => [
    TOTAL_LABEL,
    null,
    ...c.indicators.map((d, j) => {
      const letter = columnLetters(LEADING + j + 1);
      return { formula: `SUM(${letter}${first}:${letter}${last})`, result: c.totals[d.id] };
    }),
    null,
  ];
  const scope = period ? `Số liệu mỗi đơn vị là tổng các năm ${c.years[0]}–${c.reviewYear}` : "";
  return buildSummarySheet({
    name: SUMMARY_SHEETS.indicators,
    table: SUMMARY_TABLES.indicators,
    title: `TỔNG HỢP CHỈ TIÊU KẾT QUẢ ${campaignText(c)} ${periodText(c)}`,
    subtitle: subtitle(
      ["Đơn vị tính: xem ghi chú ở tiêu đề từng cột; số tiền tính bằng đồng", scope, gateText(c)],
      generatedAt,
    ),
    columns,
    groups: indicatorGroups(c.indicators, LEADING),
    rows,
    totals,
    freezeColumns: LEADING,
    notes: notes.length <= MAX_PROVENANCE_NOTES ? notes : [],
  });
}
