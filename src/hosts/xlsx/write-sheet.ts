import type ExcelJS from "exceljs";
import { parseA1, parseRange } from "../../core/workbook-model/address";
import type { NotePlan, SheetPlan } from "../../core/workbook-model/plan";
import { applyStyles } from "./apply-styles";
import { CellGrid, collectValues } from "./cell-grid";
import { escapeText, toExcelValue } from "./excel-values";
import { addListValidations, ListSheet } from "./list-validations";
import { fail } from "../../core/workbook-model/plan-error";
import { addTable } from "./write-tables";

/** A merge keeps only its top-left value; anything else written under it would be lost silently. */
function checkCoveredCells(sheet: SheetPlan, grid: CellGrid): void {
  for (const merge of sheet.merges ?? []) {
    const r = parseRange(merge);
    for (let row = r.top; row <= r.bottom; row++) {
      const cells = grid.get(row);
      if (!cells) continue;
      for (let col = r.left; col <= r.right; col++) {
        const v = cells.get(col);
        if ((row !== r.top || col !== r.left) && v !== undefined && v !== "") {
          fail(
            `sheet "${sheet.name}": a value is written inside merge ${merge} but not in its top-left cell`,
          );
        }
      }
    }
  }
}

function hasFormulas(grid: CellGrid): boolean {
  for (const cells of grid.values()) {
    for (const v of cells.values()) if (typeof v === "object") return true;
  }
  return false;
}

function writeGrid(ws: ExcelJS.Worksheet, grid: CellGrid): void {
  for (const [rowNumber, cells] of grid) {
    const row = ws.getRow(rowNumber);
    for (const [col, v] of cells) row.getCell(col).value = toExcelValue(v);
  }
}

function addNote(ws: ExcelJS.Worksheet, note: NotePlan): void {
  // Excel shows a note's author as a bold first line that is part of the note's text.
  const body = { text: escapeText(note.text) };
  const texts = note.author
    ? [{ font: { bold: true }, text: `${escapeText(note.author)}:\n` }, body]
    : [body];
  const { row, col } = parseA1(note.cell);
  ws.getCell(row, col).note = { texts };
}

/** Values, tables, merges, styles, notes and list validations of one sheet. Returns true if it has formulas. */
export function writeSheetContent(ws: ExcelJS.Worksheet, sheet: SheetPlan, lists: ListSheet): boolean {
  const grid = collectValues(sheet.blocks);
  const hasFormula = hasFormulas(grid);
  checkCoveredCells(sheet, grid);
  for (const table of sheet.tables ?? []) addTable(ws, table, grid);
  writeGrid(ws, grid);
  for (const merge of sheet.merges ?? []) {
    const r = parseRange(merge);
    ws.mergeCellsWithoutStyle(r.top, r.left, r.bottom, r.right);
  }
  applyStyles(ws, sheet.styles ?? []);
  for (const note of sheet.notes ?? []) addNote(ws, note);
  addListValidations(ws, sheet.validations ?? [], lists);
  return hasFormula;
}
