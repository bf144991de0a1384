/**
 * The part of the Excel JavaScript API that hosts/office uses, as structural types. Excel's own types
 * (@types/office-js) satisfy them — office-env.ts hands `Excel.run`'s context to code typed with these, so
 * the compiler checks every member here against the real API — and hosts/fake implements them.
 *
 * Where Excel types a property as an enum or a union with enum members, it is `string` here: the host only
 * assigns the documented string forms ("Visible", "EdgeTop", "Solid", …).
 */

export interface Loadable {
  load(propertyNames?: string | string[]): unknown;
}

/** Objects returned by *OrNullObject methods: `isNullObject` is known after the next sync. */
export interface MaybeNull extends Loadable {
  readonly isNullObject: boolean;
}

export interface RangeFillLike extends Loadable {
  color: string;
  /** ExcelApi 1.9. */
  pattern: string;
  clear(): void;
}

export interface RangeFontLike {
  name: string;
  size: number;
  bold: boolean;
  italic: boolean;
  underline: string;
  color: string;
}

export type BorderSide =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

export interface RangeBorderLike {
  style: string;
  weight: string;
}

export interface RangeFormatLike {
  readonly fill: RangeFillLike;
  readonly font: RangeFontLike;
  readonly borders: { getItem(index: BorderSide): RangeBorderLike };
  readonly protection: { locked: boolean };
  wrapText: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
  /** ExcelApi 1.9. */
  indentLevel: number;
  columnWidth: number;
  rowHeight: number;
}

export interface DataValidationLike {
  rule: { list?: { inCellDropDown: boolean; source: string | object } };
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  clear(): void;
}

export interface RangeLike extends MaybeNull {
  readonly address: string;
  values: unknown[][];
  numberFormat: unknown[][];
  formulas: unknown[][];
  readonly rowCount: number;
  readonly columnCount: number;
  /** 0-based. */
  readonly rowIndex: number;
  /** 0-based. */
  readonly columnIndex: number;
  readonly format: RangeFormatLike;
  readonly dataValidation: DataValidationLike;
  readonly worksheet: WorksheetLike;
  merge(across?: boolean): void;
  /** ExcelApi 1.2. */
  unmerge(): void;
  /** ExcelApi 1.1. */
  clear(applyTo?: "All" | "Contents" | "Formats"): void;
  select(): void;
  /** ExcelApi 1.13. */
  getMergedAreasOrNullObject(): MaybeNull & { readonly address: string };
}

export interface NoteLike extends MaybeNull {
  content: string;
  delete(): void;
}

export interface PageLayoutLike {
  orientation: string;
  paperSize: string;
  topMargin: number;
  bottomMargin: number;
  leftMargin: number;
  rightMargin: number;
  headerMargin: number;
  footerMargin: number;
  centerHorizontally: boolean;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  readonly headersFooters: {
    state: string;
    readonly defaultForAllPages: { centerFooter: string; centerHeader: string };
    readonly firstPage: { centerFooter: string; centerHeader: string };
  };
  setPrintArea(printArea: string): void;
  setPrintTitleRows(printTitleRows: string): void;
}

export interface ProtectionOptionsLike {
  allowFormatCells?: boolean;
  allowFormatColumns?: boolean;
  allowFormatRows?: boolean;
  allowEditObjects?: boolean;
  selectionMode?: string;
}

export interface WorksheetProtectionLike extends Loadable {
  readonly protected: boolean;
  readonly options: ProtectionOptionsLike;
  protect(options?: ProtectionOptionsLike, password?: string): void;
  unprotect(password?: string): void;
}

