/** Write the template and write the criteria: the plans every door writes (their file names: output-names). */
import type { Campaign } from "../core/campaign/model";
import { buildCriteriaPlan } from "../core/criteria/workbook/write-criteria";
import { buildTemplatePlan } from "../core/template/build-template";
import type { WorkbookPlan } from "../core/workbook-model/plan";

export interface TemplateChoice {
  /** Roster code of the unit to pre-fill, if any. */
  unitCode?: string;
  year?: number;
}

export function templatePlan(campaign: Campaign, choice: TemplateChoice = {}): WorkbookPlan {
  return buildTemplatePlan(campaign, choice);
}

export function criteriaPlan(campaign: Campaign): WorkbookPlan {
  return buildCriteriaPlan(campaign);
}
