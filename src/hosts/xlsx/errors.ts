/** Why a file could not be read as a workbook. The caller renders the user's message from the code. */
export type WorkbookReadErrorCode =
  | "empty"
  | "legacy-xls"
  | "encrypted"
  | "xlsb"
  | "wps"
  | "numbers"
  | "ods"
  | "fods"
  | "csv"
  | "html"
  | "xml-2003"
  | "word"
  | "presentation"
  | "email"
  | "document"
  | "pdf"
  | "image"
  | "archive"
  | "not-zip"
  | "not-workbook"
  | "too-large"
  | "corrupt";

export class WorkbookReadError extends Error {
  override readonly name = "WorkbookReadError";

  constructor(
    readonly code: WorkbookReadErrorCode,
    readonly fileName: string,
    /** An English sentence for logs; users see the catalogue's message for `code`. */
    message: string,
    /** Technical detail (offsets, sizes, a library's message), for logs, bug reports and --json only. */
    readonly detail?: string,
  ) {
    super(`${fileName}: ${message}`);
  }
}