export interface WorksheetLike extends MaybeNull {
  readonly id: string;
  name: string;
  visibility: string;
  tabColor: string;
  showGridlines: boolean;
  readonly names: NamedItemCollectionLike;
  readonly tables: TableCollectionLike;
  readonly freezePanes: {
    freezeRows(count?: number): void;
    freezeColumns(count?: number): void;
    freezeAt(frozenRange: string): void;
    unfreeze(): void;
  };
  readonly protection: WorksheetProtectionLike;
  /** ExcelApi 1.9. */
  readonly pageLayout: PageLayoutLike;
  /** ExcelApi 1.18. */
  readonly notes: {
    add(cellAddress: string, content: string): unknown;
    getItemOrNullObject(key: string): NoteLike;
    getCount(): { readonly value: number };
    getItemAt(index: number): { delete(): void };
  };
  /** ExcelApi 1.10. */
  readonly comments: {
    add(cellAddress: string, content: string): unknown;
    getCount(): { readonly value: number };
    getItemAt(index: number): { delete(): void };
  };
  readonly charts: ChartCollectionLike;
  getRange(address?: string): RangeLike;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeLike;
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeLike;
  activate(): void;
  delete(): void;
  /** ExcelApi 1.7. */
  copy(positionType?: "None" | "Before" | "After" | "Beginning" | "End"): WorksheetLike;
}

/** ExcelApi 1.1, except where marked. */
export interface ChartSeriesLike {
  name: string;
  /** ExcelApi 1.7. */
  setValues(sourceData: RangeLike): void;
  /** ExcelApi 1.7. */
  setXAxisValues(sourceData: RangeLike): void;
}

export interface ChartLike {
  name: string;
  readonly title: { text: string };
  readonly legend: { visible: boolean; position: string };
  readonly axes: {
    /** reversePlotOrder: ExcelApi 1.7. */
    readonly categoryAxis: { reversePlotOrder: boolean };
    readonly valueAxis: { minimum: unknown };
  };
  readonly series: {
    getItemAt(index: number): ChartSeriesLike;
    /** ExcelApi 1.7. */
    add(name?: string): ChartSeriesLike;
  };
  setPosition(startCell: RangeLike | string, endCell?: RangeLike | string): void;
}

export interface ChartCollectionLike extends Loadable {
  readonly count: number;
  readonly items: { readonly name: string }[];
  /** `type` is an Excel.ChartType ("BarClustered", "ColumnClustered"…), `seriesBy` "Auto", "Columns" or "Rows". */
  add(type: string, sourceData: RangeLike, seriesBy?: string): ChartLike;
}

export interface WorksheetCollectionLike extends Loadable {
  readonly items: WorksheetLike[];
  getItem(key: string): WorksheetLike;
  getItemOrNullObject(key: string): WorksheetLike;
  add(name?: string): WorksheetLike;
  getActiveWorksheet(): WorksheetLike;
}

export interface NamedItemLike extends Loadable {
  readonly name: string;
  readonly type: string;
  /** "=Sheet1!$C$5" for a name that refers to a range; settable from ExcelApi 1.7. */
  formula: unknown;
  delete(): void;
}

export interface NamedItemCollectionLike extends Loadable {
  readonly items: NamedItemLike[];
  add(name: string, reference: string, comment?: string): unknown;
  getItem(name: string): NamedItemLike;
}

export interface TableLike extends Loadable {
  name: string;
  style: string;
  showTotals: boolean;
  showFilterButton: boolean;
  readonly columns: Loadable & { readonly items: { readonly name: string }[] };
  readonly worksheet: WorksheetLike;
  getRange(): RangeLike;
  delete(): void;
}

export interface TableCollectionLike extends Loadable {
  readonly items: TableLike[];
  add(address: string, hasHeaders: boolean): TableLike;
  getItem(key: string): TableLike;
}

export interface WorkbookProtectionLike extends Loadable {
  readonly protected: boolean;
}

export interface WorkbookLike extends Loadable {
  readonly name: string;
  /** ExcelApi 1.7. */
  readonly protection: WorkbookProtectionLike;
  readonly worksheets: WorksheetCollectionLike;
  readonly names: NamedItemCollectionLike;
  readonly tables: TableCollectionLike;
  getSelectedRange(): RangeLike;
}

export interface RequestContextLike {
  readonly workbook: WorkbookLike;
  readonly application: {
    suspendApiCalculationUntilNextSync(): void;
    /** ExcelApi 1.1. */
    calculate(calculationType: "Recalculate" | "Full" | "FullRebuild"): void;
  };
  sync(): Promise<unknown>;
}

/** `Excel.run` with the one signature the host uses. */
export type ExcelRun = <T>(batch: (context: RequestContextLike) => Promise<T>) => Promise<T>;
