/** "Kết quả kiểm tra": every finding with where it is and what to do. */
import type { PlanValue, SheetPlan } from "../../workbook-model/plan";
import { SEVERITY_LABELS } from "../labels";
import type { Consolidation } from "../model";
import type { SummaryColumn } from "./columns";
import { SUMMARY_SHEETS, SUMMARY_TABLES } from "./names";
import { buildSummarySheet } from "./summary-sheet";
import { campaignText, periodText, subtitle } from "./titles";

export function buildFindingsSheet(c: Consolidation, generatedAt?: string): SheetPlan {
  const columns: SummaryColumn[] = [
    { header: "Mã đơn vị", kind: "text", maxWidth: 12 },
    { header: "Năm", kind: "year", maxWidth: 8 },
    { header: "Tệp", kind: "text", maxWidth: 30 },
    { header: "Sheet", kind: "text", maxWidth: 16 },
    { header: "Ô", kind: "text", maxWidth: 8 },
    { header: "Trường", kind: "text", maxWidth: 24 },
    { header: "Mã lỗi", kind: "text", maxWidth: 24 },
    { header: "Mức độ", kind: "text", maxWidth: 11 },
    { header: "Nội dung", kind: "text", maxWidth: 70 },
  ];
  const rows: PlanValue[][] = c.findings.map((f) => [
    f.unitCode,
    f.year,
    f.file === "" ? null : f.file,
    f.sheet,
    f.cell,
    f.field,
    f.code,
    SEVERITY_LABELS[f.severity],
    f.message,
  ]);
  const count = (s: string) => c.findings.filter((f) => f.severity === s).length;
  return buildSummarySheet({
    name: SUMMARY_SHEETS.findings,
    table: SUMMARY_TABLES.findings,
    title: `KẾT QUẢ KIỂM TRA BÁO CÁO CỦA CÁC ĐƠN VỊ, ${campaignText(c)} ${periodText(c)}`,
    subtitle: subtitle(
      [`${count("error")} lỗi, ${count("warning")} cảnh báo, ${count("info")} thông tin`],
      generatedAt,
    ),
    columns,
    rows,
  });
}
