/** The task pane's host in a plain browser (no Office): opened .xlsx files in, downloaded .xlsx out. */
export {
  createBrowserHost,
  isBrowserHost,
  OUTPUT_FILE_NAME,
  type BrowserHostOptions,
  type BrowserHostState,
  type BrowserWorkbookHost,
  type OutputWorkbook,
} from "./browser-workbook-host";
export type { OpenedFile } from "./opened-file";
export { BrowserHostError, type BrowserHostErrorCode } from "./errors";
export { download } from "./download";
