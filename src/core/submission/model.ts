import type { RosterUnit } from "../campaign/model";
import type { Finding } from "../findings/finding";

export interface CellLocation {
  sheet: string;
  cell: string;
}

/**
 * What was read for one field. `unknown` statuses (invalid, error, merged, missing, uncalculated) mean the
 * value could not be known; rules that need it are not evaluated, so one mistake gives one finding.
 */
export type FieldStatus = "ok" | "blank" | "invalid" | "error" | "merged" | "missing" | "uncalculated";

export interface FieldReading {
  fieldId: string;
  status: FieldStatus;
  /** Parsed value: numbers for numeric fields and dates (Excel serial), NFC text for text fields. */
  value: number | string | null;
  location?: CellLocation;
  /** How the cell was found. */
  foundBy?: "name" | "label";
}

export interface TableRowReading {
  /** Row number on the sheet. */
  sheetRow: number;
  /** 1-based position among the table's data rows (blank rows included). */
  index: number;
  values: Record<string, number | string | null>;
  /** A1 address of each column's cell in this row. */
  cells: Record<string, string>;
  /**
   * True for a row typed under a named table, outside its range (LibreOffice does not grow a table when
   * rows are typed below it, Excel does): read as a row of the table all the same.
   */
  belowTable?: true;
}

export interface TableReading {
  id: string;
  foundBy: "name" | "label" | "missing";
  sheet?: string;
  /** Header row on the sheet. */
  headerRow?: number;
  /** Column id → sheet column number, for the columns that were found. */
  columns: Record<string, number>;
  /** Non-blank data rows only: blank rows inside a table are ignored. */
  rows: TableRowReading[];
}

export interface TemplateMetaReading {
  templateId?: string;
  templateVersion?: string;
  criteriaVersion?: string;
  unitCode?: string;
  year?: number;
  workbookKind?: string;
}

/** Set when the workbook is not a unit's form at all: then it has exactly one finding saying so. */
export type NotAForm = { reason: "not-the-template" } | { reason: "thidua-output"; kind: string };

export interface Submission {
  file: string;
  /** The sheet holding the unit's form (where unit_name was found). */
  sheet?: string;
  fields: Record<string, FieldReading>;
  tables: Record<string, TableReading>;
  meta: TemplateMetaReading;
  /** The roster unit matched from unit_name, when it matched. */
  unit?: RosterUnit;
  year?: number;
  /** Findings made while reading (type errors, merged cells, missing labels…). */
  findings: Finding[];
  notAForm?: NotAForm;
}
