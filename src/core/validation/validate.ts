import type { Campaign } from "../campaign/model";
import type { WorkbookSnapshot } from "../workbook-model/snapshot";
import { compareA1 } from "../workbook-model/address";
import { readSubmission } from "../submission/read-submission";
import type { Submission } from "../submission/model";
import type { ScoreSummary } from "../campaign/scoring";
import { builtinChecks, scoreSummaryOf } from "./builtin-checks";
import { runRules } from "./run-rules";
import type { Finding } from "../findings/finding";

export interface CheckResult {
  submission: Submission;
  scores: ScoreSummary;
  /** Every finding, reading and validation, sorted by sheet (workbook order) then cell. */
  findings: Finding[];
}

export interface CheckOptions {
  /** Excel serial of today, for rules that use TODAY(). */
  today?: number;
}

/** Validates a submission that has been read: built-in checks, then the campaign's rules. */
export function validateSubmission(
  submission: Submission,
  campaign: Campaign,
  options: CheckOptions = {},
): CheckResult {
  const scores = scoreSummaryOf(submission, campaign);
  // A workbook that is no unit's form has its one finding; checking its fields would only repeat it.
  if (submission.notAForm) return { submission, scores, findings: [...submission.findings] };
  const findings = [
    ...submission.findings,
    ...builtinChecks(submission, campaign, scores),
    ...runRules(submission, campaign, scores, options.today),
  ];
  return { submission, scores, findings };
}

/** Reads and validates one unit's workbook. */
export function checkWorkbook(
  snapshot: WorkbookSnapshot,
  campaign: Campaign,
  options: CheckOptions = {},
): CheckResult {
  const result = validateSubmission(readSubmission(snapshot, campaign), campaign, options);
  const order = new Map(snapshot.sheets.map((s, i) => [s.name, i]));
  return { ...result, findings: sortFindings(result.findings, order) };
}

export function sortFindings(findings: Finding[], sheetOrder: Map<string, number>): Finding[] {
  return [...findings].sort((a, b) => {
    const sa = a.sheet === undefined ? -1 : (sheetOrder.get(a.sheet) ?? 999);
    const sb = b.sheet === undefined ? -1 : (sheetOrder.get(b.sheet) ?? 999);
    if (sa !== sb) return sa - sb;
    if (a.cell && b.cell) return compareA1(a.cell, b.cell);
    return a.cell ? 1 : b.cell ? -1 : 0;
  });
}
