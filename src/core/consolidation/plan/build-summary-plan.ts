/** The summary workbook: one sheet per table, the same for the same consolidation (apart from generatedAt). */
import type { Campaign } from "../../campaign/model";
import type { WorkbookPlan } from "../../workbook-model/plan";
import type { Consolidation } from "../model";
import { buildChartsSheet } from "./charts-sheet";
import { buildFindingsSheet } from "./findings-sheet";
import { buildIndicatorsSheet } from "./indicators-sheet";
import { buildInitiativesSheet } from "./initiatives-sheet";
import { buildPeriodSheet } from "./period-sheet";
import { buildProposalsSheet } from "./proposals-sheet";
import { buildScoresSheet } from "./scores-sheet";
import { buildSourcesSheet } from "./sources-sheet";
import { buildStatusSheet } from "./status-sheet";

export interface SummaryPlanOptions {
  /** Shown in each sheet's subtitle ("05/12/2024 10:30"); the only thing that may differ between two runs. */
  generatedAt?: string;
}

export function buildSummaryPlan(
  c: Consolidation,
  campaign: Campaign,
  options: SummaryPlanOptions = {},
): WorkbookPlan {
  const at = options.generatedAt;
  const scope = c.mode === "year" ? `năm ${c.reviewYear}` : `giai đoạn ${c.years[0]}–${c.reviewYear}`;
  return {
    sheets: [
      buildIndicatorsSheet(c, at),
      ...(c.mode === "period" ? [buildPeriodSheet(c, at)] : []),
      buildScoresSheet(c, campaign, at),
      buildProposalsSheet(c, campaign, at),
      buildInitiativesSheet(c, campaign, at),
      buildStatusSheet(c, at),
      buildFindingsSheet(c, at),
      buildSourcesSheet(c, at),
      buildChartsSheet(c, campaign, at),
    ],
    properties: {
      title: `Tổng hợp Phong trào thi đua “${c.campaignName}” ${scope}`,
      company: campaign.settings.agency,
    },
  };
}
