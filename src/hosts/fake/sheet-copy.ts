import { fail } from "./errors";
import { retarget } from "./sheet-references";
import { SheetState, type WorkbookState } from "./state";

const MAX_SHEET_NAME = 31;

/** Excel names a copy "Name (2)", "Name (3)"…, cutting the name so that it fits in 31 characters. */
function copyName(name: string, state: WorkbookState): string {
  for (let n = 2; n < 10_000; n++) {
    const suffix = ` (${n})`;
    const candidate = `${[...name].slice(0, MAX_SHEET_NAME - suffix.length).join("")}${suffix}`;
    if (!state.sheetByName(candidate)) return candidate;
  }
  return fail("InvalidOperation", "No name is left for the copy.");
}

/** A table name not taken by a table or a name: "tbl_x" → "tbl_x2", as Excel numbers copied tables. */
function copyTableName(name: string, state: WorkbookState): string {
  const taken = new Set(
    [...state.tables.map((t) => t.name), ...state.names.map((n) => n.name)].map((n) => n.toLowerCase()),
  );
  let n = 2;
  while (taken.has(`${name}${n}`.toLowerCase())) n++;
  return `${name}${n}`;
}

/** Worksheet.copy: the sheet and what lies on it, as a new sheet after the last one. */
export function copySheet(sheet: SheetState, state: WorkbookState): SheetState {
  const copy = new SheetState(state.nextId("sheet"), copyName(sheet.name, state));
  copy.visibility = sheet.visibility;
  copy.tabColor = sheet.tabColor;
  copy.showGridlines = sheet.showGridlines;
  for (const [key, cell] of sheet.cells) {
    const formula =
      cell.formula === undefined ? {} : { formula: retarget(cell.formula, sheet.name, copy.name) };
    copy.cells.set(key, { ...cell, ...formula });
  }
  for (const [key, format] of sheet.formats) copy.formats.set(key, structuredClone(format));
  for (const [col, width] of sheet.columnWidths) copy.columnWidths.set(col, width);
  for (const [row, height] of sheet.rowHeights) copy.rowHeights.set(row, height);
  copy.merges = sheet.merges.map((m) => ({ ...m }));
  if (sheet.freeze) copy.freeze = { ...sheet.freeze };
  if (sheet.protection) copy.protection = structuredClone(sheet.protection);
  Object.assign(copy.pageLayout, structuredClone(sheet.pageLayout));
  for (const [cell, text] of sheet.notes) copy.notes.set(cell, text);
  for (const [cell, text] of sheet.comments) copy.comments.set(cell, text);
  copy.validations = structuredClone(sheet.validations);
  const toCopy = (ref: { sheetId: string }): boolean => ref.sheetId === sheet.id;
  copy.names = [...sheet.names, ...state.names.filter((n) => n.ref && toCopy(n.ref))].map((n) =>
    n.ref ? { name: n.name, ref: { sheetId: copy.id, range: { ...n.ref.range } } } : { ...n },
  );
  for (const table of state.tables.filter((t) => t.sheetId === sheet.id)) {
    state.tables.push({
      ...structuredClone(table),
      id: state.nextId("table"),
      name: copyTableName(table.name, state),
      sheetId: copy.id,
    });
  }
  state.sheets.push(copy);
  return copy;
}
