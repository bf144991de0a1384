import type { Campaign } from "../../core/campaign/model";
import type { PlanValue, WorkbookPlan } from "../../core/workbook-model/plan";
import { parseRange, rangeToA1 } from "../../core/workbook-model/address";
import { definedNameFor } from "../../core/template";

export type TableRows = Record<string, Record<string, PlanValue>[]>;

/**
 * Fills a template plan as a unit would: a value at each named field's cell, rows in each table
 * (the table grows when there are more rows than the template offers). Returns a new plan.
 */
export function fillTemplatePlan(
  template: WorkbookPlan,
  campaign: Campaign,
  values: Record<string, PlanValue>,
  tables: TableRows,
): WorkbookPlan {
  const plan: WorkbookPlan = structuredClone(template);
  for (const [fieldId, value] of Object.entries(values)) {
    const name = plan.names?.find((n) => n.name === definedNameFor(fieldId));
    const sheet = plan.sheets.find((s) => s.name === name?.sheet);
    if (!name || !sheet) throw new Error(`The template has no cell named ${fieldId}`);
    sheet.blocks.push({ origin: name.ref.split(":")[0], rows: [[value]] });
  }
  for (const def of campaign.tables) {
    const rows = tables[def.id] ?? [];
    const sheet = plan.sheets.find((s) => s.tables?.some((t) => t.name === def.id));
    const table = sheet?.tables?.find((t) => t.name === def.id);
    if (!sheet || !table) throw new Error(`The template has no table ${def.id}`);
    const range = parseRange(table.ref);
    const firstData = rangeToA1({
      top: range.top + 1,
      left: range.left,
      bottom: range.top + 1,
      right: range.left,
    });
    const grid = rows.map((row) => def.columns.map((c) => row[c.id] ?? null));
    if (grid.length > 0) sheet.blocks.push({ origin: firstData, rows: grid });
    const bottom = Math.max(range.bottom, range.top + grid.length);
    table.ref = rangeToA1({ ...range, bottom });
  }
  return plan;
}
