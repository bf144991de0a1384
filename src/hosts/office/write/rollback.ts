import { HostError, messageOf } from "../errors";
import type { ExcelRun } from "../excel-api";
import type { WriteTargets } from "./targets";

/**
 * Undoes a write that failed part-way (requests are not transactions: what ran before the failing action
 * stays). Deletes the sheets this write added — only sheets that did not exist before, by id — and gives
 * replaced sheets and their tables their names back.
 */
export async function rollback(run: ExcelRun, targets: WriteTargets, before: Set<string>): Promise<void> {
  await run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/id,items/visibility");
    const tables = context.workbook.tables;
    tables.load("items/name");
    await context.sync();
    for (const ws of worksheets.items) {
      if (before.has(ws.id) || !targets.added.has(ws.name.toLowerCase())) continue;
      // Worksheet.delete fails on a "VeryHidden" sheet (Excel.Worksheet.delete reference).
      if (ws.visibility === "VeryHidden") ws.visibility = "Hidden";
      ws.delete();
    }
    for (const b of targets.backups) {
      const ws = worksheets.items.find((w) => w.id === b.id);
      if (ws && ws.name !== b.original) ws.name = b.original;
    }
    const tableNames = new Set(tables.items.map((t) => t.name.toLowerCase()));
    for (const t of targets.tableBackups) {
      if (tableNames.has(t.backup.toLowerCase())) context.workbook.tables.getItem(t.backup).name = t.original;
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
      {
        cause: messageOf(cause),
        detail: messageOf(error),
        sheets: [...targets.sheets.map((s) => s.name)].join(", "),
      },
      `Writing failed (${messageOf(cause)}) and the rollback failed too (${messageOf(error)})`,
      { cause },
    );
  }
  throw cause;
}
