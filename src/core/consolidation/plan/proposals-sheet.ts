/** "Đề nghị khen thưởng": every proposal of the review year, highest form first, with its unit and source. */
import type { Campaign } from "../../campaign/model";
import type { PlanValue, SheetPlan } from "../../workbook-model/plan";
import type { Consolidation } from "../model";
import { PROPOSALS_TABLE } from "../proposals";
import type { SummaryColumn } from "./columns";
import { SUMMARY_SHEETS, SUMMARY_TABLES } from "./names";
import { rowSourceText } from "./source-text";
import { buildSummarySheet } from "./summary-sheet";
import { campaignText, subtitle } from "./titles";
import { copiedColumns } from "./unit-table-columns";

export function buildProposalsSheet(c: Consolidation, campaign: Campaign, generatedAt?: string): SheetPlan {
  const copied = copiedColumns(campaign, PROPOSALS_TABLE, ["stt", "form"]);
  const columns: SummaryColumn[] = [
    { header: "STT", kind: "integer", maxWidth: 6 },
    { header: "Hình thức đề nghị", kind: "text", maxWidth: 34 },
    { header: "Mã đơn vị", kind: "text", maxWidth: 12 },
    { header: "Tên đơn vị", kind: "text", maxWidth: 30 },
    ...copied.map((x) => x.column),
    { header: "Trùng đối tượng", kind: "text", maxWidth: 36 },
    { header: "Nguồn", kind: "text", maxWidth: 40 },
  ];
  const rows: PlanValue[][] = c.proposals.map((p, i) => [
    i + 1,
    p.form,
    p.unit.code,
    p.unit.name,
    ...copied.map((x) => p.values[x.id] ?? null),
    p.flag === "" ? null : p.flag,
    rowSourceText(p.source),
  ]);
  const flagged = c.proposals.filter((p) => p.flag !== "").length;
  const flagText =
    flagged > 0 ? `${flagged} dòng trùng đối tượng giữa các đơn vị (cột “Trùng đối tượng”)` : "";
  return buildSummarySheet({
    name: SUMMARY_SHEETS.proposals,
    table: SUMMARY_TABLES.proposals,
    title: `DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG ${campaignText(c)} NĂM ${c.reviewYear}`,
    subtitle: subtitle(
      ["Xếp theo hình thức khen thưởng từ cao xuống thấp, rồi theo đơn vị", flagText],
      generatedAt,
    ),
    columns,
    rows,
  });
}
