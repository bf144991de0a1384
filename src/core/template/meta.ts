/**
 * The hidden sheet "_thidua": which template, template version and criteria version a workbook was
 * generated from, and for which unit and year. Key in column A, value in column B, one pair per row.
 */
import type { Campaign } from "../campaign/model";
import type { SheetPlan } from "../workbook-model/plan";
import type { CellSnapshot, WorkbookSnapshot } from "../workbook-model/snapshot";

export const META_SHEET = "_thidua";

export const META_KEYS = {
  templateId: "template_id",
  templateVersion: "template_version",
  criteriaVersion: "criteria_version",
  unitCode: "unit_code",
  reportYear: "report_year",
  /** What thidua wrote the workbook as: absent or "unit-form" for a template, else one of OUTPUT_KINDS. */
  workbookKind: "workbook_kind",
} as const;

/** Workbooks thidua writes that are not a unit's form: never taken as a unit's submission. */
export const OUTPUT_KINDS = ["summary", "report", "criteria", "feedback"] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

export interface TemplateMeta {
  templateId?: string;
  templateVersion?: string;
  criteriaVersion?: string;
  unitCode?: string;
  year?: number;
  workbookKind?: string;
}

/** The hidden record of a workbook thidua writes as a file (summary, report, criteria). */
export function buildOutputMetaSheet(campaign: Campaign, kind: OutputKind): SheetPlan {
  const rows: [string, string][] = [
    [META_KEYS.workbookKind, kind],
    [META_KEYS.criteriaVersion, campaign.criteriaVersion],
  ];
  return {
    name: META_SHEET,
    visibility: "veryHidden",
    columnWidths: { 1: 20, 2: 30 },
    blocks: [{ origin: "A1", rows }],
    styles: [{ range: `A1:B${rows.length}`, style: { numFmt: "@" } }],
  };
}

export function buildMetaSheet(
  campaign: Campaign,
  unitCode: string | undefined,
  year: number | undefined,
): SheetPlan {
  const rows: [string, string][] = [
    [META_KEYS.templateId, campaign.templateId],
    [META_KEYS.templateVersion, campaign.templateVersion],
    [META_KEYS.criteriaVersion, campaign.criteriaVersion],
  ];
  if (unitCode !== undefined) rows.push([META_KEYS.unitCode, unitCode]);
  if (year !== undefined) rows.push([META_KEYS.reportYear, String(year)]);
  return {
    name: META_SHEET,
    visibility: "veryHidden",
    columnWidths: { 1: 20, 2: 30 },
    blocks: [{ origin: "A1", rows }],
    // Text, so a version such as "1.0" is not turned into the number 1.
    styles: [{ range: `A1:B${rows.length}`, style: { numFmt: "@" } }],
  };
}

export function readTemplateMeta(snapshot: WorkbookSnapshot): TemplateMeta {
  const sheet = snapshot.sheets.find((s) => s.name === META_SHEET);
  if (!sheet) return {};
  const values = new Map<string, string>();
  for (const [address, cell] of Object.entries(sheet.cells)) {
    const m = /^A(\d+)$/.exec(address);
    if (!m) continue;
    const key = cellText(cell);
    const value = cellText(sheet.cells[`B${m[1]}`]);
    if (key !== "" && value !== "" && !values.has(key)) values.set(key, value);
  }
  const meta: TemplateMeta = {};
  const text = (key: string): string | undefined => values.get(key);
  const templateId = text(META_KEYS.templateId);
  const templateVersion = text(META_KEYS.templateVersion);
  const criteriaVersion = text(META_KEYS.criteriaVersion);
  const unitCode = text(META_KEYS.unitCode);
  const year = text(META_KEYS.reportYear);
  const workbookKind = text(META_KEYS.workbookKind);
  if (workbookKind !== undefined) meta.workbookKind = workbookKind;
  if (templateId !== undefined) meta.templateId = templateId;
  if (templateVersion !== undefined) meta.templateVersion = templateVersion;
  if (criteriaVersion !== undefined) meta.criteriaVersion = criteriaVersion;
  if (unitCode !== undefined) meta.unitCode = unitCode;
  if (year !== undefined && /^\d{4}$/.test(year)) meta.year = Number(year);
  return meta;
}

function cellText(cell: CellSnapshot | undefined): string {
  if (!cell || cell.value === null || typeof cell.value === "boolean") return "";
  return String(cell.value).normalize("NFC").trim();
}
