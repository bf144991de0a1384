import type { NamePlan, SheetPlan, WorkbookPlan } from "../../core/workbook-model/plan";
import { uniqueDefinedName, uniqueSheetName } from "../../core/workbook-model/sheet-names";

const lower = (s: string): string => s.toLowerCase();

/** The sheets of `current` that `plan` would overwrite (Excel compares sheet names ignoring case). */
export function clashingSheets(current: WorkbookPlan | undefined, plan: WorkbookPlan): string[] {
  const names = new Set((current?.sheets ?? []).map((s) => lower(s.name)));
  return plan.sheets.filter((s) => names.has(lower(s.name))).map((s) => s.name);
}

export interface Added {
  plan: WorkbookPlan;
  /** The names the plan's sheets got, in the plan's order. */
  written: string[];
}

/**
 * The workbook the pane has produced so far with `plan`'s sheets added, as Excel would hold them: sheets
 * with taken names either replace the old ones (`replace`) or get unique names ("Báo cáo (2)"); table and
 * defined names share one namespace, and a taken one gets a suffix ("tbl_sum_scores_2").
 */
export function addSheets(current: WorkbookPlan | undefined, plan: WorkbookPlan, replace: boolean): Added {
  const replaced = new Set(replace ? clashingSheets(current, plan).map(lower) : []);
  const kept = (current?.sheets ?? []).filter((s) => !replaced.has(lower(s.name)));
  const keptNames = (current?.names ?? []).filter((n) => !replaced.has(lower(n.sheet)));

  const takenSheets = new Set(kept.map((s) => lower(s.name)));
  const sheetName = new Map<string, string>();
  for (const sheet of plan.sheets) {
    const name = uniqueSheetName(sheet.name, takenSheets);
    takenSheets.add(lower(name));
    sheetName.set(lower(sheet.name), name);
  }

  const takenNames = new Set(
    [...kept.flatMap((s) => (s.tables ?? []).map((t) => t.name)), ...keptNames.map((n) => n.name)].map(lower),
  );
  const claim = (name: string): string => {
    const actual = uniqueDefinedName(name, takenNames);
    takenNames.add(lower(actual));
    return actual;
  };
  const sheets: SheetPlan[] = plan.sheets.map((sheet) => ({
    ...sheet,
    name: sheetName.get(lower(sheet.name)) ?? sheet.name,
    ...(sheet.tables ? { tables: sheet.tables.map((t) => ({ ...t, name: claim(t.name) })) } : {}),
  }));
  const names: NamePlan[] = (plan.names ?? []).map((n) => ({
    ...n,
    name: claim(n.name),
    sheet: sheetName.get(lower(n.sheet)) ?? n.sheet,
  }));
  return {
    plan: {
      sheets: [...kept, ...sheets],
      names: [...keptNames, ...names],
      properties: { ...current?.properties, ...plan.properties },
    },
    written: sheets.map((s) => s.name),
  };
}
