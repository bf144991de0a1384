/**
 * The README's table of finding codes, from the findings catalogue (`npm run docs:codes` writes it; a test
 * holds the README equal to the catalogue).
 */
import { FINDING_CATALOGUE, type CatalogueEntry } from "../../core/findings/catalogue";

export const TABLE_HEADING = "### Finding codes";
const HEADER = ["code", "severity", "meaning"];

/** "error", "error (warning for evidence)", or "—" for a reserved code. */
export function severityCell(entry: CatalogueEntry): string {
  if (entry.reserved) return "—";
  return entry.severityNote === undefined ? entry.severity : `${entry.severity} (${entry.severityNote})`;
}

/** code, severity and meaning of every code, in the catalogue's order. */
export function findingCodeRows(): string[][] {
  return Object.entries(FINDING_CATALOGUE).map(([code, entry]: [string, CatalogueEntry]) => [
    `\`${code}\``,
    severityCell(entry),
    entry.description,
  ]);
}

/** The table as Prettier lays it out: every column padded to its widest cell. */
export function findingCodesTable(): string {
  const rows = [HEADER, ...findingCodeRows()].map((row) => row.map((cell) => cell.replace(/\|/g, "\\|")));
  const widths = HEADER.map((_, i) => Math.max(...rows.map((row) => [...row[i]].length)));
  const line = (cells: string[]): string =>
    `| ${cells.map((cell, i) => cell + " ".repeat(widths[i] - [...cell].length)).join(" | ")} |`;
  const rule = `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`;
  return [line(rows[0]), rule, ...rows.slice(1).map(line)].join("\n");
}

/** The README with its table of finding codes (the first table after the heading) replaced. */
export function withFindingCodesTable(readme: string): string {
  const heading = readme.indexOf(TABLE_HEADING);
  if (heading < 0) throw new Error(`README.md has no "${TABLE_HEADING}" section`);
  const start = readme.indexOf("\n|", heading) + 1;
  const end = readme.indexOf("\n\n", start);
  if (start <= 0 || end < 0) throw new Error(`README.md has no table under "${TABLE_HEADING}"`);
  return readme.slice(0, start) + findingCodesTable() + readme.slice(end);
}
