/** The standard template every unit fills: instructions, the form, one sheet per table, the hidden meta sheet. */
import type { Campaign, RosterUnit } from "../campaign/model";
import type { NamePlan, SheetPlan, WorkbookPlan } from "../workbook-model/plan";
import { fitRowHeights } from "../workbook-model/fit-rows";
import { buildFormSheet, formTitle } from "./form-sheet";
import { layoutForm } from "./form-layout";
import { buildInstructionsSheet } from "./instructions";
import { FORM_SHEET } from "./layout";
import { buildMetaSheet } from "./meta";
import { definedNameFor } from "./names";
import { buildTableSheet } from "./table-sheet";

export interface TemplateOptions {
  /** Roster code of the unit to pre-fill (its name goes into unit_name). */
  unitCode?: string;
  /** Report year to pre-fill. */
  year?: number;
}

export function buildTemplatePlan(campaign: Campaign, options: TemplateOptions = {}): WorkbookPlan {
  const unit = options.unitCode === undefined ? undefined : findUnit(campaign, options.unitCode);
  const year = options.year;
  if (year !== undefined && !Number.isInteger(year)) {
    throw new Error(`Năm báo cáo phải là số nguyên: ${year} (the report year must be a whole number).`);
  }
  const layout = layoutForm(campaign);
  const names: NamePlan[] = campaign.fields.flatMap((f) => {
    const ref = layout.addresses[f.id];
    return ref === undefined ? [] : [{ name: definedNameFor(f.id), sheet: FORM_SHEET, ref }];
  });
  return {
    sheets: [
      buildInstructionsSheet(campaign, unit, year),
      buildFormSheet(campaign, layout, { unitName: unit?.name, year }),
      ...campaign.tables.map((t) => buildTableSheet(t, campaign.lists)),
      buildMetaSheet(campaign, unit?.code, year),
    ].map(withFittedRows),
    names,
    properties: { title: formTitle(campaign), company: campaign.settings.agency },
  };
}

function withFittedRows(sheet: SheetPlan): SheetPlan {
  return { ...sheet, rowHeights: fitRowHeights(sheet) };
}

function findUnit(campaign: Campaign, code: string): RosterUnit {
  const wanted = code.normalize("NFC").trim().toLowerCase();
  const unit = campaign.roster.find((u) => u.code.toLowerCase() === wanted);
  if (unit) return unit;
  const known = campaign.roster.map((u) => u.code).join(", ");
  throw new Error(
    `Không có đơn vị mã “${code}” trong danh sách đơn vị (${known}). Unknown unit code “${code}”.`,
  );
}
