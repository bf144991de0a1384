import type { Finding } from "../core/findings/finding";
import type { SheetPlan, WorkbookPlan } from "../core/workbook-model/plan";
import type { ReadScope } from "../core/workbook-model/read-scope";
import type { WorkbookSnapshot } from "../core/workbook-model/snapshot";

/**
 * What the task pane and the ribbon commands ask of the workbook they work on. In Excel it is the open
 * workbook (hosts/office, through Excel.run); outside Excel (the plain browser page) it is the .xlsx files
 * the user opened and the workbooks the pane produces for download (hosts/xlsx).
 */
export interface WorkbookHost {
  readonly kind: "excel" | "browser";

  /** The open workbook's sheets in scope (the active one, every one, or those named) as one snapshot. */
  readSnapshot(scope: ReadScope): Promise<WorkbookSnapshot>;

  /**
   * Writes the plan's sheets. Sheets whose names already exist are replaced only when `confirmReplace`
   * resolves true (otherwise new unique names are used); if anything fails part-way, what was written is
   * removed and the error is thrown. Resolves with the names of the sheets written, one for each sheet of
   * the plan, in its order (a name may have changed to stay unique). A host that writes
   * files instead of an open workbook (the page outside Excel) writes them into `target`'s file.
   */
  writeSheets(
    plan: WorkbookPlan,
    confirmReplace: (existing: string[]) => Promise<boolean>,
    target?: WriteTarget,
  ): Promise<string[]>;

  /** Writes one sheet plan's blocks, styles and merges with its A1 at the selected cell (report sections). */
  insertAtSelection(section: SheetPlan): Promise<void>;

  /** Marks each finding's cell (fill and a note), remembering the formats it replaces. Resolves with the count. */
  markFindings(findings: Finding[]): Promise<number>;

  /** Removes every mark, restoring exactly the formats that were there before. Resolves with the count. */
  clearMarks(): Promise<number>;

  /** Activates the sheet and selects the cell. */
  selectCell(sheet: string, cell: string): Promise<void>;

  /** Opens the bytes as a new workbook where the host can (Excel.createWorkbook), else "unsupported". */
  openAsNewWorkbook(bytes: Uint8Array): Promise<"opened" | "unsupported">;

  /** Settings stored in the workbook itself (document settings), not only in the browser. */
  loadSettings(): Promise<Record<string, string>>;
  saveSettings(settings: Record<string, string>): Promise<void>;
}

/** The file a job's sheets go to where the host writes files: named by the job (jobs/output-names). */
export interface WriteTarget {
  readonly fileName: string;
}

/**
 * The user cancelled a write when asked whether to replace existing sheets. `confirmReplace` rejects with it
 * before anything is written, and `writeSheets` passes it on: nothing was written.
 */
export class WriteCancelledError extends Error {
  override readonly name = "WriteCancelledError";

  constructor() {
    super("The write was cancelled before anything was written.");
  }
}
