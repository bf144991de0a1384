import { parseRange } from "../../../core/workbook-model/address";
import type { WorkbookPlan } from "../../../core/workbook-model/plan";
import { validatePlan } from "../../../core/workbook-model/validate-plan";
import { HostError, messageOf } from "../errors";
import type { ExcelRun, RequestContextLike } from "../excel-api";
import type { NoticeSink } from "../notices";
import type { Supports } from "../requirements";
import { absoluteA1, quoteSheet, splitAddress } from "../sheet-address";
import { planCells } from "../../../core/workbook-model/plan-cells";
import { chartOps, type ChartSources } from "./chart-ops";
import { readExistingLists } from "./existing-lists";
import { ListSources } from "./list-sources";
import { simpleOp, type WriteOp } from "./op";
import { rollbackAfter } from "./rollback";
import { hasFormulas, runOps } from "./run-ops";
import { finishOps, type SkipCounts } from "./setup-ops";
import { copyReplaced, replaceOps } from "./replace-ops";
import { sheetContentOps } from "./sheet-ops";
import { chooseTargets, clashingSheets, type ExistingWorkbook, type WriteTargets } from "./targets";

export interface WriteOptions {
  supports: Supports;
  notice?: NoticeSink;
  /** Bytes per request (tests make it small). */
  requestBytes?: number;
}

/**
 * One request: sheets, tables and names; two more when an earlier write left a lists sheet (what it
 * holds); one more when the plan's sheet names are taken, for what those sheets hold that rewriting them
 * in place must remove (tables, protection, notes and comments).
 */
async function readExisting(
  context: RequestContextLike,
  plan: WorkbookPlan,
  supports: Supports,
): Promise<ExistingWorkbook> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id,items/visibility");
  const tables = context.workbook.tables;
  tables.load("items/name");
  const names = context.workbook.names;
  names.load("items/name,items/formula");
  await context.sync();
  const existing: ExistingWorkbook = {
    sheets: worksheets.items.map((ws) => ({ id: ws.id, name: ws.name, visibility: ws.visibility })),
    tables: tables.items.map((t) => t.name),
    names: names.items.map((n) => ({
      name: n.name,
      formula: String(n.formula),
      sheet: splitAddress(String(n.formula))?.sheet,
    })),
    clashing: new Map(),
  };
  existing.lists = await readExistingLists(context, existing.sheets);
  const clashing = new Set(clashingSheets(plan, existing).map((s) => s.toLowerCase()));
  const onClashing = worksheets.items.filter((ws) => clashing.has(ws.name.toLowerCase()));
  if (onClashing.length === 0) return existing;
  const loaded = onClashing.map((ws) => {
    ws.tables.load("items/name");
    ws.protection.load("protected");
    return {
      ws,
      notes: supports("notes") ? ws.notes.getCount() : undefined,
      comments: supports("comments") ? ws.comments.getCount() : undefined,
    };
  });
  await context.sync();
  for (const { ws, notes, comments } of loaded)
    existing.clashing.set(ws.name, {
      tables: ws.tables.items.map((t) => t.name),
      protected: ws.protection.protected,
      notes: notes?.value ?? 0,
      comments: comments?.value ?? 0,
    });
  return existing;
}

function writeOps(targets: WriteTargets, supports: Supports, counts: SkipCounts): WriteOp[] {
  const lists = new ListSources(targets.listsSheet, targets.existingLists);
  const emptied = targets.backups.flatMap((b) => replaceOps(b, supports));
  const inPlace = new Set(targets.backups.map((b) => b.original.toLowerCase()));
  const content = targets.sheets.flatMap(({ plan, name }) => [
    ...(inPlace.has(name.toLowerCase())
      ? []
      : [simpleOp({ add: name }, (context) => context.workbook.worksheets.add(name))]),
    ...sheetContentOps(name, plan, {
      supports,
      lists,
      counts,
      tableName: (t) => targets.tableNames.get(t) ?? t,
    }),
  ]);
  const sheetName = new Map(targets.sheets.map((s) => [s.plan.name.toLowerCase(), s.name]));
  const sources: ChartSources = {
    sheetName: (planSheet) => sheetName.get(planSheet.toLowerCase()) ?? planSheet,
    cells: planCells({ sheets: targets.sheets.map((s) => s.plan) }),
  };
  // Charts after every sheet they refer to has its cells.
  const charts = targets.sheets.flatMap(({ plan, name }) => chartOps(name, plan.charts ?? [], sources));
  const finish = targets.sheets.flatMap(({ plan, name }) => finishOps(name, plan));
  // The lists sheet comes before the validations that refer to it.
  return [...emptied, ...lists.ops(), ...content, ...charts, ...finish];
}

