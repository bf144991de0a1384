export { consolidate } from "./consolidate";
export { consolidationSummary, type ConsolidationSummary } from "./summary";
export { buildSummaryPlan, type SummaryPlanOptions } from "./plan/build-summary-plan";
export { SUMMARY_SHEETS, SUMMARY_TABLES } from "./plan/names";
export { STATUS_LABELS, SLOT_NOTES, TOTAL_LABEL } from "./labels";
export type * from "./model";
