/**
 * What consolidation produces: plain, serialisable data that the summary plan, the CLI and the report
 * builder read. Nothing here refers to a host.
 */
import type { RosterUnit, Severity } from "../campaign/model";
import type { Lang } from "../locale/lang";
import type { FileCheck } from "../validation/file-check";
import type { Finding, FindingCode } from "../findings/finding";

export interface ConsolidationInput {
  check: FileCheck;
  /** Short hash of the file's bytes, computed by the host. */
  checksum?: string;
}

export interface ConsolidationOptions {
  /** One year (annual report); exactly one of `year` and `period` is given. */
  year?: number;
  /** A period (sơ kết, tổng kết); its review year is `to`. */
  period?: { from: number; to: number };
  /** Leave units whose file has errors out of the figures (default: include them with a mark). */
  excludeInvalid?: boolean;
  /** Language of the findings' messages (default vi). */
  lang?: Lang;
}

/** Where a number was read: the unit's file, sheet and cell. */
export interface SourceRef {
  file: string;
  sheet: string;
  cell: string;
}

export interface IndicatorDef {
  id: string;
  label: string;
  labelEn: string;
  /** Unit of measure ("buổi", "đồng"); "" when the campaign gives none. */
  unit: string;
  /** Group heading above the indicator; "" when none. */
  group: string;
}

export interface IndicatorValue {
  /** Null when the unit did not submit, was left out, or the cell could not be read: never a made-up 0. */
  value: number | null;
  source?: SourceRef;
}

/**
 * What became of one unit's report for one year: "valid" and "with-errors" are merged, "excluded" had errors
 * and was left out (excludeInvalid), "missing" has no file.
 */
export type SlotState = "valid" | "with-errors" | "excluded" | "missing";

export interface UnitYear {
  year: number;
  state: SlotState;
  /** True for "valid" and "with-errors". */
  included: boolean;
  /** The file used (the later report date among duplicates), also when it was excluded. */
  file?: string;
  checksum?: string;
  /** The other files for the same unit and year, not used. */
  duplicates: string[];
  values: Record<string, IndicatorValue>;
}

export interface UnitResult {
  unit: RosterUnit;
  /** One entry per requested year, in ascending order. */
  years: UnitYear[];
  /** A year's values, or for a period the sum over the included years (null when no year has a value). */
  values: Record<string, number | null>;
  /** "Chưa nộp", "Có lỗi", "Có lỗi – không tổng hợp" (per year for a period, "…năm 2022"); "" when none. */
  note: string;
}

export interface YearTotals {
  year: number;
  /** Units whose report for the year was merged. */
  unitsIncluded: number;
  /** Sum of the included units' known values per indicator. */
  totals: Record<string, number>;
}

export interface ScoreRow {
  unit: RosterUnit;
  /** The review year. */
  year: number;
  state: SlotState;
  included: boolean;
  /** By criterion id; null when unknown or the unit is not included. */
  self: Record<string, number | null>;
  review: Record<string, number | null>;
  selfTotal: number | null;
  reviewTotal: number | null;
  /** The total that classifies and ranks: reviewer's where present, else self. */
  total: number | null;
  classification: string | null;
  /** 1 = best; equal units share a rank (1, 2, 2, 4); null when not ranked. */
  rank: number | null;
  /** An error finding at one of its score cells: then no classification and no rank. */
  scoreErrors: boolean;
  note: string;
}

export interface ClassificationCount {
  label: string;
  count: number;
}

export interface TableRowSource {
  file: string;
  sheet: string;
  /** Row on the unit's sheet. */
  row: number;
}

