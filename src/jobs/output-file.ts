import type { Campaign } from "../core/campaign/model";
import { buildOutputMetaSheet, type OutputKind } from "../core/template/meta";
import type { WorkbookPlan } from "../core/workbook-model/plan";

/**
 * A plan written as a file of its own gets thidua's hidden record saying what it is, so that given back
 * as input it is never taken as a unit's report. Not for sheets written into an open workbook, whose own
 * record (a unit's template) must stay.
 */
export function asOutputFile(plan: WorkbookPlan, campaign: Campaign, kind: OutputKind): WorkbookPlan {
  return { ...plan, sheets: [...plan.sheets, buildOutputMetaSheet(campaign, kind)] };
}
