export { buildReport, type ReportOptions } from "./build-report";
export {
  buildReportPlan,
  buildReportSheet,
  REPORT_SHEET,
  type ReportPlanOptions,
} from "./plan/build-report-plan";
export { reportSettings, type ReportSettings } from "./settings";
export { staffByYear } from "./staff";
export { scopeOf, allowedForms, type ReportScope } from "./kinds";
export type { StaffCounts } from "./figures";
export { BODY_SECTION_IDS, SECTION_IDS } from "./model";
export type * from "./model";
export { reportFromInputs, annualReport, type ReportFromInputs } from "./from-inputs";
