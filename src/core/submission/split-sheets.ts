/**
 * An open workbook may hold several units' forms (sheets copied in from each unit's workbook). Validation
 * and consolidation read one submission per workbook, so the snapshot is split into one snapshot per form
 * sheet, each with the table sheets that belong to it and the names and tables on those sheets.
 */
import type { Campaign } from "../campaign/model";
import { SUMMARY_SHEETS } from "../consolidation/plan/names";
import { CRITERIA_SHEETS } from "../criteria/workbook/sheets";
import { foldKey } from "../locale/text";
import { labelKey } from "./label-key";
import { FORM_TITLE_PREFIX, INSTRUCTIONS_SHEET } from "../template/layout";
import { META_SHEET } from "../template/meta";
import { definedNameFor } from "../template/names";
import { tableSheetName } from "../template/table-sheet";
import type { SheetSnapshot, WorkbookSnapshot } from "../workbook-model/snapshot";

export interface UnitSheets {
  snapshot: WorkbookSnapshot;
  /** The sheet holding the form; undefined when no sheet looks like a form (the snapshot is then used whole). */
  formSheet?: string;
  /** The unit's own sheets: its form and its table sheets. */
  unitSheets: string[];
}

/** Sheets the add-in writes itself, which never hold a unit's form. */
const OUTPUT_SHEETS = new Set(
  [...Object.values(SUMMARY_SHEETS), ...Object.values(CRITERIA_SHEETS), META_SHEET, INSTRUCTIONS_SHEET].map(
    foldKey,
  ),
);
/** Excel names a copied sheet "Biểu mẫu (2)"; the copy number pairs a form with its table sheets. */
const COPY_SUFFIX = /\s*\((\d+)\)$/u;

const baseName = (sheet: string): string => sheet.replace(COPY_SUFFIX, "");
const copyNumber = (sheet: string): string => COPY_SUFFIX.exec(sheet)?.[1] ?? "";
const isHelperSheet = (sheet: SheetSnapshot): boolean => sheet.name.startsWith("_");

export function splitUnitSheets(snapshot: WorkbookSnapshot, campaign: Campaign): UnitSheets[] {
  const tableSheets = new Set(
    snapshot.sheets.filter((s) => isTableSheet(s, snapshot, campaign)).map((s) => s.name),
  );
  const forms = snapshot.sheets
    .filter((s) => !tableSheets.has(s.name) && isFormSheet(s, snapshot, campaign))
    .map((s) => s.name);
  // One form (a unit's own workbook): read it whole, exactly as `thidua validate` reads the file.
  if (forms.length === 0) return [{ snapshot, unitSheets: [] }];
  if (forms.length === 1) return [{ snapshot, formSheet: forms[0], unitSheets: [forms[0], ...tableSheets] }];
  const owner = new Map<string, string>();
  for (const table of tableSheets) owner.set(table, ownerForm(table, forms, snapshot));
  return forms.map((form) => {
    const unitSheets = [form, ...[...owner].filter(([, f]) => f === form).map(([t]) => t)];
    const sheets = snapshot.sheets.filter((s) => unitSheets.includes(s.name) || isHelperSheet(s));
    const names = new Set(sheets.map((s) => s.name));
    return {
      formSheet: form,
      unitSheets,
      snapshot: {
        fileName: snapshot.fileName,
        sheets,
        names: snapshot.names.filter((n) => names.has(n.sheet)),
        tables: snapshot.tables.filter((t) => names.has(t.sheet)),
      },
    };
  });
}

function isTableSheet(sheet: SheetSnapshot, snapshot: WorkbookSnapshot, campaign: Campaign): boolean {
  const base = foldKey(baseName(sheet.name));
  return campaign.tables.some((def) => {
    const byName = snapshot.tables.some(
      (t) => t.sheet === sheet.name && new RegExp(`^${def.id}\\d*$`, "i").test(t.name),
    );
    return byName || foldKey(tableSheetName(def)) === base;
  });
}

function isFormSheet(sheet: SheetSnapshot, snapshot: WorkbookSnapshot, campaign: Campaign): boolean {
  if (isHelperSheet(sheet) || OUTPUT_SHEETS.has(foldKey(baseName(sheet.name)))) return false;
  const fieldNames = new Set(
    campaign.fields.flatMap((f) => [definedNameFor(f.id), f.id].map((n) => n.toLowerCase())),
  );
  if (snapshot.names.some((n) => n.sheet === sheet.name && fieldNames.has(n.name.toLowerCase()))) return true;
  if (sheet.visibility !== "visible") return false;
  const title = foldKey(FORM_TITLE_PREFIX);
  const unitLabel = campaign.fields.find((f) => f.id === "unit_name")?.label;
  const unitKey = unitLabel === undefined ? undefined : labelKey(unitLabel);
  return Object.values(sheet.cells).some(
    ({ value }) =>
      typeof value === "string" && (foldKey(value).startsWith(title) || labelKey(value) === unitKey),
  );
}

/** The form with the same copy number, else the nearest form before the table sheet, else the first form. */
function ownerForm(table: string, forms: string[], snapshot: WorkbookSnapshot): string {
  const sameCopy = forms.filter((f) => copyNumber(f) === copyNumber(table));
  if (sameCopy.length === 1) return sameCopy[0];
  const order = snapshot.sheets.map((s) => s.name);
  const at = order.indexOf(table);
  const before = forms.filter((f) => order.indexOf(f) < at);
  return before[before.length - 1] ?? forms[0];
}
