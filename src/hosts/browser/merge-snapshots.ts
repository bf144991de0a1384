import type { WorkbookSnapshot } from "../../core/workbook-model/snapshot";
import { MAX_SHEET_NAME } from "../../core/workbook-model/sheet-names";

const lower = (s: string): string => s.toLowerCase();

function withCopyNumber(name: string, n: number): string {
  if (n === 1) return name;
  const suffix = ` (${n})`;
  return `${name.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`;
}

/**
 * Several opened files as one workbook, named the way Excel names sheets copied in from other workbooks:
 * a file whose sheet names are taken gets one copy number on all its sheets ("Biểu mẫu (2)" with
 * "Danh sách hộ (2)"), which is how the pane pairs each unit's form with its table sheets.
 */
export function mergeSnapshots(snapshots: readonly WorkbookSnapshot[]): WorkbookSnapshot {
  if (snapshots.length === 1) return snapshots[0];
  const taken = new Set<string>();
  const merged: WorkbookSnapshot = {
    fileName: snapshots.map((s) => s.fileName).join(", "),
    sheets: [],
    names: [],
    tables: [],
  };
  for (const snapshot of snapshots) {
    let n = 1;
    while (snapshot.sheets.some((s) => taken.has(lower(withCopyNumber(s.name, n))))) n++;
    const rename = (sheet: string): string => withCopyNumber(sheet, n);
    for (const sheet of snapshot.sheets) {
      taken.add(lower(rename(sheet.name)));
      merged.sheets.push({ ...sheet, name: rename(sheet.name) });
    }
    for (const name of snapshot.names) {
      const { scopeSheet } = name;
      merged.names.push({
        ...name,
        sheet: rename(name.sheet),
        ...(scopeSheet === undefined ? {} : { scopeSheet: rename(scopeSheet) }),
      });
    }
    merged.tables.push(...snapshot.tables.map((table) => ({ ...table, sheet: rename(table.sheet) })));
  }
  return merged;
}
