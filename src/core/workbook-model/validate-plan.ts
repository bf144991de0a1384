import type { WorkbookPlan } from "./plan";
import { definedNameProblem, sheetNameProblem } from "./name-rules";
import { fail } from "./plan-error";
import { tryParseRange } from "./sheet-refs";
import { validateCharts } from "./validate-charts";
import { validateSheet } from "./validate-sheet";

/**
 * Throws InvalidPlanError for a plan that would become a file Excel or LibreOffice has to repair:
 * bad or duplicate sheet names, duplicate table or defined names, overlapping merges or tables, tables whose
 * ref does not match their columns, charts whose ranges do not fit, and so on.
 */
export function validatePlan(plan: WorkbookPlan): void {
  if (plan.sheets.length === 0) fail("it has no sheets");
  const sheets = new Map<string, string>();
  for (const sheet of plan.sheets) {
    const problem = sheetNameProblem(sheet.name);
    if (problem) fail(`sheet name "${sheet.name}" ${problem}`);
    const key = sheet.name.toLowerCase();
    if (sheets.has(key)) fail(`duplicate sheet name "${sheet.name}" (Excel ignores case)`);
    sheets.set(key, sheet.name);
  }
  if (plan.sheets.every((s) => (s.visibility ?? "visible") !== "visible")) {
    fail("at least one sheet must be visible");
  }

  // Table names and defined names share one namespace in Excel.
  const names = new Set<string>();
  const claim = (name: string, what: string) => {
    if (names.has(name.toLowerCase())) {
      fail(`duplicate ${what} "${name}" (table and defined names must be unique)`);
    }
    names.add(name.toLowerCase());
  };
  for (const sheet of plan.sheets) {
    validateSheet(sheet);
    for (const table of sheet.tables ?? []) claim(table.name, "table name");
  }
  for (const name of plan.names ?? []) {
    const problem = definedNameProblem(name.name);
    if (problem) fail(`defined name "${name.name}" ${problem}`);
    claim(name.name, "defined name");
    if (!sheets.has(name.sheet.toLowerCase())) {
      fail(`defined name "${name.name}" refers to a missing sheet "${name.sheet}"`);
    }
    if (!tryParseRange(name.ref)) fail(`defined name "${name.name}": "${name.ref}" is not an A1 range`);
  }
  validateCharts(plan);
}
