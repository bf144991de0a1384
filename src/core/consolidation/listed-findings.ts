/**
 * How many of one file's findings a summary lists. A unit's file can hold 200,000 cells, each a finding;
 * 18 such files made a findings sheet of 594,000 rows, 31 s and 1.3 GB to consolidate. Past the limit the
 * others are counted on one row that says how to see them all.
 */
import type { Severity } from "../campaign/model";
import { newFinding } from "../findings/catalogue";
import { countBySeverity, type Finding } from "../findings/finding";
import type { FindingRow } from "./model";

export const LISTED_PER_FILE = 1_000;

/** The file's findings a summary lists: errors first, then warnings, then notes, each kept in its order. */
export function listedFindings(findings: Finding[], file: string, limit = LISTED_PER_FILE): Finding[] {
  if (findings.length <= limit) return findings;
  const all = countBySeverity(findings);
  const room: Record<Severity, number> = { error: Math.min(all.error, limit), warning: 0, info: 0 };
  room.warning = Math.min(all.warning, limit - room.error);
  room.info = limit - room.error - room.warning;
  const listed: Finding[] = [];
  for (const f of findings) {
    if (room[f.severity] === 0) continue;
    room[f.severity] -= 1;
    listed.push(f);
  }
  const shown = countBySeverity(listed);
  const notListed = newFinding("findings-not-listed", {
    file,
    params: {
      count: findings.length - limit,
      errors: all.error - shown.error,
      warnings: all.warning - shown.warning,
      infos: all.info - shown.info,
      listed: limit,
    },
  });
  return [...listed, notListed];
}

/** Errors, warnings and notes of a summary's rows, those a "not listed" row counts included. */
export function rowCounts(rows: FindingRow[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const { finding } of rows) {
    if (finding.code !== "findings-not-listed") counts[finding.severity] += 1;
    else {
      counts.error += Number(finding.params.errors);
      counts.warning += Number(finding.params.warnings);
      counts.info += Number(finding.params.infos);
    }
  }
  return counts;
}
