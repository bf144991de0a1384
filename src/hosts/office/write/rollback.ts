import { HostError, messageOf } from "../errors";
import type { ExcelRun, WorksheetLike } from "../excel-api";
import type { WriteTargets } from "./targets";

/**
 * Undoes a write that failed part-way (requests are not transactions: what ran before the failing action
 * stays). Deletes the sheets this write added — only sheets that did not exist before, by id — and puts
 * each replaced sheet's copy, made before anything else was changed, in the place of the half-written
 * sheet: its name, visibility, tables' names and the workbook's names that referred to it. The old
 * content is whole again; formulas on other sheets that pointed at the replaced sheet show #REF!, which
 * only this failure costs (a successful write keeps them).
 */
export async function rollback(run: ExcelRun, targets: WriteTargets, before: Set<string>): Promise<void> {
  await run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/id,items/visibility");
    await context.sync();
    const byName = (name: string): WorksheetLike | undefined =>
      worksheets.items.find((w) => w.name.toLowerCase() === name.toLowerCase());
    for (const ws of worksheets.items) {
      if (before.has(ws.id) || !targets.added.has(ws.name.toLowerCase())) continue;
      // Worksheet.delete fails on a "VeryHidden" sheet (Excel.Worksheet.delete reference).
      if (ws.visibility === "VeryHidden") ws.visibility = "Hidden";
      ws.delete();
    }
    // Without its copy, a replaced sheet was not touched yet: it stays as it is.
    const restored = targets.backups.flatMap((b) => {
      const copy = byName(b.backup);
      return copy ? [{ b, copy }] : [];
    });
    for (const { b, copy } of restored) {
      // Shown first: a workbook keeps at least one visible sheet.
      copy.visibility = b.visibility;
      const half = worksheets.items.find((w) => w.id === b.id);
      if (half) {
        if (half.visibility === "VeryHidden") half.visibility = "Hidden";
        half.delete();
      }
      copy.name = b.original;
      copy.tables.load("items/name");
    }
    await context.sync();
    for (const { b, copy } of restored) {
      copy.tables.items.forEach((table, i) => {
        const original = b.tables[i];
        if (original !== undefined && table.name !== original) table.name = original;
      });
      for (const n of b.names) context.workbook.names.getItem(n.name).formula = n.formula;
    }
    await context.sync();
  });
}

/** Rolls back, and if that fails too, says what may be left behind. */
export async function rollbackAfter(
  run: ExcelRun,
  targets: WriteTargets,
  before: Set<string>,
  cause: unknown,
): Promise<never> {
  try {
    await rollback(run, targets, before);
  } catch (error) {
    throw new HostError(
      "rollback-failed",
      { sheets: [...targets.sheets.map((s) => s.name)].join(", ") },
      `Writing failed (${messageOf(cause)}) and the rollback failed too (${messageOf(error)})`,
      { cause },
    );
  }
  throw cause;
}
