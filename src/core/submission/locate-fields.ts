import type { Campaign, FieldDef } from "../campaign/model";
import type { WorkbookSnapshot } from "../workbook-model/snapshot";
import { parseRange, toA1 } from "../workbook-model/address";
import type { SheetIndex } from "./sheet-index";
import type { CellLocation } from "./model";
import { definedNameFor } from "../template";
import { labelKey } from "./label-key";

export interface LocatedField {
  location: CellLocation;
  foundBy: "name" | "label";
}

/** Rows above a label searched for its column's header. */
const HEADER_SEARCH_ROWS = 60;
/** Columns right of a label searched for a value when no header is found. */
const VALUE_SEARCH_COLUMNS = 4;

/** Each field's name keys, lower-cased (its defined name, then its id): worked out once per campaign. */
const nameKeys = new WeakMap<readonly FieldDef[], [string, string][]>();

function nameKeysOf(fields: readonly FieldDef[]): [string, string][] {
  let keys = nameKeys.get(fields);
  if (!keys) {
    keys = fields.map((f) => [definedNameFor(f.id).toLowerCase(), f.id.toLowerCase()]);
    nameKeys.set(fields, keys);
  }
  return keys;
}

/** Finds each field's cell: by its defined name first, then by its label. */
export function locateFields(
  snapshot: WorkbookSnapshot,
  sheets: Map<string, SheetIndex>,
  campaign: Campaign,
): Map<string, LocatedField> {
  const byName = namedCells(snapshot, sheets);
  const located = new Map<string, LocatedField>();
  const unnamed: FieldDef[] = [];
  const keys = nameKeysOf(campaign.fields);
  campaign.fields.forEach((field, i) => {
    const [definedName, id] = keys[i];
    const location = byName.get(definedName) ?? byName.get(id);
    if (location) located.set(field.id, { location, foundBy: "name" });
    else unnamed.push(field);
  });
  if (unnamed.length > 0) {
    const labels = labelIndex(sheets);
    for (const field of unnamed) {
      const location = locateByLabel(field, campaign, labels, sheets);
      if (location) located.set(field.id, { location, foundBy: "label" });
    }
  }
  return located;
}

function namedCells(snapshot: WorkbookSnapshot, sheets: Map<string, SheetIndex>): Map<string, CellLocation> {
  const map = new Map<string, CellLocation>();
  for (const name of snapshot.names) {
    if (!sheets.has(name.sheet)) continue;
    const range = parseRange(name.ref);
    const key = name.name.toLowerCase();
    // A workbook-scoped name wins over a sheet-scoped one of the same name.
    if (map.has(key) && name.scopeSheet) continue;
    map.set(key, { sheet: name.sheet, cell: toA1(range.top, range.left) });
  }
  return map;
}

interface LabelCell {
  sheet: string;
  row: number;
  col: number;
}

function labelIndex(sheets: Map<string, SheetIndex>): Map<string, LabelCell[]> {
  const index = new Map<string, LabelCell[]>();
  for (const sheet of sheets.values()) {
    if (sheet.visibility !== "visible") continue;
    for (const row of sheet.rowsHoldingCells()) {
      for (const col of sheet.columnsHoldingCells(row)) {
        const text = sheet.text(row, col);
        if (text === "" || text.length > 200) continue;
        const key = labelKey(text);
        const list = index.get(key) ?? [];
        list.push({ sheet: sheet.name, row, col });
        index.set(key, list);
      }
    }
  }
  return index;
}

function locateByLabel(
  field: FieldDef,
  campaign: Campaign,
  labels: Map<string, LabelCell[]>,
  sheets: Map<string, SheetIndex>,
): CellLocation | undefined {
  const candidates = labels.get(labelKey(field.label)) ?? [];
  const header = field.columnHeader ?? campaign.sections.find((s) => s.id === field.section)?.valueHeader;
  for (const label of candidates) {
    const sheet = sheets.get(label.sheet);
    if (!sheet) continue;
    const col = header ? headerColumnAbove(sheet, label, header) : undefined;
    if (col !== undefined) return { sheet: label.sheet, cell: toA1(label.row, col) };
  }
  // No header found: a form retyped without headers keeps the value right of the label.
  if (field.columnHeader) return undefined;
  const label = candidates[0];
  if (!label) return undefined;
  const sheet = sheets.get(label.sheet);
  if (!sheet) return undefined;
  for (let col = label.col + 1; col <= label.col + VALUE_SEARCH_COLUMNS; col++) {
    if (sheet.cell(label.row, col)) return { sheet: label.sheet, cell: toA1(label.row, col) };
  }
  return { sheet: label.sheet, cell: toA1(label.row, label.col + 1) };
}

function headerColumnAbove(sheet: SheetIndex, label: LabelCell, header: string): number | undefined {
  const wanted = labelKey(header);
  const lowest = Math.max(1, label.row - HEADER_SEARCH_ROWS);
  for (let row = label.row - 1; row >= lowest; row--) {
    for (const col of sheet.columnsHoldingCells(row)) {
      if (col > label.col && labelKey(sheet.text(row, col)) === wanted) return col;
    }
  }
  return undefined;
}
