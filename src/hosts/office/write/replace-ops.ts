import type { RequestContextLike } from "../excel-api";
import type { Supports } from "../requirements";
import { sheetOf, simpleOp, type WriteOp } from "./op";
import type { ReplacedSheet } from "./targets";

/**
 * A sheet the plan replaces is rewritten in place, so that it keeps its identity: the user's formulas on
 * other sheets (='Tổng hợp chỉ tiêu'!B5), names and charts that point at it stay valid, where deleting it
 * would turn them into #REF!. First a copy keeps the old content (Worksheet.copy, ExcelApi 1.7), hidden,
 * so that a failed write can put it back whole (rollback.ts). The copies are made in a request of their
 * own: a request that fails with GeneralException is sent again in halves (run-ops.ts), and a copy made
 * twice would leave a stray sheet. Then the sheet is emptied: protection, tables, notes and comments,
 * drop-downs, merges, values and formats, frozen panes.
 */
export async function copyReplaced(context: RequestContextLike, backups: ReplacedSheet[]): Promise<void> {
  if (backups.length === 0) return;
  for (const b of backups) {
    const copy = context.workbook.worksheets.getItem(b.original).copy("End");
    copy.name = b.backup;
    copy.visibility = "Hidden";
  }
  await context.sync();
}

/** Empties a replaced sheet, after copyReplaced. */
export function replaceOps(b: ReplacedSheet, supports: Supports): WriteOp[] {
  const sheet = b.original;
  const ops: WriteOp[] = [];
  if (b.protected) {
    ops.push(simpleOp({ unprotect: sheet }, (context) => sheetOf(context, sheet).protection.unprotect()));
  }
  for (const table of b.tables) {
    ops.push(simpleOp({ deleteTable: table }, (context) => context.workbook.tables.getItem(table).delete()));
  }
  // From the last, so that each index still points at a note that is there.
  if (supports("notes") && b.notes > 0) {
    ops.push(
      simpleOp({ deleteNotes: b.notes }, (context) => {
        const notes = sheetOf(context, sheet).notes;
        for (let i = b.notes - 1; i >= 0; i--) notes.getItemAt(i).delete();
      }),
    );
  }
  if (supports("comments") && b.comments > 0) {
    ops.push(
      simpleOp({ deleteComments: b.comments }, (context) => {
        const comments = sheetOf(context, sheet).comments;
        for (let i = b.comments - 1; i >= 0; i--) comments.getItemAt(i).delete();
      }),
    );
  }
  ops.push(
    simpleOp({ empty: sheet }, (context) => {
      const ws = sheetOf(context, sheet);
      const all = ws.getRange();
      all.dataValidation.clear();
      all.unmerge();
      all.clear("All");
      ws.freezePanes.unfreeze();
    }),
  );
  return ops;
}
