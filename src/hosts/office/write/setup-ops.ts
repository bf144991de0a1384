import { columnLetters, rangeToA1 } from "../../../core/workbook-model/address";
import type { NotePlan, PrintSetup, SheetPlan } from "../../../core/workbook-model/plan";
import type { PageLayoutLike } from "../excel-api";
import type { Supports } from "../requirements";
import { quoteSheet } from "../sheet-address";
import { sheetOf, simpleOp, type WriteOp } from "./op";

export interface SkipCounts {
  notesSkipped: number;
  indentSkipped: number;
  printSkipped: string[];
  /** Drop-downs ("Sheet!C5:C40") whose error title or message was cut to Excel's limit. */
  validationsCut: string[];
}

/** Excel's column width is in points; a plan's is in characters of the default font (7 px + 5 px padding). */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** Consecutive columns (or rows) of the same size, as [first, last, size]. */
function runs(sizes: Record<number, number>): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (const [key, size] of Object.entries(sizes).sort((a, b) => Number(a[0]) - Number(b[0]))) {
    const n = Number(key);
    const last = out[out.length - 1];
    if (last && last[1] === n - 1 && last[2] === size) last[1] = n;
    else out.push([n, n, size]);
  }
  return out;
}

export function layoutOps(sheet: string, plan: SheetPlan): WriteOp[] {
  const widths = runs(plan.columnWidths ?? {}).map(([first, last, chars]) => {
    const address = `${columnLetters(first)}:${columnLetters(last)}`;
    return simpleOp({ address, chars }, (context) => {
      sheetOf(context, sheet).getRange(address).format.columnWidth = widthInPoints(chars);
    });
  });
  const heights = runs(plan.rowHeights ?? {}).map(([first, last, points]) => {
    const address = `${first}:${last}`;
    return simpleOp({ address, points }, (context) => {
      sheetOf(context, sheet).getRange(address).format.rowHeight = points;
    });
  });
  return [...widths, ...heights];
}

function noteText(note: NotePlan): string {
  return note.author ? `${note.author}:\n${note.text}` : note.text;
}

/**
 * Notes need ExcelApi 1.18 (a worksheet's notes take "A1"); below it they become comments (1.10), whose
 * address must name the sheet; else they are left out and counted.
 */
export function noteOps(sheet: string, notes: NotePlan[], supports: Supports, counts: SkipCounts): WriteOp[] {
  const kind = supports("notes") ? "notes" : supports("comments") ? "comments" : undefined;
  if (!kind) {
    counts.notesSkipped += notes.length;
    return [];
  }
  return notes.map((note) => {
    const address = kind === "notes" ? note.cell : `${quoteSheet(sheet)}!${note.cell}`;
    const text = noteText(note);
    return simpleOp({ address, text }, (context) => {
      sheetOf(context, sheet)[kind].add(address, text);
    });
  });
}

const MM_PER_POINT = 25.4 / 72;

function applyPrint(layout: PageLayoutLike, print: PrintSetup): void {
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = print.paperSize;
  const m = print.margins;
  if (m) {
    layout.topMargin = m.top / MM_PER_POINT;
    layout.bottomMargin = m.bottom / MM_PER_POINT;
    layout.leftMargin = m.left / MM_PER_POINT;
    layout.rightMargin = m.right / MM_PER_POINT;
    if (m.header !== undefined) layout.headerMargin = m.header / MM_PER_POINT;
    if (m.footer !== undefined) layout.footerMargin = m.footer / MM_PER_POINT;
  }
  // 0 pages tall is "as many as needed", as fitToHeight="0" is in the file format.
  if (print.fitToWidth !== undefined)
    layout.zoom = { horizontalFitToPages: print.fitToWidth, verticalFitToPages: print.fitToHeight ?? 0 };
  if (print.horizontalCentered !== undefined) layout.centerHorizontally = print.horizontalCentered;
  if (print.printArea) layout.setPrintArea(print.printArea);
  if (print.repeatRows) {
    const [first, last] = print.repeatRows.split(":");
    layout.setPrintTitleRows(`$${first}:$${last ?? first}`);
  }
  if (print.footerCenter !== undefined)
    layout.headersFooters.defaultForAllPages.centerFooter = print.footerCenter;
  if (print.headerCenter !== undefined)
    layout.headersFooters.defaultForAllPages.centerHeader = print.headerCenter;
  if (print.differentFirst) {
    layout.headersFooters.state = "FirstAndDefault";
    layout.headersFooters.firstPage.centerFooter = "";
    layout.headersFooters.firstPage.centerHeader = "";
  }
}

/** Freeze panes, tab colour, gridlines and (ExcelApi 1.9, else counted) print setup. */
export function setupOps(sheet: string, plan: SheetPlan, supports: Supports, counts: SkipCounts): WriteOp[] {
  const ops: WriteOp[] = [];
  const rows = plan.freeze?.rows ?? 0;
  const cols = plan.freeze?.columns ?? 0;
  if (rows > 0 || cols > 0) {
    ops.push(
      simpleOp({ freeze: [rows, cols] }, (context) => {
        const panes = sheetOf(context, sheet).freezePanes;
        if (rows > 0 && cols > 0) panes.freezeAt(rangeToA1({ top: 1, left: 1, bottom: rows, right: cols }));
        else if (rows > 0) panes.freezeRows(rows);
        else panes.freezeColumns(cols);
      }),
    );
  }
  const { tabColor, showGridLines, print } = plan;
  if (tabColor !== undefined || showGridLines !== undefined) {
    ops.push(
      simpleOp({ tabColor, showGridLines }, (context) => {
        const ws = sheetOf(context, sheet);
        if (tabColor !== undefined) ws.tabColor = `#${tabColor}`;
        if (showGridLines !== undefined) ws.showGridlines = showGridLines;
      }),
    );
  }
  if (print && supports("pageLayout")) {
    ops.push(simpleOp({ print }, (context) => applyPrint(sheetOf(context, sheet).pageLayout, print)));
  } else if (print) {
    counts.printSkipped.push(sheet);
  }
  return ops;
}

const VISIBILITY = { hidden: "Hidden", veryHidden: "VeryHidden" } as const;

/** Protection and hiding come last, after every other write to the sheet. */
export function finishOps(sheet: string, plan: SheetPlan): WriteOp[] {
  const ops: WriteOp[] = [];
  const protect = plan.protect;
  if (protect) {
    ops.push(
      simpleOp({ protect: sheet }, (context) => {
        const options = { allowFormatColumns: true, allowFormatRows: true };
        const protection = sheetOf(context, sheet).protection;
        if (protect.password === undefined) protection.protect(options);
        else protection.protect(options, protect.password);
      }),
    );
  }
  const visibility = plan.visibility ?? "visible";
  if (visibility !== "visible") {
    ops.push(
      simpleOp({ visibility }, (context) => {
        sheetOf(context, sheet).visibility = VISIBILITY[visibility];
      }),
    );
  }
  return ops;
}
