import { foldKey } from "../locale/text";
import type { WorkbookSnapshot } from "./snapshot";

/**
 * What a read takes of the open workbook: its active sheet, every sheet, or the sheets of these names
 * (letter case, spacing and Unicode form aside) when only they are needed, as for the criteria sheets.
 */
export type ReadScope = "active" | "all" | { readonly sheets: readonly string[] };

/** Whether a sheet of that name is one of `names`. */
export function sheetNamedIn(names: readonly string[]): (sheet: string) => boolean {
  const keys = new Set(names.map(foldKey));
  return (sheet) => keys.has(foldKey(sheet));
}

/** The sheets `keep` accepts, with the names and tables on them. */
export function snapshotOfSheets(
  snapshot: WorkbookSnapshot,
  keep: (sheet: string) => boolean,
): WorkbookSnapshot {
  return {
    ...snapshot,
    sheets: snapshot.sheets.filter((s) => keep(s.name)),
    names: snapshot.names.filter((n) => keep(n.sheet)),
    tables: snapshot.tables.filter((t) => keep(t.sheet)),
  };
}
