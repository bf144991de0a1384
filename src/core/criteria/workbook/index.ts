export { buildCriteriaPlan } from "./write-criteria";
export { readCriteriaWorkbook, type CriteriaReadResult } from "./read-criteria";
export type { CriteriaProblem } from "./problems";
export { foldKey } from "./cells";
export {
  BANDS_BLOCK,
  COLUMNS_BLOCK,
  CRITERIA_BLOCK,
  CRITERIA_SHEETS,
  FIELDS_BLOCK,
  LISTS_BLOCK,
  ROSTER_BLOCK,
  RULES_BLOCK,
  SECTIONS_BLOCK,
  SETTINGS_BLOCK,
  TABLES_BLOCK,
  TIE_BREAK_BLOCK,
} from "./sheets";
export { campaignFromSnapshot, holdsCriteria } from "./campaign-from-snapshot";
export { defaultCriteria, type CriteriaInForce } from "./criteria-in-force";
