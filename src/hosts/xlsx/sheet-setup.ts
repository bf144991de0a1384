import type ExcelJS from "exceljs";
import { parseRange, toA1 } from "../../core/workbook-model/address";
import type { PrintSetup, SheetPlan } from "../../core/workbook-model/plan";
import type { DefinedNameModel } from "./exceljs-hooks";
import { absoluteRef, quoteSheetName } from "../../core/workbook-model/sheet-refs";

const A4 = 9;
const MM_PER_INCH = 25.4;
/** Excel's default margins, in inches, for the ones a plan leaves out. */
const DEFAULT_MARGINS = { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };

/** The view fields ExcelJS writes (its typings lack tabSelected). */
interface SheetView {
  state: "normal" | "frozen";
  xSplit?: number;
  ySplit?: number;
  topLeftCell?: string;
  showGridLines?: boolean;
  tabSelected?: boolean;
}

export function applyLayout(ws: ExcelJS.Worksheet, sheet: SheetPlan, selected: boolean): void {
  for (const [col, width] of Object.entries(sheet.columnWidths ?? {})) {
    ws.getColumn(Number(col)).width = width;
  }
  for (const [row, height] of Object.entries(sheet.rowHeights ?? {})) ws.getRow(Number(row)).height = height;
  const rows = sheet.freeze?.rows ?? 0;
  const columns = sheet.freeze?.columns ?? 0;
  const view: SheetView =
    rows > 0 || columns > 0
      ? { state: "frozen", xSplit: columns, ySplit: rows, topLeftCell: toA1(rows + 1, columns + 1) }
      : { state: "normal" };
  if (sheet.showGridLines !== undefined) view.showGridLines = sheet.showGridLines;
  // Only the active sheet may be selected: a selected hidden sheet confuses Excel's tab bar.
  if (selected) view.tabSelected = true;
  ws.views = [view as unknown as ExcelJS.WorksheetView];
  if (sheet.tabColor) ws.properties.tabColor = { argb: `FF${sheet.tabColor.toUpperCase()}` };
  ws.state = sheet.visibility ?? "visible";
}

function inches(mm: number): number {
  return Math.round((mm / MM_PER_INCH) * 10_000) / 10_000;
}

export function applyPrint(ws: ExcelJS.Worksheet, print: PrintSetup): void {
  const m = print.margins;
  Object.assign(ws.pageSetup, {
    paperSize: A4,
    orientation: print.orientation,
    margins: m
      ? {
          left: inches(m.left),
          right: inches(m.right),
          top: inches(m.top),
          bottom: inches(m.bottom),
          header: m.header === undefined ? DEFAULT_MARGINS.header : inches(m.header),
          footer: m.footer === undefined ? DEFAULT_MARGINS.footer : inches(m.footer),
        }
      : DEFAULT_MARGINS,
    ...(print.fitToWidth !== undefined
      ? { fitToPage: true, fitToWidth: print.fitToWidth, fitToHeight: print.fitToHeight ?? 0 }
      : {}),
    ...(print.horizontalCentered !== undefined ? { horizontalCentered: print.horizontalCentered } : {}),
  });
  if (print.footerCenter !== undefined || print.headerCenter !== undefined || print.differentFirst) {
    Object.assign(ws.headerFooter, {
      ...(print.footerCenter !== undefined ? { oddFooter: `&C${print.footerCenter}` } : {}),
      ...(print.headerCenter !== undefined ? { oddHeader: `&C${print.headerCenter}` } : {}),
      ...(print.differentFirst ? { differentFirst: true, firstFooter: "", firstHeader: "" } : {}),
    });
  }
}

/**
 * Print area and print titles as the sheet-scoped built-in names Excel uses. Written as names (not through
 * ExcelJS's pageSetup) so that sheet names with apostrophes are quoted correctly.
 */
export function printNames(sheet: SheetPlan, sheetIndex: number): DefinedNameModel[] {
  const names: DefinedNameModel[] = [];
  const print = sheet.print;
  if (print?.printArea) {
    names.push({
      name: "_xlnm.Print_Area",
      localSheetId: sheetIndex,
      ranges: [absoluteRef(sheet.name, parseRange(print.printArea))],
    });
  }
  if (print?.repeatRows) {
    const [first, last] = print.repeatRows.split(":");
    const rows = `${quoteSheetName(sheet.name)}!$${first}:$${last}`;
    names.push({ name: "_xlnm.Print_Titles", localSheetId: sheetIndex, ranges: [rows] });
  }
  return names;
}

export async function applyProtection(ws: ExcelJS.Worksheet, password: string | undefined): Promise<void> {
  await ws.protect(password ?? "", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
}
