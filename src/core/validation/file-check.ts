import type { CheckResult } from "./validate";
import type { Finding } from "../findings/finding";
import { countBySeverity } from "../findings/finding";
import { newFinding } from "../findings/catalogue";
import type { Severity } from "../campaign/model";

/** The outcome of checking one file: either it was read and validated, or it could not be read. */
export interface FileCheck {
  file: string;
  result?: CheckResult;
  findings: Finding[];
  counts: Record<Severity, number>;
  /** Readable and without errors. */
  valid: boolean;
}

export function checkedFile(file: string, result: CheckResult): FileCheck {
  const counts = countBySeverity(result.findings);
  return { file, result, findings: result.findings, counts, valid: counts.error === 0 };
}

/** A file that could not be read becomes one finding with its name and what to do. */
export function unreadableFile(file: string, reason: string, detail = ""): FileCheck {
  const findings: Finding[] = [
    newFinding("unreadable-workbook", { file, params: { variant: reason, detail } }),
  ];
  return { file, findings, counts: countBySeverity(findings), valid: false };
}

/** A Word file thidua wrote (a report, a chase letter), given with the units' files: no unit's report. */
export function thiduaDocumentFile(file: string): FileCheck {
  const findings = [newFinding("thidua-output", { file, params: { variant: "document" } })];
  return { file, findings, counts: countBySeverity(findings), valid: false };
}

/** Whether the check is of such a Word file (it was not read as a workbook). */
export const isThiduaDocument = (check: FileCheck): boolean =>
  check.result === undefined && check.findings[0]?.code === "thidua-output";
