/**
 * Where every section, row and field of "Biểu mẫu" goes. Pure arithmetic over the campaign, shared by the
 * sheet builder and by anyone who needs the addresses (tests, the submission reader's label fallback).
 */
import type { Campaign, FieldDef, SectionDef } from "../campaign/model";
import { toA1 } from "../workbook-model/address";
import {
  DATE_HINT,
  FORM_COLUMNS,
  FORM_FIRST_SECTION_ROW,
  LABEL_HEADERS,
  MAX_HEADER,
  NOTE_HEADER,
  PICK_FROM_LIST_HINT,
  REPORT_YEAR_FIELD,
  UNIT_HEADER,
  UNIT_NAME_FIELD,
} from "./layout";

export interface FormCell {
  field: FieldDef;
  col: number;
}

export interface FormRow {
  row: number;
  /** Running number within the section (none on total rows). */
  stt?: number;
  label: string;
  /** Column C: unit of measure, maximum score or a hint. */
  side?: string | number;
  cells: FormCell[];
  /** A row of derived fields (totals). */
  total: boolean;
}

export interface FormSection {
  section: SectionDef;
  titleRow: number;
  /** The header row sits directly above the first field row. */
  headerRow: number;
  labelHeader: string;
  sideHeader: string;
  /** Headers of columns D, E, F, …: the section's value header first, then other column headers in field order. */
  valueHeaders: string[];
  rows: FormRow[];
}

export interface FormLayout {
  sections: FormSection[];
  classificationRow?: number;
  lastColumn: number;
  lastRow: number;
  /** Field id → A1 address on "Biểu mẫu". */
  addresses: Record<string, string>;
}

export function layoutForm(campaign: Campaign): FormLayout {
  const sections: FormSection[] = [];
  const addresses: Record<string, string> = {};
  let classificationRow: number | undefined;
  let next = FORM_FIRST_SECTION_ROW;
  for (const section of campaign.sections) {
    const fields = campaign.fields.filter((f) => f.section === section.id);
    const laid = layoutSection(campaign, section, fields, next);
    for (const row of laid.rows) {
      for (const cell of row.cells) addresses[cell.field.id] = toA1(row.row, cell.col);
    }
    sections.push(laid);
    next = laid.headerRow + laid.rows.length + 1;
    if (classificationRow === undefined && hasScoredRows(campaign, fields)) classificationRow = next++;
    next++;
  }
  const widest = Math.max(0, ...sections.map((s) => s.valueHeaders.length));
  return {
    sections,
    classificationRow,
    lastColumn: Math.max(FORM_COLUMNS.review, FORM_COLUMNS.value + widest - 1),
    lastRow: next - 2,
    addresses,
  };
}

function hasScoredRows(campaign: Campaign, fields: FieldDef[]): boolean {
  return fields.some(
    (f) => f.criterion !== undefined && campaign.scoring.criteria.some((c) => c.id === f.criterion),
  );
}

function layoutSection(
  campaign: Campaign,
  section: SectionDef,
  fields: FieldDef[],
  titleRow: number,
): FormSection {
  const valueHeaders = [section.valueHeader];
  for (const f of fields) {
    if (f.columnHeader !== undefined && !valueHeaders.includes(f.columnHeader))
      valueHeaders.push(f.columnHeader);
  }
  const columnOf = (f: FieldDef): number =>
    FORM_COLUMNS.value + valueHeaders.indexOf(f.columnHeader ?? section.valueHeader);

  const groups = groupRows(fields);
  const scored = hasScoredRows(campaign, fields);
  const hasUnits = fields.some((f) => f.unit !== undefined);
  const maxOf = (criterion: string | undefined): number | undefined =>
    campaign.scoring.criteria.find((c) => c.id === criterion)?.max;
  const totalMax = campaign.scoring.criteria.reduce((sum, c) => sum + c.max, 0);

  const headerRow = titleRow + 1;
  let stt = 0;
  const rows = groups.map((group, i): FormRow => {
    const first = group[0];
    const total = first.derived !== undefined;
    const side = scored
      ? total
        ? totalMax
        : maxOf(first.criterion)
      : hasUnits
        ? first.unit
        : hintFor(first);
    return {
      row: headerRow + 1 + i,
      stt: total ? undefined : ++stt,
      label: first.label,
      side,
      cells: group.map((field) => ({ field, col: columnOf(field) })),
      total,
    };
  });
  return {
    section,
    titleRow,
    headerRow,
    labelHeader: LABEL_HEADERS[section.id],
    sideHeader: scored ? MAX_HEADER : hasUnits ? UNIT_HEADER : NOTE_HEADER,
    valueHeaders,
    rows,
  };
}

/** One row per criterion (score, evidence, review share it), one per other field, totals last grouped by label. */
function groupRows(fields: FieldDef[]): FieldDef[][] {
  const groups = new Map<string, FieldDef[]>();
  const totals = new Map<string, FieldDef[]>();
  for (const f of fields) {
    const [map, key] = f.derived !== undefined ? [totals, f.label] : [groups, f.criterion ?? `#${f.id}`];
    const group = map.get(key);
    if (group) group.push(f);
    else map.set(key, [f]);
  }
  return [...groups.values(), ...totals.values()];
}

function hintFor(field: FieldDef): string | undefined {
  if (field.type === "date") return DATE_HINT;
  if (field.id === UNIT_NAME_FIELD || field.id === REPORT_YEAR_FIELD) return PICK_FROM_LIST_HINT;
  return undefined;
}
