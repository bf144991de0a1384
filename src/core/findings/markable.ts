import type { Finding } from "./finding";

/** Only findings at a cell can be marked on a sheet. */
export function markable(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.sheet !== undefined && f.cell !== undefined);
}
