/**
 * A host-neutral picture of a workbook, as read by a host (the .xlsx reader, Office.js, the fake).
 * Plain data only: the core reads it, never the host's objects.
 */

/** A cell's value. Dates are Excel serial numbers (1900 date system); the number format says it is a date. */
export type CellValue = string | number | boolean | null;

export interface CellSnapshot {
  /** The value, or the cached result of a formula (null when a formula has no cached result). */
  value: CellValue;
  /** An Excel error such as "#REF!" or "#DIV/0!" shown by the cell (value is then null). */
  error?: string;
  /** The formula without the leading "=", when the cell holds one. */
  formula?: string;
  /** The number format code, when not "General". */
  numFmt?: string;
}

export type SheetVisibility = "visible" | "hidden" | "veryHidden";

export interface SheetSnapshot {
  name: string;
  visibility: SheetVisibility;
  /** Non-empty cells keyed by A1 address ("B12"). Cells inside a merge other than its top-left are absent. */
  cells: Record<string, CellSnapshot>;
  /** Merged ranges as A1 ranges ("A1:C1"). */
  merges: string[];
}

/** A defined name that points at a single range on one sheet. Workbook scope unless `scopeSheet` is set. */
export interface DefinedNameSnapshot {
  name: string;
  sheet: string;
  /** A1 address or range on that sheet, without "$" ("C5" or "C5:C9"). */
  ref: string;
  scopeSheet?: string;
}

export interface TableSnapshot {
  name: string;
  sheet: string;
  /** The whole table including its header row ("A10:F25"). */
  ref: string;
  /** Header texts in column order. */
  columns: string[];
  /** True when the table has a totals row (its last row). */
  totalsRow?: boolean;
}

export interface WorkbookSnapshot {
  /** The file name (no folders) the workbook came from, or the workbook's name in Excel. */
  fileName: string;
  sheets: SheetSnapshot[];
  names: DefinedNameSnapshot[];
  tables: TableSnapshot[];
}
