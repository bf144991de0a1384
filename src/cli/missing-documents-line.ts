import type { StatusRow } from "../core/consolidation/model";
import type { Lang } from "../core/locale/lang";
import { namedFiles } from "../jobs/missing-documents";
import { cliText } from "./messages";
import { printableName } from "./printable";

/**
 * After "Chưa nộp": the units among them that sent a document (PDF, Word, a photo) instead, each with
 * those files (the job noted them on the status rows), so the clerk asks them for the form, not for a
 * report; nothing when there are none. Units go by their code or their name, as in the line before.
 */
export function missingDocumentsLines(
  status: readonly StatusRow[],
  lang: Lang,
  unitBy: "code" | "name",
): string[] {
  const byUnit = new Map<string, Set<string>>();
  for (const row of status) {
    if (row.documents === undefined) continue;
    const unit = (unitBy === "code" ? row.unitCode : row.unitName) ?? "";
    byUnit.set(unit, new Set([...(byUnit.get(unit) ?? []), ...row.documents]));
  }
  if (byUnit.size === 0) return [];
  const units = [...byUnit].map(([unit, named]) => `${unit} (${namedFiles([...named].map(printableName))})`);
  return [cliText(lang, "consolidate.missing-with-documents", { units: units.join("; ") })];
}
