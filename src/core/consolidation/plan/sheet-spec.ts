/**
 * What a summary sheet holds, and where it goes: a title (row 1), a subtitle (row 2), optionally a row of
 * group headers (row 4) merged over their columns, then an Excel table whose header row is row 5 (row 4
 * without groups), its data rows, and an optional totals row.
 */
import { columnLetters } from "../../workbook-model/address";
import type { PlanValue } from "../../workbook-model/plan";
import type { ColumnKind, SummaryColumn } from "./columns";

export const TITLE_ROW = 1;
export const SUBTITLE_ROW = 2;
const GROUP_ROW = 4;

/** Columns `first`..`last` (0-based, inclusive) under one heading. */
export interface ColumnGroup {
  label: string;
  first: number;
  last: number;
}

/** A note on a data cell: `row` and `col` are 0-based within the table's data rows and columns. */
export interface CellNote {
  row: number;
  col: number;
  text: string;
}

/** Data rows `firstRow`..`lastRow` (0-based) of column `col` hold another kind of value. */
export interface KindOverride {
  firstRow: number;
  lastRow: number;
  col: number;
  kind: ColumnKind;
}

export interface SummarySheetSpec {
  name: string;
  table: string;
  title: string;
  subtitle: string;
  columns: SummaryColumn[];
  groups?: ColumnGroup[];
  rows: PlanValue[][];
  /** The totals row, given the sheet rows of the first and last data row (for SUM formulas). */
  totals?: (firstRow: number, lastRow: number) => PlanValue[];
  freezeColumns?: number;
  notes?: CellNote[];
  kindOverrides?: KindOverride[];
}

export function headerRowOf(hasGroups: boolean): number {
  return hasGroups ? GROUP_ROW + 1 : GROUP_ROW;
}

export interface Layout {
  headerRow: number;
  groupRow?: number;
  firstRow: number;
  lastRow: number;
  /** The last row of the table: the totals row when there is one. */
  bottom: number;
  lastCol: string;
}

export function layoutOf(spec: SummarySheetSpec, dataRows: number): Layout {
  const hasGroups = (spec.groups ?? []).length > 0;
  const headerRow = headerRowOf(hasGroups);
  const lastRow = headerRow + dataRows;
  return {
    headerRow,
    groupRow: hasGroups ? GROUP_ROW : undefined,
    firstRow: headerRow + 1,
    lastRow,
    bottom: spec.totals ? lastRow + 1 : lastRow,
    lastCol: columnLetters(spec.columns.length),
  };
}