export interface ProposalRow {
  unit: RosterUnit;
  year: number;
  /** Values by the campaign's tbl_proposals column ids, text NFC. */
  values: Record<string, string | number | null>;
  form: string | null;
  /** Position of the form in the campaign's list (higher is higher); -1 when not in the list. */
  formRank: number;
  /** Codes of the other units proposing the same individual: the first LISTED_UNITS of them. */
  duplicateWith: string[];
  /** How many other units propose the same individual (duplicateWith lists at most LISTED_UNITS). */
  duplicateCount: number;
  /** "Trùng với: Thanh tra Sở, …" (at most LISTED_UNITS names, then "và N đơn vị khác") or "". */
  flag: string;
  source: TableRowSource;
}

export interface InitiativeRow {
  unit: RosterUnit;
  year: number;
  values: Record<string, string | number | null>;
  source: TableRowSource;
}

export type StatusCode =
  | "valid"
  | "with-errors"
  | "excluded"
  | "missing"
  | "duplicate"
  | "unreadable"
  | "unknown-unit"
  | "not-the-template"
  | "thidua-output"
  | "other-year"
  | "identical-copy";

export interface StatusRow {
  /** Roster code, null for a file whose unit is not in the roster or could not be read. */
  unitCode: string | null;
  /** Roster name, or the name written in a stray file. */
  unitName: string | null;
  year: number | null;
  file: string | null;
  sheet: string | null;
  /** Excel serial of the report date. */
  reportDate: number | null;
  templateVersion: string | null;
  status: StatusCode;
  /** Vietnamese text of the status ("Hợp lệ", "Trùng", …). */
  statusLabel: string;
  /** Merged into the summary. */
  used: boolean;
  /** Among duplicates: the file chosen (later report date), whether or not it was merged. */
  kept: boolean;
  errors: number;
  warnings: number;
  checksum: string | null;
  note: string;
  /** A missing report's row: the documents (PDF, Word) given that name its unit (see jobs/missing-documents). */
  documents?: string[];
}

export interface FindingRow {
  unitCode: string | null;
  unitName: string | null;
  year: number | null;
  file: string;
  sheet: string | null;
  cell: string | null;
  field: string | null;
  code: FindingCode;
  severity: Severity;
  /** Rendered in the consolidation's language. */
  message: string;
  finding: Finding;
}

/** One number of the summary and the cell it came from. */
export interface SourceRow {
  unitCode: string;
  unitName: string;
  year: number;
  fieldId: string;
  label: string;
  value: number | null;
  source: SourceRef;
}

export interface MissingUnit {
  code: string;
  name: string;
  /** The requested years without a file. */
  years: number[];
}

export interface ConsolidationCounts {
  /** Reports expected: expected units × requested years. */
  expected: number;
  /** Unit-years with a file (the kept one among duplicates). */
  received: number;
  valid: number;
  /** With errors, merged or excluded. */
  withErrors: number;
  excluded: number;
  /** Expected unit-years without a file. */
  missing: number;
  /** Unit-years with more than one file. */
  duplicates: number;
  unreadable: number;
  unknownUnit: number;
  /** Files that are not a unit's report: not the template, or a workbook thidua wrote. */
  notAReport: number;
  otherYear: number;
  files: number;
}

export interface Consolidation {
  mode: "year" | "period";
  /** The requested years, ascending (one for an annual consolidation). */
  years: number[];
  /** The year whose scores and proposals are used (the period's last year). */
  reviewYear: number;
  excludeInvalid: boolean;
  lang: Lang;
  campaignName: string;
  indicators: IndicatorDef[];
  /** Roster order: every expected unit, plus other roster units that submitted. */
  units: UnitResult[];
  /** Per indicator over the included units (for a period, over all its years). */
  totals: Record<string, number>;
  yearTotals: YearTotals[];
  scores: ScoreRow[];
  classificationCounts: ClassificationCount[];
  /** Highest form first, then roster order, then row. */
  proposals: ProposalRow[];
  initiatives: InitiativeRow[];
  status: StatusRow[];
  findings: FindingRow[];
  sources: SourceRow[];
  missing: MissingUnit[];
  /** Codes of units with more than one file for a year, roster order. */
  duplicateUnits: string[];
  counts: ConsolidationCounts;
}
