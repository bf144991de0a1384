import type { GivenFile } from "../jobs/select-inputs";

export interface ReadProblemEntry {
  file: string;
  /** The reader's reason ("not-a-file", "legacy-xls", "corrupt"…), as the message's variant. */
  reason: string;
  /** The technical detail (an error code, the library's words): for --json only, never in a message. */
  detail: string;
}

/** The files that could not be read, each with its reason and technical detail, for --json. */
export function readProblems(files: readonly GivenFile[]): ReadProblemEntry[] {
  const out: ReadProblemEntry[] = [];
  for (const { name, input } of files) {
    const finding = input?.check.result
      ? undefined
      : input?.check.findings.find((f) => f.code === "unreadable-workbook");
    if (finding)
      out.push({
        file: name,
        reason: String(finding.params.variant ?? ""),
        detail: String(finding.params.detail ?? ""),
      });
  }
  return out;
}
