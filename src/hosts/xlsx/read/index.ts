/** The workbook reader (without the writer): .xlsx/.xlsm bytes into a WorkbookSnapshot, or a WorkbookReadError. */
export { readSheetsOnly, readWorkbook, readWorkbookBytes } from "./read-workbook";
export { WorkbookReadError } from "../errors";
export type { WorkbookReadErrorCode } from "../errors";
export { DEFAULT_READ_LIMITS } from "../inspect-bytes";
export type { ReadLimits } from "../inspect-bytes";
export { writtenByThidua } from "./package-creator";
