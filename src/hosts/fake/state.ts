import { columnLetters, type RangeRef } from "../../core/workbook-model/address";
import type { ProtectionOptionsLike } from "../office/excel-api";

/** A workbook as the fake keeps it. Tests may read it directly; only requests change it during a run. */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface CellContent {
  value: string | number | boolean | null;
  /** Without the leading "=". */
  formula?: string;
  /** "#REF!" etc. */
  error?: string;
}

export interface FillState {
  color: string;
  pattern: string;
}

export interface BorderState {
  style: string;
  weight: string;
}

export interface CellFormat {
  numberFormat?: string;
  fill?: FillState;
  font?: {
    name?: string;
    size?: number;
    bold?: boolean;
    italic?: boolean;
    underline?: string;
    color?: string;
  };
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  indentLevel?: number;
  borders?: { top?: BorderState; bottom?: BorderState; left?: BorderState; right?: BorderState };
  locked?: boolean;
}

export interface ValidationState {
  range: RangeRef;
  rule: unknown;
  errorAlert?: unknown;
}

export class SheetState {
  visibility = "Visible";
  tabColor = "";
  showGridlines = true;
  readonly cells = new Map<number, CellContent>();
  /** Formula cells written while calculation was suspended and not recalculated since. */
  readonly dirty = new Set<number>();
  readonly formats = new Map<number, CellFormat>();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  merges: RangeRef[] = [];
  freeze?: { rows: number; columns: number };
  protection?: { options: ProtectionOptionsLike; password?: string };
  readonly pageLayout: Record<string, unknown> = {};
  readonly notes = new Map<string, string>();
  readonly comments = new Map<string, string>();
  validations: ValidationState[] = [];
  names: NameState[] = [];
  charts: ChartState[] = [];

  constructor(
    readonly id: string,
    public name: string,
  ) {}
}

/** Cells a chart reads, kept by sheet id as Excel keeps a reference through a rename. */
export interface ChartRangeState {
  sheetId: string;
  range: RangeRef;
}

export interface ChartSeriesState {
  name: string;
  values: ChartRangeState;
  categories?: ChartRangeState;
}

export interface ChartState {
  id: string;
  name: string;
  type: string;
  title: string;
  series: ChartSeriesState[];
  /** The cells under the chart, "D4" to "M22", once setPosition ran. */
  position?: { start: string; end?: string };
  legend: { visible: boolean; position: string };
  reversePlotOrder: boolean;
  valueMinimum?: unknown;
}

export interface TableState {
  id: string;
  name: string;
  sheetId: string;
  /** Header row to last row, the totals row included when shown. */
  range: RangeRef;
  columns: string[];
  style: string;
  showTotals: boolean;
  showFilterButton: boolean;
}

export interface NameState {
  name: string;
  /** A name that refers to a range; the sheet is kept by id, so renaming the sheet keeps the name right. */
  ref?: { sheetId: string; range: RangeRef };
  /** Any other definition, as written. */
  formula?: string;
}

export class WorkbookState {
  name = "Book1.xlsx";
  readonly sheets: SheetState[] = [];
  tables: TableState[] = [];
  names: NameState[] = [];
  activeSheetId?: string;
  selection?: { sheetId: string; range: RangeRef; areas?: number };
  /** Review › Protect Workbook: sheets cannot be added, deleted, renamed, hidden or shown. */
  structureProtected = false;
  /** Within a request that queued suspendApiCalculationUntilNextSync. */
  calculationSuspended = false;
  private lastId = 0;

  nextId(prefix: string): string {
    this.lastId += 1;
    return `${prefix}${this.lastId}`;
  }

  sheetByName(name: string): SheetState | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  sheetById(id: string): SheetState | undefined {
    return this.sheets.find((s) => s.id === id);
  }
}

export function cellKey(row: number, col: number): number {
  return row * (MAX_COLUMNS + 1) + col;
}

export function keyToCell(key: number): { row: number; col: number } {
  const row = Math.floor(key / (MAX_COLUMNS + 1));
  return { row, col: key - row * (MAX_COLUMNS + 1) };
}

/** Excel quotes a sheet name in an address when it is not a plain identifier. */
export function addressSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** "A1:B2", "C:E" for whole columns, "5:7" for whole rows, as Range.address writes them. */
export function rangeText(r: RangeRef): string {
  if (r.top === 1 && r.bottom === MAX_ROWS) return `${columnLetters(r.left)}:${columnLetters(r.right)}`;
  if (r.left === 1 && r.right === MAX_COLUMNS) return `${r.top}:${r.bottom}`;
  const a = `${columnLetters(r.left)}${r.top}`;
  const b = `${columnLetters(r.right)}${r.bottom}`;
  return a === b ? a : `${a}:${b}`;
}

export function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export function cellCount(r: RangeRef): number {
  return (r.bottom - r.top + 1) * (r.right - r.left + 1);
}
