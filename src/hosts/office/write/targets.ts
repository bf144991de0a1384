import type { NamePlan, SheetPlan, WorkbookPlan } from "../../../core/workbook-model/plan";
import { fitSheetName, uniqueDefinedName, uniqueSheetName } from "../../../core/workbook-model/sheet-names";

/** What the workbook holds before a write (read in one request). */
export interface ExistingWorkbook {
  sheets: { id: string; name: string; visibility: string }[];
  tables: string[];
  /** Workbook-scoped names and the sheet each refers to (undefined for #REF! or a non-range name). */
  names: { name: string; sheet?: string }[];
  /** Tables on the sheets whose names the plan uses. */
  tablesBySheet: Map<string, string[]>;
}

/** Where each part of a plan goes, decided before anything is written. */
export interface WriteTargets {
  sheets: { plan: SheetPlan; name: string }[];
  /** Replaced sheets, renamed out of the way until the new ones are written, then deleted. */
  backups: { id: string; original: string; backup: string; veryHidden: boolean }[];
  tableBackups: { original: string; backup: string }[];
  tableNames: Map<string, string>;
  names: { plan: NamePlan; name: string }[];
  /** Existing names that refer to replaced sheets and are defined anew by the plan. */
  namesToDelete: string[];
  listsSheet: string;
  /** "old → new" for table and defined names that were taken. */
  renamed: string[];
  /** Sheet names this write adds (lower case), for the rollback. */
  added: Set<string>;
}

const lower = (s: string): string => s.toLowerCase();

export function clashingSheets(plan: WorkbookPlan, existing: ExistingWorkbook): string[] {
  const names = new Set(existing.sheets.map((s) => lower(s.name)));
  return plan.sheets.filter((s) => names.has(lower(s.name))).map((s) => s.name);
}

/**
 * New sheets keep the plan's names when the clashing sheets are replaced, else get unique names
 * ("Tổng hợp chỉ tiêu (2)"). Tables and defined names share Excel's namespace: one that is taken (other
 * than by a replaced sheet) gets a suffix ("tbl_sum_scores_2").
 */
export function chooseTargets(
  plan: WorkbookPlan,
  existing: ExistingWorkbook,
  replace: boolean,
): WriteTargets {
  const takenSheets = new Set([
    ...existing.sheets.map((s) => lower(s.name)),
    ...plan.sheets.map((s) => lower(s.name)),
  ]);
  const replaced = new Set(replace ? clashingSheets(plan, existing).map(lower) : []);
  const backups = existing.sheets
    .filter((s) => replaced.has(lower(s.name)))
    .map((s) => {
      const backup = uniqueSheetName(fitSheetName(s.name, " (cũ)"), takenSheets);
      takenSheets.add(lower(backup));
      return { id: s.id, original: s.name, backup, veryHidden: s.visibility === "VeryHidden" };
    });
  const existingSheets = new Set(existing.sheets.map((s) => lower(s.name)));
  const taken = new Set(existingSheets);
  for (const b of backups) taken.add(lower(b.backup));
  const sheets = plan.sheets.map((s) => {
    const name = replaced.has(lower(s.name)) ? s.name : uniqueSheetName(s.name, taken);
    taken.add(lower(name));
    return { plan: s, name };
  });
  const listsSheet = uniqueSheetName("_lists", new Set([...taken, ...takenSheets]));

  const replacedTables = backups.flatMap((b) => existing.tablesBySheet.get(b.original) ?? []);
  const takenNames = new Set([...existing.tables, ...existing.names.map((n) => n.name)].map(lower));
  const tableBackups = replacedTables.map((original) => {
    takenNames.delete(lower(original));
    const backup = uniqueDefinedName(`${original}_old`, takenNames);
    takenNames.add(lower(backup));
    return { original, backup };
  });
  const renamed: string[] = [];
  const claim = (name: string): string => {
    const actual = uniqueDefinedName(name, takenNames);
    takenNames.add(lower(actual));
    if (actual !== name) renamed.push(`${name} → ${actual}`);
    return actual;
  };
  const tableNames = new Map<string, string>();
  for (const s of plan.sheets) for (const t of s.tables ?? []) tableNames.set(t.name, claim(t.name));

  const stale = existing.names.filter((n) => n.sheet === undefined || replaced.has(lower(n.sheet)));
  const namesToDelete: string[] = [];
  const names = (plan.names ?? []).map((p) => {
    const old = stale.find((n) => lower(n.name) === lower(p.name));
    if (old && replace) {
      namesToDelete.push(old.name);
      return { plan: p, name: p.name };
    }
    return { plan: p, name: claim(p.name) };
  });

  return {
    sheets,
    backups,
    tableBackups,
    tableNames,
    names,
    namesToDelete,
    listsSheet,
    renamed,
    added: new Set([...sheets.map((s) => lower(s.name)), lower(listsSheet)]),
  };
}
