import type { WorkbookSnapshot } from "../../../src/core/workbook-model/snapshot";

/**
 * One workbook holding several units' sheets, as Excel's "Move or Copy…" leaves it: the second unit's
 * sheets become "Biểu mẫu (2)" and so on, its names sheet-scoped copies, its tables renamed with a number.
 * Hidden helper sheets ("_thidua", "_lists") come from the first unit only.
 */
export function mergeUnitWorkbooks(units: WorkbookSnapshot[], fileName = "Tong hop.xlsx"): WorkbookSnapshot {
  const merged: WorkbookSnapshot = { fileName, sheets: [], names: [], tables: [] };
  units.forEach((unit, i) => {
    const rename = (sheet: string): string => (i === 0 ? sheet : `${sheet} (${i + 1})`);
    for (const sheet of unit.sheets) {
      if (sheet.name.startsWith("_") && i > 0) continue;
      merged.sheets.push({ ...sheet, name: sheet.name.startsWith("_") ? sheet.name : rename(sheet.name) });
    }
    for (const name of unit.names) {
      merged.names.push(
        i === 0 ? name : { ...name, sheet: rename(name.sheet), scopeSheet: rename(name.sheet) },
      );
    }
    for (const table of unit.tables) {
      merged.tables.push(
        i === 0 ? table : { ...table, name: `${table.name}${i + 1}`, sheet: rename(table.sheet) },
      );
    }
  });
  return merged;
}
