/**
 * The .xlsx host: reads .xlsx/.xlsm bytes into a WorkbookSnapshot with its own reader (read/, on fflate)
 * and writes a WorkbookPlan as .xlsx bytes with its own streaming writer (write-workbook.ts and write/, on
 * fflate). Code that only reads imports "./read", which does not load the writer.
 */
export {
  readSheetsOnly,
  readWorkbook,
  readWorkbookBytes,
  WorkbookReadError,
  writtenByThidua,
  DEFAULT_READ_LIMITS,
} from "./read";
export type { WorkbookReadErrorCode, ReadLimits } from "./read";
export { writeWorkbook } from "./write-workbook";
export { InvalidPlanError } from "../../core/workbook-model/plan-error";
