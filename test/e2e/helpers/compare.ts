import type { CellSnapshot, WorkbookSnapshot } from "../../../src/core/workbook-model/snapshot";

/** "10:30 05/12/2024": when the summary was made, written into each sheet's subtitle. */
const GENERATED_AT = /\b\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}\b/g;

function shown(cell: CellSnapshot | undefined): string {
  if (!cell) return "(empty)";
  const value =
    typeof cell.value === "string" ? cell.value.replace(GENERATED_AT, "<generated at>") : cell.value;
  return JSON.stringify({ value, error: cell.error, formula: cell.formula, numFmt: cell.numFmt });
}

/**
 * Every difference between two workbooks, as "sheet!cell: a ≠ b" lines: sheet names and order, each cell's
 * value, error, formula and number format, merges, tables and defined names. The time the summary was
 * generated is the one thing allowed to differ.
 */
export function workbookDifferences(a: WorkbookSnapshot, b: WorkbookSnapshot): string[] {
  const out: string[] = [];
  const same = (what: string, x: unknown, y: unknown): void => {
    const [sx, sy] = [JSON.stringify(x), JSON.stringify(y)];
    if (sx !== sy) out.push(`${what}: ${sx} ≠ ${sy}`);
  };
  same(
    "sheets",
    a.sheets.map((s) => s.name),
    b.sheets.map((s) => s.name),
  );
  for (const sheet of a.sheets) {
    const other = b.sheets.find((s) => s.name === sheet.name);
    if (!other) continue;
    same(`${sheet.name} visibility`, sheet.visibility, other.visibility);
    same(`${sheet.name} merges`, [...sheet.merges].sort(), [...other.merges].sort());
    const cells = new Set([...Object.keys(sheet.cells), ...Object.keys(other.cells)]);
    for (const cell of cells) {
      const [x, y] = [shown(sheet.cells[cell]), shown(other.cells[cell])];
      if (x !== y) out.push(`${sheet.name}!${cell}: ${x} ≠ ${y}`);
    }
  }
  const byName = <T extends { name: string }>(items: T[]): T[] =>
    [...items].sort((x, y) => x.name.localeCompare(y.name));
  same("tables", byName(a.tables), byName(b.tables));
  same("defined names", byName(a.names), byName(b.names));
  return out;
}
