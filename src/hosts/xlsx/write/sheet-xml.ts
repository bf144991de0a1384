import { columnLetters, parseA1, parseRange, rangeToA1 } from "../../../core/workbook-model/address";
import type { PlanValue, SheetPlan } from "../../../core/workbook-model/plan";
import { fail } from "../../../core/workbook-model/plan-error";
import { CellGrid } from "../cell-grid";
import { escapeText } from "../excel-values";
import { listValidationsXml, type ListSheet } from "../list-validations";
import { CellStyles } from "./cell-styles";
import type { PartWriter } from "./package-writer";
import type { SharedStrings } from "./shared-strings";
import type { PasswordHash } from "./sheet-password";
import { columnsXml, printXml, protectionXml, sheetPropertiesXml, sheetViewsXml } from "./sheet-setup-xml";
import type { StyleTable } from "./style-table";
import { xml } from "./xml-escape";

/** What a sheet's XML refers to outside itself. */
export interface SheetContext {
  strings: SharedStrings;
  styles: StyleTable;
  lists: ListSheet;
  selected: boolean;
  password?: PasswordHash;
  /** Relationship ids of the sheet's table parts, and of its notes drawing. */
  tableRelIds: string[];
  notesRelId?: string;
}

/** A merge keeps only its top-left value; anything else written under it would be lost silently. */
export function checkCoveredCells(sheet: SheetPlan, grid: CellGrid): void {
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

const letters: string[] = [];
function columnName(col: number): string {
  return (letters[col] ??= columnLetters(col));
}

/**
 * One <c> element. Plain strings are always text (never formulas); a formula keeps its cached result, except
 * a text result XML cannot carry as it is (control characters): readers do not decode escapes in a cached
 * value, so it is left for Excel to calculate rather than stored changed.
 */
function cellXml(
  ref: string,
  value: Exclude<PlanValue, null> | undefined,
  xf: number,
  strings: SharedStrings,
): string {
  const s = xf > 0 ? ` s="${xf}"` : "";
  if (value === undefined) return `<c r="${ref}"${s}/>`;
  if (typeof value === "string") return `<c r="${ref}"${s} t="s"><v>${strings.indexOf(value)}</v></c>`;
  if (typeof value === "number") return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  const f = `<f>${xml(value.formula.replace(/^=/, ""))}</f>`;
  const result = value.result;
  if (result === undefined || (typeof result === "string" && escapeText(result) !== result)) {
    return `<c r="${ref}"${s}>${f}</c>`;
  }
  if (typeof result === "string") return `<c r="${ref}"${s} t="str">${f}<v>${xml(result)}</v></c>`;
  if (typeof result === "boolean") return `<c r="${ref}"${s} t="b">${f}<v>${result ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s}>${f}<v>${result}</v></c>`;
}

/** The cells that carry a note, row → columns: each gets a cell element even when empty, as Excel writes it. */
function noteCells(sheet: SheetPlan): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const note of sheet.notes ?? []) {
    const { row, col } = parseA1(note.cell);
    const cols = out.get(row);
    if (cols) cols.push(col);
    else out.set(row, [col]);
  }
  return out;
}

/** The rows that hold values, notes or a custom height, ascending. */
function valueRows(grid: CellGrid, sheet: SheetPlan, notes: Map<number, number[]>): number[] {
  const rows = new Set(grid.keys());
  for (const row of notes.keys()) rows.add(row);
  for (const row of Object.keys(sheet.rowHeights ?? {})) rows.add(Number(row));
  return [...rows].sort((a, b) => a - b);
}

/** The columns of a row that get a cell element, ascending: styled ones, and those with a value or a note. */
function rowColumns(
  styles: CellStyles,
  values: Map<number, unknown> | undefined,
  noted: number[] | undefined,
): number[] {
  let others: number[] | undefined;
  if (values) for (const col of values.keys()) if (!styles.covers(col)) (others ??= []).push(col);
  if (noted) for (const col of noted) if (!styles.covers(col)) (others ??= []).push(col);
  if (others === undefined) return styles.columns;
  return [...new Set([...styles.columns, ...others])].sort((a, b) => a - b);
}

/** <sheetData>, row by row: values, styled cells, row heights. */
function writeSheetData(part: PartWriter, sheet: SheetPlan, grid: CellGrid, ctx: SheetContext): void {
  const styles = new CellStyles(sheet.styles ?? [], ctx.styles);
  const heights = sheet.rowHeights ?? {};
  const notes = noteCells(sheet);
  const rows = valueRows(grid, sheet, notes);
  part.write("<sheetData>");
  let next = 0;
  let row = Math.min(rows[0] ?? Infinity, styles.nextStart(1));
  while (row !== Infinity) {
    styles.row(row);
    const values = grid.get(row);
    const height = heights[row];
    const noted = notes.get(row);
    if (values || noted || styles.columns.length > 0 || height !== undefined) {
      const ht = height === undefined ? "" : ` ht="${height}" customHeight="1"`;
      let line = `<row r="${row}"${ht}>`;
      for (const col of rowColumns(styles, values, noted)) {
        const xf = styles.covers(col) ? styles.xfAt(col) : 0;
        line += cellXml(`${columnName(col)}${row}`, values?.get(col), xf, ctx.strings);
      }
      part.write(`${line}</row>`);
    }
    while (next < rows.length && rows[next] <= row) next++;
    const following = row + 1;
    row = styles.hasActive() ? following : Math.min(rows[next] ?? Infinity, styles.nextStart(following));
  }
  part.write("</sheetData>");
}

/** The worksheet part, written in the schema's element order. Call after the table headers were placed. */
export function writeSheetXml(part: PartWriter, sheet: SheetPlan, grid: CellGrid, ctx: SheetContext): void {
  part.write(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      sheetPropertiesXml(sheet) +
      sheetViewsXml(sheet, ctx.selected) +
      '<sheetFormatPr defaultRowHeight="15"/>' +
      columnsXml(sheet),
  );
  writeSheetData(part, sheet, grid, ctx);
  const merges = sheet.merges ?? [];
  part.write(
    (sheet.protect ? protectionXml(ctx.password) : "") +
      (merges.length > 0
        ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${rangeToA1(parseRange(m))}"/>`).join("")}</mergeCells>`
        : "") +
      listValidationsXml(sheet.validations ?? [], ctx.lists) +
      printXml(sheet.print) +
      (ctx.notesRelId ? `<legacyDrawing r:id="${ctx.notesRelId}"/>` : "") +
      (ctx.tableRelIds.length > 0
        ? `<tableParts count="${ctx.tableRelIds.length}">${ctx.tableRelIds.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`
        : "") +
      "</worksheet>",
  );
  part.end();
}
