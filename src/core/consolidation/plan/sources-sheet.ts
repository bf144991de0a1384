/** "Nguồn số liệu": the unit, file, sheet and cell of every number in the summary. */
import type { PlanValue, SheetPlan } from "../../workbook-model/plan";
import type { Consolidation } from "../model";
import type { SummaryColumn } from "./columns";
import { SUMMARY_SHEETS, SUMMARY_TABLES } from "./names";
import { buildSummarySheet, type KindOverride } from "./summary-sheet";
import { campaignText, periodText, subtitle } from "./titles";

const VALUE_COLUMN = 5;

/** Runs of neighbouring score rows, whose values have half points. */
function scoreRuns(c: Consolidation): KindOverride[] {
  const indicators = new Set(c.indicators.map((d) => d.id));
  const runs: KindOverride[] = [];
  c.sources.forEach((s, i) => {
    if (indicators.has(s.fieldId)) return;
    const last = runs[runs.length - 1];
    if (last && last.lastRow === i - 1) last.lastRow = i;
    else runs.push({ firstRow: i, lastRow: i, col: VALUE_COLUMN, kind: "score" });
  });
  return runs;
}

export function buildSourcesSheet(c: Consolidation, generatedAt?: string): SheetPlan {
  const columns: SummaryColumn[] = [
    { header: "Mã đơn vị", kind: "text", maxWidth: 12 },
    { header: "Tên đơn vị", kind: "text", maxWidth: 30 },
    { header: "Năm", kind: "year", maxWidth: 8 },
    { header: "Mã chỉ tiêu", kind: "text", maxWidth: 30 },
    { header: "Chỉ tiêu", kind: "text", maxWidth: 44 },
    { header: "Giá trị", kind: "integer", maxWidth: 18 },
    { header: "Tệp", kind: "text", maxWidth: 30 },
    { header: "Sheet", kind: "text", maxWidth: 16 },
    { header: "Ô", kind: "text", maxWidth: 8 },
  ];
  const rows: PlanValue[][] = c.sources.map((s) => [
    s.unitCode,
    s.unitName,
    s.year,
    s.fieldId,
    s.label,
    s.value,
    s.source.file,
    s.source.sheet,
    s.source.cell,
  ]);
  return buildSummarySheet({
    name: SUMMARY_SHEETS.sources,
    table: SUMMARY_TABLES.sources,
    title: `NGUỒN SỐ LIỆU TỔNG HỢP ${campaignText(c)} ${periodText(c)}`,
    subtitle: subtitle(["Mỗi số trong bảng tổng hợp: đơn vị, tệp, sheet và ô đã đọc"], generatedAt),
    columns,
    rows,
    kindOverrides: scoreRuns(c),
  });
}
