import type ExcelJS from "exceljs";
import { parseRange } from "../../core/workbook-model/address";
import type { SheetPlan, WorkbookPlan } from "../../core/workbook-model/plan";
import { addChartParts } from "./charts/add-chart-parts";
import { DefinedNameModel, fixSheetElementOrder, replaceDefinedNames } from "./exceljs-hooks";
import { listSheetName, ListSheet } from "./list-validations";
import { applyLayout, applyPrint, applyProtection, printNames } from "./sheet-setup";
import { absoluteRef } from "../../core/workbook-model/sheet-refs";
import { validatePlan } from "../../core/workbook-model/validate-plan";
import { writeSheetContent } from "./write-sheet";

function isVisible(sheet: SheetPlan): boolean {
  return (sheet.visibility ?? "visible") === "visible";
}

function workbookNames(plan: WorkbookPlan): DefinedNameModel[] {
  const sheetNames = new Map(plan.sheets.map((s) => [s.name.toLowerCase(), s.name]));
  return (plan.names ?? []).map((n) => ({
    name: n.name,
    ranges: [absoluteRef(sheetNames.get(n.sheet.toLowerCase()) ?? n.sheet, parseRange(n.ref))],
  }));
}

function setProperties(workbook: ExcelJS.Workbook, plan: WorkbookPlan): void {
  const p = plan.properties ?? {};
  if (p.title !== undefined) workbook.title = p.title;
  workbook.creator = p.creator ?? "thidua";
  workbook.lastModifiedBy = p.creator ?? "thidua";
  if (p.company !== undefined) workbook.company = p.company;
  const now = new Date();
  workbook.created = now;
  workbook.modified = now;
}

/** Writes a plan as .xlsx bytes. Throws InvalidPlanError (before writing anything) for a malformed plan. */
export async function writeWorkbook(plan: WorkbookPlan): Promise<Uint8Array> {
  validatePlan(plan);
  // Loaded here, not at the top: the CLI and the pane only pay for ExcelJS when they write a workbook.
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  setProperties(workbook, plan);
  const active = plan.sheets.findIndex(isVisible);
  const lists = new ListSheet(listSheetName(plan.sheets.map((s) => s.name)));
  const names: DefinedNameModel[] = [];
  let hasFormulas = false;
  for (const [index, sheet] of plan.sheets.entries()) {
    const ws = workbook.addWorksheet(sheet.name);
    hasFormulas = writeSheetContent(ws, sheet, lists) || hasFormulas;
    applyLayout(ws, sheet, index === active);
    if (sheet.print) applyPrint(ws, sheet.print);
    if (sheet.protect) await applyProtection(ws, sheet.protect.password);
    names.push(...printNames(sheet, index));
  }
  // Added last, so that the plan's sheet indexes (used by sheet-scoped names) stay as they are.
  lists.writeSheet(workbook);
  names.push(...workbookNames(plan));
  workbook.views = [
    { x: 0, y: 0, width: 28800, height: 15000, firstSheet: 0, activeTab: active, visibility: "visible" },
  ];
  // Cached results are what readers without a calculation engine see; Excel recalculates on opening.
  if (hasFormulas) workbook.calcProperties.fullCalcOnLoad = true;
  replaceDefinedNames(workbook, names);
  fixSheetElementOrder(workbook);
  // Level 1 deflates about twice as fast as the default 6 for a file a few percent larger.
  const buffer: unknown = await workbook.xlsx.writeBuffer({
    zip: { compressionOptions: { level: 1 } },
  } as ExcelJS.XlsxWriteOptions);
  if (!(buffer instanceof Uint8Array)) throw new Error("ExcelJS did not return bytes");
  // ExcelJS writes no charts: they are added to the package it wrote.
  return addChartParts(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), plan);
}
