import type { CriteriaInForce } from "../core/criteria/workbook/criteria-in-force";
import type { Translate } from "../i18n/ui-text";

/** A command's report says when it worked with the workbook's own criteria sheets (and whether all of them could be used). */
export function criteriaLine(criteria: CriteriaInForce, t: Translate): string {
  if (criteria.source !== "workbook") return "";
  const params = { version: criteria.version, count: criteria.problems.length };
  return ` ${t(criteria.problems.length > 0 ? "command.criteria.problems" : "command.criteria.workbook", params)}`;
}