/**
 * Defined names (after the sheets they refer to exist), the first visible new sheet activated and, when
 * formulas were written, a recalculation: they were written with calculation suspended, and until Excel
 * recalculates, totals may show stale values (Application.suspendApiCalculationUntilNextSync).
 */
async function commit(context: RequestContextLike, targets: WriteTargets, formulas: boolean): Promise<void> {
  if (formulas) context.application.calculate("Recalculate");
  const sheetName = new Map(targets.sheets.map((s) => [s.plan.name.toLowerCase(), s.name]));
  const update = new Set(targets.namesToUpdate.map((n) => n.toLowerCase()));
  for (const { plan: p, name } of targets.names) {
    const sheet = sheetName.get(p.sheet.toLowerCase()) ?? p.sheet;
    const reference = `=${quoteSheet(sheet)}!${absoluteA1(parseRange(p.ref))}`;
    if (update.has(name.toLowerCase())) context.workbook.names.getItem(name).formula = reference;
    else context.workbook.names.add(name, reference);
  }
  const first = targets.sheets.find((s) => (s.plan.visibility ?? "visible") === "visible");
  if (first) context.workbook.worksheets.getItem(first.name).activate();
  await context.sync();
}

async function deleteBackups(run: ExcelRun, targets: WriteTargets): Promise<void> {
  if (targets.backups.length === 0) return;
  try {
    await run(async (context) => {
      for (const b of targets.backups) {
        // The copy was made "Hidden": Worksheet.delete fails on a "VeryHidden" sheet.
        context.workbook.worksheets.getItem(b.backup).delete();
      }
      await context.sync();
    });
  } catch (error) {
    const sheets = targets.backups.map((b) => b.backup).join(", ");
    throw new HostError("old-sheets-left", { sheets }, `Old sheets left: ${sheets} (${messageOf(error)})`, {
      cause: error,
    });
  }
}

function report(notice: NoticeSink | undefined, targets: WriteTargets, counts: SkipCounts): void {
  if (!notice) return;
  if (counts.notesSkipped > 0) notice({ code: "notes-skipped", count: counts.notesSkipped, items: [] });
  if (counts.indentSkipped > 0) notice({ code: "indent-skipped", count: counts.indentSkipped, items: [] });
  if (counts.printSkipped.length > 0) {
    notice({ code: "print-skipped", count: counts.printSkipped.length, items: counts.printSkipped });
  }
  if (counts.validationsCut.length > 0) {
    const items = counts.validationsCut;
    notice({ code: "validation-text-cut", count: items.length, items });
  }
  if (targets.renamed.length > 0)
    notice({ code: "names-renamed", count: targets.renamed.length, items: targets.renamed });
}

/**
 * Writes a plan's sheets into the open workbook. Syncs: 1 to read what exists (2 more when an earlier
 * write's lists sheet is there, 1 more when names clash, and 1 to copy the sheets replaced), one per
 * request of at most REQUEST_BYTES, 1 for names, and 1 to delete the copies of replaced sheets.
 * Replaced sheets are rewritten in place (replace-ops.ts), a copy keeping their old content until
 * everything is written; a failure deletes what this write added and puts the old content back, then
 * rethrows.
 */
export async function writeSheets(
  run: ExcelRun,
  plan: WorkbookPlan,
  confirmReplace: (existing: string[]) => Promise<boolean>,
  options: WriteOptions,
): Promise<string[]> {
  validatePlan(plan);
  const existing = await run((context) => readExisting(context, plan, options.supports));
  const clashing = clashingSheets(plan, existing);
  const replace = clashing.length > 0 && (await confirmReplace(clashing));
  const targets = chooseTargets(plan, existing, replace);
  const counts: SkipCounts = { notesSkipped: 0, indentSkipped: 0, printSkipped: [], validationsCut: [] };
  const ops = writeOps(targets, options.supports, counts);
  const before = new Set(existing.sheets.map((s) => s.id));
  try {
    await run(async (context) => {
      await copyReplaced(context, targets.backups);
      await runOps(context, ops, options.requestBytes);
      await commit(
        context,
        targets,
        plan.sheets.some((s) => hasFormulas(s.blocks)),
      );
    });
  } catch (error) {
    await rollbackAfter(run, targets, before, error);
  }
  await deleteBackups(run, targets);
  report(options.notice, targets, counts);
  return targets.sheets.map((s) => s.name);
}
