/** "Tình trạng nộp": one row per file or missing report, with what was done with it. */
import type { PlanValue, SheetPlan } from "../../workbook-model/plan";
import { NO, YES } from "../labels";
import type { Consolidation } from "../model";
import type { SummaryColumn } from "./columns";
import { SUMMARY_SHEETS, SUMMARY_TABLES } from "./names";
import { buildSummarySheet } from "./summary-sheet";
import { campaignText, gateText, periodText, subtitle } from "./titles";

export const USED_HEADER = "Dùng để tổng hợp";

function countsText(c: Consolidation): string {
  const k = c.counts;
  const missing = c.missing.map((m) => (c.mode === "year" ? m.name : `${m.name} (${m.years.join(", ")})`));
  const parts = [
    `Phải nộp: ${k.expected}`,
    `Đã nộp: ${k.received}`,
    `Hợp lệ: ${k.valid}`,
    `Có lỗi: ${k.withErrors}`,
    `Chưa nộp: ${k.missing}${missing.length > 0 ? ` (${missing.join("; ")})` : ""}`,
  ];
  if (k.duplicates > 0) parts.push(`Trùng: ${k.duplicates}`);
  if (k.unreadable > 0) parts.push(`Không đọc được: ${k.unreadable}`);
  if (k.unknownUnit > 0) parts.push(`Đơn vị ngoài danh sách: ${k.unknownUnit}`);
  if (k.notAReport > 0) parts.push(`Không phải báo cáo đơn vị: ${k.notAReport}`);
  if (k.otherYear > 0) parts.push(`Khác năm: ${k.otherYear}`);
  return parts.join(", ");
}

export function buildStatusSheet(c: Consolidation, generatedAt?: string): SheetPlan {
  const columns: SummaryColumn[] = [
    { header: "Mã đơn vị", kind: "text", maxWidth: 12 },
    { header: "Tên đơn vị", kind: "text", maxWidth: 30 },
    { header: "Năm", kind: "year", maxWidth: 8 },
    { header: "Tệp", kind: "text", maxWidth: 36 },
    { header: "Sheet", kind: "text", maxWidth: 18 },
    { header: "Ngày lập báo cáo", kind: "date", maxWidth: 14 },
    { header: "Phiên bản biểu mẫu", kind: "text", maxWidth: 12 },
    { header: "Tình trạng", kind: "text", maxWidth: 24 },
    { header: USED_HEADER, kind: "text", maxWidth: 12 },
    { header: "Số lỗi", kind: "integer", maxWidth: 8 },
    { header: "Số cảnh báo", kind: "integer", maxWidth: 10 },
    { header: "Mã kiểm tra", kind: "text", maxWidth: 14 },
    { header: "Ghi chú", kind: "text", maxWidth: 40 },
  ];
  const rows: PlanValue[][] = c.status.map((s) => [
    s.unitCode,
    s.unitName,
    s.year,
    s.file,
    s.sheet,
    s.reportDate,
    s.templateVersion,
    s.statusLabel,
    s.used ? YES : NO,
    s.file === null ? null : s.errors,
    s.file === null ? null : s.warnings,
    s.checksum,
    s.note === "" ? null : s.note,
  ]);
  return buildSummarySheet({
    name: SUMMARY_SHEETS.status,
    table: SUMMARY_TABLES.status,
    title: `TÌNH TRẠNG NỘP BÁO CÁO ${campaignText(c)} ${periodText(c)}`,
    subtitle: subtitle([countsText(c), gateText(c)], generatedAt),
    columns,
    rows,
    freezeColumns: 2,
  });
}
