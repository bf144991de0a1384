/** Write the template and write the criteria: the plans every door writes, and the file names it offers. */
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

/** "bieu-mau-thi-dua-VP-2024.xlsx". */
export function templateFileName(unitCode: string | undefined, year: number | undefined): string {
  return ["bieu-mau-thi-dua", unitCode ?? "", year ?? ""].filter((part) => part !== "").join("-") + ".xlsx";
}

export function criteriaPlan(campaign: Campaign): WorkbookPlan {
  return buildCriteriaPlan(campaign);
}
