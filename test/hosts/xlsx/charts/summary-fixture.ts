/** The summary of a sample batch, as the demo writes it, for the chart tests. */
import { DEFAULT_CAMPAIGN } from "../../../../src/core/campaign/default-campaign";
import { buildSummaryPlan, consolidate } from "../../../../src/core/consolidation";
import type { Consolidation } from "../../../../src/core/consolidation/model";
import type { WorkbookPlan } from "../../../../src/core/workbook-model/plan";
import { checkedFile } from "../../../../src/core/validation/file-check";
import { checkWorkbook } from "../../../../src/core/validation/validate";
import { sampleBatch } from "../../../../src/dev/sample/batch";
import { planToSnapshot } from "../../../helpers/plan-to-snapshot";

export function summaryOf(years: number[]): { c: Consolidation; plan: WorkbookPlan } {
  const batch = sampleBatch(DEFAULT_CAMPAIGN, { years, seed: 5, missing: ["TTr"], faulty: ["QLXD"] });
  const inputs = batch.map((f) => ({
    check: checkedFile(f.name, checkWorkbook(planToSnapshot(f.plan, f.name), DEFAULT_CAMPAIGN)),
  }));
  const scope =
    years.length === 1 ? { year: years[0] } : { period: { from: years[0], to: years[years.length - 1] } };
  const c = consolidate(inputs, DEFAULT_CAMPAIGN, scope);
  return { c, plan: buildSummaryPlan(c, DEFAULT_CAMPAIGN) };
}
