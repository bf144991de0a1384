import type { Severity } from "../campaign/model";

/**
 * Stable finding codes. Frictionless names where they fit, then the campaign's own.
 * Other tools read these from `thidua validate --json`: never rename one.
 */
export const FINDING_CODES = [
  "missing-label",
  "type-error",
  "constraint-error",
  "required-value",
  "duplicate-row",
  "blank-row",
  "unknown-unit",
  "missing-submission",
  "duplicate-submission",
  "template-version-mismatch",
  "score-out-of-range",
  "inconsistent-total",
  "formula-error",
  "formula-not-calculated",
  "merged-cell",
  "read-by-labels",
  "unreadable-workbook",
  "rule-error",
  "not-the-template",
  "thidua-output",
  "rows-below-table",
  "findings-not-listed",
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];

export type FindingParams = Record<string, string | number>;

export interface Finding {
  code: FindingCode;
  severity: Severity;
  file: string;
  sheet?: string;
  /** A1 address on `sheet`. */
  cell?: string;
  /** The CAMPAIGN.md id of the field, or "table.column" for a table cell. */
  field?: string;
  /** For findings from the criteria: the rule id and its row in the criteria workbook. */
  ruleId?: string;
  ruleRow?: number;
  params: FindingParams;
  /** Messages given by the criteria (rules carry their own text); otherwise the catalogue renders the code. */
  ruleMessage?: { vi: string; en: string };
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
