/**
 * The workbook model ExcelJS 4.4 builds while loading (after `reconcile`, before it turns the model into
 * Worksheet, Row and Cell objects). Only the fields the reader uses are typed; `readParsedModel` checks the
 * outer shapes, per-cell fields are checked where they are read.
 */

export interface CellModel {
  address?: unknown;
  type?: unknown;
  value?: unknown;
  style?: { numFmt?: unknown };
  formula?: unknown;
  /** On the other cells of a shared formula: the address of the cell holding the formula. */
  sharedFormula?: unknown;
  /** "shared" on the cell that holds a shared formula's text. */
  shareType?: unknown;
  result?: unknown;
  text?: unknown;
}

export interface RowModel {
  number?: unknown;
  /** CellModel records, checked one by one in the single pass over the cells. */
  cells: unknown[];
}

export interface TableModel {
  name?: unknown;
  tableRef?: unknown;
  totalsRow?: unknown;
  columns?: unknown;
}

export interface WorksheetModel {
  id?: unknown;
  name: string;
  state?: unknown;
  rows: RowModel[];
  mergeCells: string[];
  tables: TableModel[];
}

export interface ParsedWorkbookModel {
  /** Sheets in workbook order, chart sheets included. */
  sheets: { id?: unknown; name?: unknown }[];
  worksheets: WorksheetModel[];
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null;
}

function records<T>(v: unknown): T[] {
  return Array.isArray(v) ? (v.filter(isRecord) as T[]) : [];
}

function worksheet(v: Record<string, unknown>): WorksheetModel | undefined {
  if (typeof v.name !== "string") return undefined;
  const rows = records<Record<string, unknown>>(v.rows).map((row) => ({
    number: row.number,
    cells: Array.isArray(row.cells) ? (row.cells as unknown[]) : [],
  }));
  const mergeCells = Array.isArray(v.mergeCells)
    ? v.mergeCells.filter((m): m is string => typeof m === "string")
    : [];
  return { id: v.id, name: v.name, state: v.state, rows, mergeCells, tables: records<TableModel>(v.tables) };
}

export function readParsedModel(model: unknown): ParsedWorkbookModel {
  if (!isRecord(model)) throw new Error("ExcelJS produced no workbook model");
  const worksheets = records<Record<string, unknown>>(model.worksheets)
    .map(worksheet)
    .filter((ws): ws is WorksheetModel => ws !== undefined);
  return { sheets: records(model.sheets), worksheets };
}
