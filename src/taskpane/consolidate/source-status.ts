import type { Lang } from "../../core/locale/lang";
import { renderFinding } from "../../core/validation/render-finding";
import type { Params, UiKey } from "../../i18n/ui-text";
import { companionKind, type FileDecision } from "../../jobs/select-inputs";
import type { SourceEntry } from "./use-sources";

export type SourceState =
  "queued" | "reading" | "valid" | "errors" | "unreadable" | "thidua-output" | "lock-file" | "mac-metadata";

export function sourceState(entry: SourceEntry): SourceState {
  if (entry.status === "done" && !entry.input) return companionKind(entry.name) ?? "lock-file";
  if (entry.status !== "done" || !entry.input) return entry.status === "reading" ? "reading" : "queued";
  const { check } = entry.input;
  // A summary, a report or a letter thidua wrote: nothing is wrong with it, it is just no unit's report.
  if (check.findings.some((f) => f.code === "thidua-output")) return "thidua-output";
  if (!check.result) return "unreadable";
  return check.valid ? "valid" : "errors";
}

/** The status line of a source: a key to translate, or for an unreadable file the catalogue's own message. */
export function sourceStatusText(entry: SourceEntry, lang: Lang): { key: UiKey; params?: Params } | string {
  const state = sourceState(entry);
  const counts = entry.input?.check.counts;
  switch (state) {
    case "queued":
      return { key: "consolidate.file.queued" };
    case "reading":
      return { key: "consolidate.file.reading" };
    case "valid":
      return { key: "consolidate.file.valid", params: { warnings: counts?.warning ?? 0 } };
    case "errors":
      return {
        key: "consolidate.file.errors",
        params: { errors: counts?.error ?? 0, warnings: counts?.warning ?? 0 },
      };
    case "lock-file":
      return { key: "consolidate.file.lockFile" };
    case "mac-metadata":
      return { key: "consolidate.file.macMetadata" };
    case "unreadable":
    case "thidua-output": {
      const finding = entry.input?.check.findings[0];
      return finding ? renderFinding(finding, lang) : { key: "consolidate.file.unreadable" };
    }
  }
}

/** Why the consolidation does not use a source; null when it does or nothing is decided yet. */
export function notUsedText(decision: FileDecision | undefined): { key: UiKey; params?: Params } | null {
  if (!decision || decision.used || !decision.reason) return null;
  const key: UiKey = `consolidate.notUsed.${decision.reason}`;
  return {
    key,
    params: { year: decision.year ?? "?", file: decision.sameAs ?? "" },
  };
}
