import { DEFAULT_CAMPAIGN } from "../../campaign/default-campaign";
import type { Campaign } from "../../campaign/model";
import type { CriteriaProblem } from "./problems";

// Apart from campaign-from-snapshot.ts, so that what the pane shows before it reads a workbook does not
// bring the criteria readers into its first download.
export interface CriteriaInForce {
  /** "workbook": the open workbook's criteria sheets; "default": the built-in criteria. */
  source: "workbook" | "default";
  /** The criteria version in force (the "Cài đặt" sheet's, or the default's). */
  version: string;
  campaign: Campaign;
  /** What could not be read from the criteria sheets, in sheet and row order; empty for the default. */
  problems: CriteriaProblem[];
}

export function defaultCriteria(base: Campaign = DEFAULT_CAMPAIGN): CriteriaInForce {
  return { source: "default", version: base.criteriaVersion, campaign: base, problems: [] };
}
