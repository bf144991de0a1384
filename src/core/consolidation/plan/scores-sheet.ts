/** "Chấm điểm, xếp loại": self and reviewer scores under two group headings, totals, classification, rank. */
import type { Campaign, CriterionDef } from "../../campaign/model";
import type { PlanValue, SheetPlan } from "../../workbook-model/plan";
import type { Consolidation } from "../model";
import type { SummaryColumn } from "./columns";
import { SUMMARY_SHEETS, SUMMARY_TABLES } from "./names";
import { buildSummarySheet } from "./summary-sheet";
import { campaignText, subtitle } from "./titles";

export const SELF_GROUP = "Điểm tự chấm";
export const REVIEW_GROUP = "Điểm thẩm định";
const LEADING = 2;

function criterionColumn(c: CriterionDef, who: "tự chấm" | "thẩm định"): SummaryColumn {
  return {
    header: `${c.id.toUpperCase()} ${who}`,
    kind: "score",
    maxWidth: 12,
    note: `${c.label} (tối đa ${c.max} điểm)`,
  };
}

function rule(campaign: Campaign): string {
  const tieBreak = campaign.scoring.tieBreak.map((id) => id.toUpperCase()).join(", rồi ");
  const ties = tieBreak === "" ? "" : `; bằng điểm thì xét ${tieBreak}`;
  return `Xếp loại theo tổng điểm thẩm định (nếu có), nếu không theo điểm tự chấm; xếp hạng theo tổng điểm${ties}`;
}

/** The 1-based column of "Xếp loại": after the code, the name, both score groups and "Tổng điểm xếp loại". */
export function classificationColumn(campaign: Campaign): number {
  return LEADING + 2 * (campaign.scoring.criteria.length + 1) + 2;
}

export function buildScoresSheet(c: Consolidation, campaign: Campaign, generatedAt?: string): SheetPlan {
  const criteria = campaign.scoring.criteria;
  const n = criteria.length;
  const columns: SummaryColumn[] = [
    { header: "Mã đơn vị", kind: "text", maxWidth: 12 },
    { header: "Tên đơn vị", kind: "text", maxWidth: 34 },
    ...criteria.map((cr) => criterionColumn(cr, "tự chấm")),
    { header: "Tổng tự chấm", kind: "score", maxWidth: 12 },
    ...criteria.map((cr) => criterionColumn(cr, "thẩm định")),
    { header: "Tổng thẩm định", kind: "score", maxWidth: 12 },
    { header: "Tổng điểm xếp loại", kind: "score", maxWidth: 12 },
    { header: "Xếp loại", kind: "text", maxWidth: 22 },
    { header: "Xếp hạng", kind: "integer", maxWidth: 10 },
    { header: "Ghi chú", kind: "text", maxWidth: 30 },
  ];
  const rows: PlanValue[][] = c.scores.map((s) => [
    s.unit.code,
    s.unit.name,
    ...criteria.map((cr) => s.self[cr.id]),
    s.selfTotal,
    ...criteria.map((cr) => s.review[cr.id]),
    s.reviewTotal,
    s.total,
    s.classification,
    s.rank,
    s.note === "" ? null : s.note,
  ]);
  const counts = c.classificationCounts.map((k) => `${k.label}: ${k.count}`).join(", ");
  return buildSummarySheet({
    name: SUMMARY_SHEETS.scores,
    table: SUMMARY_TABLES.scores,
    title: `KẾT QUẢ CHẤM ĐIỂM, XẾP LOẠI ${campaignText(c)} NĂM ${c.reviewYear}`,
    subtitle: subtitle([rule(campaign), counts], generatedAt),
    columns,
    groups: [
      { label: SELF_GROUP, first: LEADING, last: LEADING + n },
      { label: REVIEW_GROUP, first: LEADING + n + 1, last: LEADING + 2 * n + 1 },
    ],
    rows,
    freezeColumns: LEADING,
  });
}
