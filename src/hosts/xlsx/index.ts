/** The ExcelJS host: reads .xlsx bytes into a WorkbookSnapshot and writes a WorkbookPlan as .xlsx bytes. */
export { readWorkbook } from "./read-workbook";
export { writeWorkbook } from "./write-workbook";
export { WorkbookReadError } from "./errors";
export type { WorkbookReadErrorCode } from "./errors";
export { DEFAULT_READ_LIMITS } from "./inspect-bytes";
export type { ReadLimits } from "./inspect-bytes";
export { InvalidPlanError } from "../../core/workbook-model/plan-error";
