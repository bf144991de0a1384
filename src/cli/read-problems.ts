import { unreadableFinding, type GivenFile } from "../jobs/select-inputs";

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
  for (const file of files) {
    const finding = unreadableFinding(file);
    if (finding)
      out.push({
        file: file.name,
        reason: String(finding.params.variant ?? ""),
        detail: String(finding.params.detail ?? ""),
      });
  }
  return out;
}
