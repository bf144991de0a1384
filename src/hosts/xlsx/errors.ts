/** Why a file could not be read as a workbook. The caller renders the user's message from the code. */
export type WorkbookReadErrorCode =
  "empty" | "legacy-xls" | "encrypted" | "not-zip" | "not-workbook" | "too-large" | "corrupt";

export class WorkbookReadError extends Error {
  override readonly name = "WorkbookReadError";

  constructor(
    readonly code: WorkbookReadErrorCode,
    readonly fileName: string,
    message: string,
    /** The underlying library's message, for logs and bug reports. */
    readonly detail?: string,
  ) {
    super(`${fileName}: ${message}`);
  }
}
