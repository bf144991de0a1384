/**
 * A declarative description of what to write into a workbook. The core builds plans; hosts apply them
 * (hosts/xlsx writes an .xlsx, hosts/office writes into the open workbook). Nothing here is host-specific.
 */

/** An explicit formula, written as a formula. Any plain string is always written as text, never as a formula. */
export interface PlanFormula {
  formula: string;
  /** Result to store as the cached value where the host can (xlsx), so readers that do not calculate see it. */
  result?: string | number | boolean;
}

export type PlanValue = string | number | boolean | null | PlanFormula;

export type HorizontalAlign = "left" | "center" | "right" | "justify" | "centerContinuous";
export type VerticalAlign = "top" | "middle" | "bottom";
export type BorderWeight = "thin" | "medium" | "hair" | "dotted";

export interface FontStyle {
  name?: string;
  /** Points. */
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** "RRGGBB". */
  color?: string;
}

export interface CellStyle {
  font?: FontStyle;
  /** Solid fill colour "RRGGBB". */
  fill?: string;
  horizontal?: HorizontalAlign;
  vertical?: VerticalAlign;
  wrap?: boolean;
  /** Indent level (Excel's indent, about 3 characters each). */
  indent?: number;
  /** Borders on each cell of the range. */
  border?: { top?: BorderWeight; bottom?: BorderWeight; left?: BorderWeight; right?: BorderWeight };
  numFmt?: string;
  /** Protection lock; cells are locked by default in Excel, so input cells set this to false. */
  locked?: boolean;
}

/**
 * A rectangle of values whose top-left cell is `origin`. Rows may be ragged; missing cells and `null` values
 * leave the cell alone (as Office.js does with null in a values array); "" leaves the cell empty.
 */
export interface CellBlock {
  origin: string;
  rows: PlanValue[][];
}

export interface StyledRange {
  /** A1 range or single cell. */
  range: string;
  style: CellStyle;
}

export interface TablePlan {
  name: string;
  /** Range including the header row; the header texts are the first row of `columns`. */
  ref: string;
  columns: string[];
  /** "TableStyleMedium2" etc.; omitted means "TableStyleLight9". */
  style?: string;
  showFilter?: boolean;
  totalsRow?: boolean;
}

export interface ListValidation {
  /** Cells that get the drop-down. */
  range: string;
  /** The allowed values. */
  values: string[];
  /** Message when a value outside the list is typed. */
  error?: { title: string; message: string };
}

export interface NotePlan {
  cell: string;
  text: string;
  author?: string;
}

export interface PrintSetup {
  orientation: "portrait" | "landscape";
  paperSize: "A4";
  /** Margins in millimetres. */
  margins?: { top: number; bottom: number; left: number; right: number; header?: number; footer?: number };
  /** Fit to this many pages wide (height free unless fitToHeight is given). */
  fitToWidth?: number;
  /** With fitToWidth: this many pages tall (a sheet of charts on one page). */
  fitToHeight?: number;
  printArea?: string;
  /** Rows repeated on every page, "1:3". */
  repeatRows?: string;
  /** Centre footer text in Excel header/footer codes, e.g. "&P". */
  footerCenter?: string;
  /** Centre header text in the same codes (Decree 30 puts page numbers in the top margin). */
  headerCenter?: string;
  /** Different first page (no page number on page 1). */
  differentFirst?: boolean;
  horizontalCentered?: boolean;
}

/** Cells on a sheet of the plan that a chart reads: "C6:C15", a single row or column (or one cell). */
export interface ChartRef {
  sheet: string;
  range: string;
}

export interface ChartSeriesPlan {
  /** The cell holding the series' name (a header), so the legend follows an edit of it. */
  name: ChartRef;
  /** The category labels (unit names, years). */
  categories: ChartRef;
  /** The figures, as many cells as there are categories. */
  values: ChartRef;
}

/**
 * A native chart drawn over the cells `anchor` ("D4:M22") of its sheet. Its series refer to cells, never to
 * copies of the figures, so the chart follows when the user edits a figure. "bar" has horizontal bars,
 * listed top to bottom in the order of the categories; "column" has vertical ones.
 */
export interface ChartPlan {
  kind: "bar" | "column";
  title: string;
  anchor: string;
  series: ChartSeriesPlan[];
}

export interface SheetPlan {
  name: string;
  visibility?: "visible" | "hidden" | "veryHidden";
  /** Column widths in characters, by 1-based column number. */
  columnWidths?: Record<number, number>;
  /** Row heights in points, by 1-based row number. */
  rowHeights?: Record<number, number>;
  blocks: CellBlock[];
  /** Applied in order after the values; a later style's properties override an earlier one's. */
  styles?: StyledRange[];
  merges?: string[];
  tables?: TablePlan[];
  validations?: ListValidation[];
  notes?: NotePlan[];
  /** Freeze panes: rows above `row` and columns left of `column` stay (1-based counts of frozen lines). */
  freeze?: { rows: number; columns: number };
  /** Protect the sheet: locked cells cannot be edited; unlocked ones (style.locked = false) can. */
  protect?: { password?: string };
  print?: PrintSetup;
  /** Sheet tab colour "RRGGBB". */
  tabColor?: string;
  showGridLines?: boolean;
  /** Native charts drawn on this sheet. */
  charts?: ChartPlan[];
  /**
   * Rows of its table left out: they would pass Excel's last row (the last row that fits says so). A door
   * that writes the sheet tells the user too.
   */
  rowsLeftOut?: number;
}

export interface NamePlan {
  name: string;
  sheet: string;
  /** A1 cell or range on that sheet ("C5", "C5:C9"). */
  ref: string;
}

export interface WorkbookPlan {
  sheets: SheetPlan[];
  /** Workbook-scoped defined names. */
  names?: NamePlan[];
  /** Document properties. */
  properties?: { title?: string; creator?: string; company?: string };
}

/**
 * The sheets of a plan that could not hold all their rows, with how many each left out. Named as in the
 * plan, or by `written`: the names a host wrote the plan's sheets under, one for each, in its order.
 */
export function sheetsWithRowsLeftOut(
  plan: WorkbookPlan,
  written: readonly string[] = [],
): { sheet: string; rows: number }[] {
  return plan.sheets.flatMap((s, i) =>
    s.rowsLeftOut ? [{ sheet: written[i] ?? s.name, rows: s.rowsLeftOut }] : [],
  );
}
