/** "Kết quả kiểm tra": every finding with where it is and what to do. */
import type { PlanValue, SheetPlan } from "../../workbook-model/plan";
import { SEVERITY_LABELS } from "../labels";
import { formatNumberVi } from "../../locale/numbers";
import { rowCounts } from "../listed-findings";
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
  const counts = rowCounts(c.findings);
  return buildSummarySheet({
    name: SUMMARY_SHEETS.findings,
    table: SUMMARY_TABLES.findings,
    title: `KẾT QUẢ KIỂM TRA BÁO CÁO CỦA CÁC ĐƠN VỊ, ${campaignText(c)} ${periodText(c)}`,
    subtitle: subtitle(
      [
        `${formatNumberVi(counts.error, 0)} lỗi, ${formatNumberVi(counts.warning, 0)} cảnh báo, ${formatNumberVi(counts.info, 0)} thông tin`,
      ],
      generatedAt,
    ),
    columns,
    rows,
  });
}
