import type { WorkbookHost } from "../../hosts/workbook-host";

/** Thrown by a host that has no workbook to work on; the panes tell the user to open the add-in in Excel. */
export class NoWorkbookError extends Error {
  override readonly name = "NoWorkbookError";
  constructor() {
    super("No open workbook: this needs Excel.");
  }
}

/**
 * The host outside Excel until the browser host (hosts/xlsx for the plain page) is plugged in: reading
 * files in the panes works, everything that needs an open workbook says so.
 */
export function noWorkbookHost(): WorkbookHost {
  const fail = (): Promise<never> => Promise.reject(new NoWorkbookError());
  return {
    kind: "browser",
    readSnapshot: fail,
    writeSheets: fail,
    insertAtSelection: fail,
    markFindings: fail,
    clearMarks: fail,
    selectCell: fail,
    openAsNewWorkbook: () => Promise.resolve("unsupported"),
    loadSettings: () => Promise.resolve({}),
    saveSettings: fail,
  };
}
