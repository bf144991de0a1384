/**
 * The campaign: fields of the standard template, the rules that check them, lists, the roster,
 * scoring and settings. The default lives in default-campaign.ts; the Office edits a copy of it as
 * readable sheets (the criteria workbook), so everything here is plain, serialisable data.
 */

export type Severity = "error" | "warning" | "info";

/** How a field's cell is read. "unit" is text matched against the roster. */
export type FieldType = "text" | "unit" | "integer" | "money" | "number" | "date" | "score";

export type SectionId = "A" | "B" | "C";

export interface SectionDef {
  id: SectionId;
  title: string;
  titleEn: string;
  /** Header of the value column above the fields' rows; used to find values by labels. */
  valueHeader: string;
}

export interface FieldDef {
  id: string;
  section: SectionId;
  label: string;
  labelEn: string;
  type: FieldType;
  /** Unit of measure shown beside the value ("buổi", "đồng"). */
  unit?: string;
  required: boolean;
  /** Who fills it: the unit, or the Office's reviewer (điểm thẩm định). */
  filledBy: "unit" | "reviewer";
  /** For fields that are not in the value column of their row (scores, evidence, review), the column header. */
  columnHeader?: string;
  /** The criterion a score, evidence or review field belongs to. */
  criterion?: string;
  /** Derived fields are recomputed from this expression; a typed value that disagrees is `inconsistent-total`. */
  derived?: string;
  /** Group heading above the indicator in summary tables ("Quỹ “Vì người nghèo”"). */
  group?: string;
}

export type ColumnType = "text" | "integer" | "list";

export interface TableColumnDef {
  id: string;
  label: string;
  labelEn: string;
  type: ColumnType;
  /** List id for "list" columns. */
  list?: string;
  required: boolean;
  /** Column width in characters in the template. */
  width: number;
}

export interface TableDef {
  /** Excel table name, also its id in rules ("tbl_initiatives"). */
  id: string;
  title: string;
  titleEn: string;
  columns: TableColumnDef[];
  /** Empty rows the template offers. */
  templateRows: number;
}

export interface ListDef {
  id: string;
  label: string;
  /** Allowed values, in order (for proposal forms: lowest to highest). */
  values: string[];
}

/**
 * A rule: an expression that must be TRUE. `target` is a field id ("b03_donors"), a table column
 * ("tbl_proposals.form", evaluated per non-blank row with the row's columns as names) or a table
 * ("tbl_proposals", evaluated once).
 */
export interface RuleDef {
  id: string;
  target: string;
  expression: string;
  severity: Severity;
  /** Finding code reported when the expression is FALSE. */
  code: string;
  message: string;
  messageEn: string;
  /** Row in the criteria workbook's rules sheet, so errors can point at it. */
  sourceRow?: number;
}

export interface RosterUnit {
  code: string;
  name: string;
  order: number;
  expected: boolean;
}

export interface CriterionDef {
  id: string;
  label: string;
  labelEn: string;
  max: number;
  step: number;
}

export interface BandDef {
  /** Lowest total (inclusive) for this classification. */
  min: number;
  label: string;
  labelEn: string;
}

export interface ScoringDef {
  criteria: CriterionDef[];
  /** Highest band first. */
  bands: BandDef[];
  /** Criteria that break ties in the ranking, in order. */
  tieBreak: string[];
}

export interface CampaignSettings {
  campaignName: string;
  planReference: string;
  firstYear: number;
  lastYear: number;
  /** Year of the interim review (sơ kết) and the period it covers. */
  interimYear: number;
  interimFrom: number;
  /** Year of the final review (tổng kết). */
  finalYear: number;
  parentAgency: string;
  agency: string;
  agencyShort: string;
  place: string;
  signerAuthority: string;
  signerTitle: string;
  signerName: string;
  /** Share of staff that may be proposed as individuals (0.15). */
  individualProposalShare: number;
}

export interface Campaign {
  /** Version of the criteria, recorded in every template generated from them. */
  criteriaVersion: string;
  templateId: string;
  templateVersion: string;
  sections: SectionDef[];
  fields: FieldDef[];
  tables: TableDef[];
  lists: ListDef[];
  rules: RuleDef[];
  roster: RosterUnit[];
  scoring: ScoringDef;
  settings: CampaignSettings;
}
