/** The sheet "Biểu mẫu": title, sections A–C with one row per field, totals and the classification row. */
import type { Campaign } from "../campaign/model";
import type {
  CellStyle,
  ListValidation,
  NotePlan,
  PlanValue,
  SheetPlan,
  StyledRange,
} from "../workbook-model/plan";
import { columnLetters, toA1 } from "../workbook-model/address";
import { derivedFormula } from "./derived-formula";
import type { FormLayout, FormRow, FormSection } from "./form-layout";
import {
  CLASSIFICATION_LABEL,
  CLASSIFICATION_NOTE,
  CODE_HEADER,
  FORM_COLUMNS,
  FORM_FROZEN_ROWS,
  FORM_SHEET,
  FORM_TITLE_PREFIX,
  FORM_TITLE_ROW,
  FORM_YEAR_ROW,
  REPORT_YEAR_FIELD,
  REVIEWER_NOTE,
  UNIT_NAME_FIELD,
} from "./layout";
import { numberFormatFor } from "./number-formats";
import {
  BASE_STYLE,
  BORDERED,
  COMPUTED_STYLE,
  FONT_NAME,
  HEADER_STYLE,
  INPUT_STYLE,
  REVIEW_STYLE,
  SECTION_STYLE,
} from "./styles";

export interface FormPrefill {
  unitName?: string;
  year?: number;
}

const WIDTHS: Record<number, number> = { 1: 6, 2: 50, 3: 13, 4: 16, 5: 36, 6: 14 };

export function formTitle(campaign: Campaign): string {
  return `${FORM_TITLE_PREFIX} “${campaign.settings.campaignName.toLocaleUpperCase("vi")}”`;
}

export function yearLine(campaign: Campaign, year: number | undefined): string {
  const { firstYear, lastYear } = campaign.settings;
  return year === undefined ? `Năm …… (giai đoạn ${firstYear}–${lastYear})` : `Năm ${year}`;
}

export function buildFormSheet(campaign: Campaign, layout: FormLayout, prefill: FormPrefill): SheetPlan {
  const sheet = new FormSheetBuilder(layout.lastColumn);
  const last = columnLetters(layout.lastColumn);
  sheet.style(`A1:${last}${layout.lastRow}`, BASE_STYLE);
  sheet.banner(FORM_TITLE_ROW, formTitle(campaign), { font: { name: FONT_NAME, size: 14, bold: true } });
  sheet.banner(FORM_YEAR_ROW, yearLine(campaign, prefill.year), {
    font: { name: FONT_NAME, size: 12, italic: true },
  });

  for (const section of layout.sections) {
    sheet.section(section);
    for (const row of section.rows) sheet.fieldRow(section, row, layout, prefill);
  }
  if (layout.classificationRow !== undefined) sheet.classification(layout.classificationRow);

  return {
    name: FORM_SHEET,
    columnWidths: widths(layout.lastColumn),
    rowHeights: { [FORM_TITLE_ROW]: 40 },
    blocks: [{ origin: "A1", rows: sheet.rows }],
    styles: sheet.styles,
    merges: sheet.merges,
    validations: listValidations(campaign, layout),
    notes: sheet.notes,
    freeze: { rows: FORM_FROZEN_ROWS, columns: 0 },
    protect: {},
    print: {
      orientation: "portrait",
      paperSize: "A4",
      fitToWidth: 1,
      printArea: `A1:${last}${layout.lastRow}`,
    },
  };
}

function widths(lastColumn: number): Record<number, number> {
  const out: Record<number, number> = {};
  for (let c = 1; c <= lastColumn; c++) out[c] = WIDTHS[c] ?? 14;
  return out;
}

function listValidations(campaign: Campaign, layout: FormLayout): ListValidation[] {
  const out: ListValidation[] = [];
  const unitCell = layout.addresses[UNIT_NAME_FIELD];
  if (unitCell !== undefined && campaign.roster.length > 0) {
    out.push({
      range: unitCell,
      values: campaign.roster.map((u) => u.name),
      error: { title: "Tên đơn vị", message: "Chọn tên phòng/đơn vị trong danh sách." },
    });
  }
  const yearCell = layout.addresses[REPORT_YEAR_FIELD];
  const { firstYear, lastYear } = campaign.settings;
  if (yearCell !== undefined && lastYear >= firstYear) {
    const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => String(firstYear + i));
    out.push({
      range: yearCell,
      values: years,
      error: { title: "Năm báo cáo", message: `Chọn năm trong giai đoạn ${firstYear}–${lastYear}.` },
    });
  }
  return out;
}

/** Collects values, styles, merges and notes of the sheet as it is laid out row by row. */
class FormSheetBuilder {
  readonly rows: PlanValue[][] = [];
  readonly styles: StyledRange[] = [];
  readonly merges: string[] = [];
  readonly notes: NotePlan[] = [];
  private readonly last: string;

