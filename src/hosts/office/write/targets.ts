import type { NamePlan, SheetPlan, WorkbookPlan } from "../../../core/workbook-model/plan";
import {
  fitSheetName,
  LISTS_SHEET,
  uniqueDefinedName,
  uniqueSheetName,
} from "../../../core/workbook-model/sheet-names";
import type { ExistingLists } from "./list-sources";

/** What a sheet the plan's names clash with holds that rewriting it in place must remove first. */
export interface ClashingSheet {
  tables: string[];
  protected: boolean;
  /** Cell notes and threaded comments (0 where this Excel lacks the API). */
  notes: number;
  comments: number;
}

/** What the workbook holds before a write (read in one request). */
export interface ExistingWorkbook {
  sheets: { id: string; name: string; visibility: string }[];
  tables: string[];
  /** Workbook-scoped names, their formula and the sheet each refers to (undefined for #REF! or a non-range name). */
  names: { name: string; formula: string; sheet?: string }[];
  /** The sheets whose names the plan uses, by their name in the workbook. */
  clashing: Map<string, ClashingSheet>;
  /** The hidden lists sheet an earlier write left, to add to rather than add another. */
  lists?: ExistingLists;
}

/**
 * A sheet replaced in place: it keeps its identity (and so the user's formulas, names and charts that point
 * at it) and gets the new content. Until the write succeeds, a copy of it (`backup`) holds the old content.
 */
export interface ReplacedSheet extends ClashingSheet {
  id: string;
  original: string;
  backup: string;
  visibility: string;
  /** Workbook-scoped names that referred to it, with their formulas, to put back if the write fails. */
  names: { name: string; formula: string }[];
}

/** Where each part of a plan goes, decided before anything is written. */
export interface WriteTargets {
  sheets: { plan: SheetPlan; name: string }[];
  /** Replaced sheets, rewritten in place; their copies are deleted once everything is written. */
  backups: ReplacedSheet[];
  tableNames: Map<string, string>;
  names: { plan: NamePlan; name: string }[];
  /** Existing names that refer to replaced sheets (or to #REF!) and are defined anew by the plan: pointed again, not deleted, so formulas that use them keep working. */
  namesToUpdate: string[];
  listsSheet: string;
  /** What the lists sheet holds already, when it is an earlier write's. */
  existingLists?: ExistingLists;
  /** "old → new" for table and defined names that were taken. */
  renamed: string[];
  /** Sheet names this write adds or rewrites (lower case), for the rollback. */
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
    .map((s): ReplacedSheet => {
      const backup = uniqueSheetName(fitSheetName(s.name, " (cũ)"), takenSheets);
      takenSheets.add(lower(backup));
      const held = existing.clashing.get(s.name) ?? { tables: [], protected: false, notes: 0, comments: 0 };
      const names = existing.names
        .filter((n) => n.sheet !== undefined && lower(n.sheet) === lower(s.name))
        .map(({ name, formula }) => ({ name, formula }));
      return { id: s.id, original: s.name, backup, visibility: s.visibility, names, ...held };
    });
  const existingSheets = new Set(existing.sheets.map((s) => lower(s.name)));
  const taken = new Set(existingSheets);
  for (const b of backups) taken.add(lower(b.backup));
  const sheets = plan.sheets.map((s) => {
    const name = replaced.has(lower(s.name)) ? s.name : uniqueSheetName(s.name, taken);
    taken.add(lower(name));
    return { plan: s, name };
  });
  const existingLists = existing.lists;
  const listsSheet =
    existingLists?.sheet ?? uniqueSheetName(LISTS_SHEET, new Set([...taken, ...takenSheets]));

  // The replaced sheets' tables are deleted before the new ones are added: their names are free.
  const takenNames = new Set([...existing.tables, ...existing.names.map((n) => n.name)].map(lower));
  for (const b of backups) for (const t of b.tables) takenNames.delete(lower(t));
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
  const namesToUpdate: string[] = [];
  const names = (plan.names ?? []).map((p) => {
    const old = stale.find((n) => lower(n.name) === lower(p.name));
    if (old && replace) {
      namesToUpdate.push(old.name);
      return { plan: p, name: old.name };
    }
    return { plan: p, name: claim(p.name) };
  });

  return {
    sheets,
    backups,
    tableNames,
    names,
    namesToUpdate,
    listsSheet,
    existingLists,
    renamed,
    added: new Set([...sheets.map((s) => lower(s.name)), ...(existingLists ? [] : [lower(listsSheet)])]),
  };
}
