import { parseRange } from "../../../core/workbook-model/address";
import type { SheetPlan, WorkbookPlan } from "../../../core/workbook-model/plan";
import { absoluteRef, quoteSheetName } from "../../../core/workbook-model/sheet-refs";
import type { WorkbookName } from "./package-parts";

/** Print area and print titles as the sheet-scoped built-in names Excel uses. */
export function printNames(sheet: SheetPlan, sheetIndex: number): WorkbookName[] {
  const names: WorkbookName[] = [];
  const print = sheet.print;
  if (print?.printArea) {
    names.push({
      name: "_xlnm.Print_Area",
      localSheetId: sheetIndex,
      ref: absoluteRef(sheet.name, parseRange(print.printArea)),
    });
  }
  if (print?.repeatRows) {
    const [first, last] = print.repeatRows.split(":");
    names.push({
      name: "_xlnm.Print_Titles",
      localSheetId: sheetIndex,
      ref: `${quoteSheetName(sheet.name)}!$${first}:$${last}`,
    });
  }
  return names;
}

/** The plan's workbook-scoped names, their sheets spelled as the plan's sheets are (names match any case). */
export function workbookNames(plan: WorkbookPlan): WorkbookName[] {
  const sheetNames = new Map(plan.sheets.map((s) => [s.name.toLowerCase(), s.name]));
  return (plan.names ?? []).map((n) => ({
    name: n.name,
    ref: absoluteRef(sheetNames.get(n.sheet.toLowerCase()) ?? n.sheet, parseRange(n.ref)),
  }));
}