  constructor(private readonly lastColumn: number) {
    this.last = columnLetters(lastColumn);
  }

  set(row: number, col: number, value: PlanValue): void {
    while (this.rows.length < row) this.rows.push([]);
    const cells = this.rows[row - 1];
    while (cells.length < col) cells.push(null);
    cells[col - 1] = value;
  }

  style(range: string, style: CellStyle): void {
    this.styles.push({ range, style });
  }

  banner(row: number, text: string, style: CellStyle): void {
    this.set(row, 1, text);
    this.merges.push(`A${row}:${this.last}${row}`);
    this.style(`A${row}:${this.last}${row}`, {
      ...style,
      horizontal: "center",
      vertical: "middle",
      wrap: true,
    });
  }

  section(s: FormSection): void {
    this.set(s.titleRow, 1, s.section.title);
    this.merges.push(`A${s.titleRow}:${this.last}${s.titleRow}`);
    this.style(`A${s.titleRow}:${this.last}${s.titleRow}`, SECTION_STYLE);

    const h = s.headerRow;
    this.set(h, FORM_COLUMNS.code, CODE_HEADER);
    this.set(h, FORM_COLUMNS.label, s.labelHeader);
    this.set(h, FORM_COLUMNS.side, s.sideHeader);
    s.valueHeaders.forEach((text, i) => this.set(h, FORM_COLUMNS.value + i, text));
    this.style(`A${h}:${this.last}${h}`, HEADER_STYLE);
    const spanned = this.spanValue(s, h);
    if (spanned) this.merges.push(spanned);
    const reviewAt = s.valueHeaders.findIndex((t) => this.isReviewHeader(s, t));
    if (reviewAt >= 0) this.notes.push({ cell: toA1(h, FORM_COLUMNS.value + reviewAt), text: REVIEWER_NOTE });
  }

  private isReviewHeader(s: FormSection, header: string): boolean {
    return s.rows.some((r) =>
      r.cells.some((c) => c.field.filledBy === "reviewer" && c.field.columnHeader === header),
    );
  }

  /** A section with one value column lets it span to the last column (room for names and text). */
  private spanValue(s: FormSection, row: number): string | undefined {
    if (s.valueHeaders.length !== 1 || this.lastColumn <= FORM_COLUMNS.value) return undefined;
    return `${toA1(row, FORM_COLUMNS.value)}:${this.last}${row}`;
  }

  fieldRow(s: FormSection, r: FormRow, layout: FormLayout, prefill: FormPrefill): void {
    const row = r.row;
    if (r.stt !== undefined) this.set(row, FORM_COLUMNS.code, r.stt);
    this.set(row, FORM_COLUMNS.label, r.label);
    if (r.side !== undefined) this.set(row, FORM_COLUMNS.side, r.side);
    this.style(`A${row}:${this.last}${row}`, BORDERED);
    this.style(`A${row}`, { horizontal: "center" });
    this.style(`B${row}`, {
      wrap: true,
      ...(r.total ? { font: { name: FONT_NAME, size: 12, bold: true } } : {}),
    });
    this.style(`C${row}`, { horizontal: "center", wrap: true });
    const spanned = this.spanValue(s, row);
    if (spanned) this.merges.push(spanned);

    for (const { field, col } of r.cells) {
      const address = toA1(row, col);
      const target = spanned !== undefined && col === FORM_COLUMNS.value ? spanned : address;
      const numFmt = numberFormatFor(field.id, field.type);
      if (field.derived !== undefined) {
        this.set(row, col, { formula: derivedFormula(field.derived, (id) => layout.addresses[id]) });
        this.style(target, { ...COMPUTED_STYLE, ...(numFmt ? { numFmt } : {}) });
        continue;
      }
      const base = field.filledBy === "reviewer" ? REVIEW_STYLE : INPUT_STYLE;
      this.style(target, {
        ...base,
        ...(numFmt ? { numFmt } : {}),
        ...(field.type === "text" ? { wrap: true } : {}),
      });
      const value = prefillValue(field.id, prefill);
      if (value !== undefined) this.set(row, col, value);
    }
  }

  classification(row: number): void {
    this.set(row, FORM_COLUMNS.label, CLASSIFICATION_LABEL);
    this.style(`A${row}:${this.last}${row}`, BORDERED);
    this.style(`B${row}`, { font: { name: FONT_NAME, size: 12, bold: true }, wrap: true });
    const value = `${toA1(row, FORM_COLUMNS.value)}:${this.last}${row}`;
    this.merges.push(value);
    this.style(value, COMPUTED_STYLE);
    this.notes.push({ cell: toA1(row, FORM_COLUMNS.value), text: CLASSIFICATION_NOTE });
  }
}

function prefillValue(fieldId: string, prefill: FormPrefill): string | number | undefined {
  if (fieldId === UNIT_NAME_FIELD) return prefill.unitName;
  if (fieldId === REPORT_YEAR_FIELD) return prefill.year;
  return undefined;
}
