/** "Sáng kiến, mô hình": every initiative of every merged report, with its unit, year and source. */
import type { Campaign } from "../../campaign/model";
import type { PlanValue, SheetPlan } from "../../workbook-model/plan";
import { INITIATIVES_TABLE } from "../initiatives";
import type { Consolidation } from "../model";
import type { SummaryColumn } from "./columns";
import { SUMMARY_SHEETS, SUMMARY_TABLES } from "./names";
import { rowSourceText } from "./source-text";
import { buildSummarySheet } from "./summary-sheet";
import { campaignText, periodText, subtitle } from "./titles";
import { copiedColumns } from "./unit-table-columns";

export function buildInitiativesSheet(c: Consolidation, campaign: Campaign, generatedAt?: string): SheetPlan {
  const copied = copiedColumns(campaign, INITIATIVES_TABLE, ["stt"]);
  const columns: SummaryColumn[] = [
    { header: "STT", kind: "integer", maxWidth: 6 },
    { header: "Năm", kind: "year", maxWidth: 8 },
    { header: "Mã đơn vị", kind: "text", maxWidth: 12 },
    { header: "Tên đơn vị", kind: "text", maxWidth: 30 },
    ...copied.map((x) => x.column),
    { header: "Nguồn", kind: "text", maxWidth: 40 },
  ];
  const rows: PlanValue[][] = c.initiatives.map((r, i) => [
    i + 1,
    r.year,
    r.unit.code,
    r.unit.name,
    ...copied.map((x) => r.values[x.id] ?? null),
    rowSourceText(r.source),
  ]);
  return buildSummarySheet({
    name: SUMMARY_SHEETS.initiatives,
    table: SUMMARY_TABLES.initiatives,
    title: `DANH SÁCH SÁNG KIẾN, MÔ HÌNH ${campaignText(c)} ${periodText(c)}`,
    subtitle: subtitle([], generatedAt),
    columns,
    rows,
  });
}
