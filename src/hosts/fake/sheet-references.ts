import type { WorkbookState } from "./state";

/**
 * Cross-sheet references in formulas, as Excel keeps them: renaming a sheet rewrites every formula that
 * names it, and deleting a sheet turns every reference to it into #REF! ("=#REF!B5"), the cell showing
 * the #REF! error. Names that refer to a sheet are kept by sheet id (names.ts) and follow the same rules.
 */
const REFERENCE =
  /(?:'((?:[^']|'')+)'|([\p{L}_][\p{L}\p{N}_.]*))!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)/gu;

/** The sheet name as a formula writes it: quoted unless it is a plain identifier. */
export function formulaSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

function rewrite(
  formula: string,
  sheet: string,
  replace: (ref: string) => string,
): { formula: string; changed: boolean } {
  const key = sheet.toLowerCase();
  let changed = false;
  const out = formula.replace(
    REFERENCE,
    (whole, quoted: string | undefined, plain: string | undefined, ref: string) => {
      const named = quoted !== undefined ? quoted.replace(/''/g, "'") : (plain ?? "");
      if (named.toLowerCase() !== key) return whole;
      changed = true;
      return replace(ref);
    },
  );
  return { formula: out, changed };
}

/** The formula with its references to sheet `from` pointing at sheet `to`. */
export function retarget(formula: string, from: string, to: string): string {
  return rewrite(formula, from, (ref) => `${formulaSheet(to)}!${ref}`).formula;
}

/** A sheet was renamed: formulas on every sheet that name it follow. */
export function renameReferences(state: WorkbookState, from: string, to: string): void {
  for (const sheet of state.sheets) {
    for (const cell of sheet.cells.values()) {
      if (cell.formula !== undefined) cell.formula = retarget(cell.formula, from, to);
    }
  }
}

/** A sheet was deleted: formulas on the other sheets that referred to it show #REF!. */
export function breakReferences(state: WorkbookState, deleted: string): void {
  for (const sheet of state.sheets) {
    for (const cell of sheet.cells.values()) {
      if (cell.formula === undefined) continue;
      const { formula, changed } = rewrite(cell.formula, deleted, (ref) => `#REF!${ref}`);
      if (!changed) continue;
      cell.formula = formula;
      cell.value = null;
      cell.error = "#REF!";
    }
  }
}
