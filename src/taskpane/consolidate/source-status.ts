import type { Lang } from "../../core/locale/lang";
import { renderFinding } from "../../core/validation/render-finding";
import type { Params, UiKey } from "../i18n";
import type { SourceEntry } from "./use-sources";

export type SourceState = "queued" | "reading" | "valid" | "errors" | "unreadable";

export function sourceState(entry: SourceEntry): SourceState {
  if (entry.status !== "done" || !entry.input) return entry.status === "reading" ? "reading" : "queued";
  const { check } = entry.input;
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
    case "unreadable": {
      const finding = entry.input?.check.findings[0];
      return finding ? renderFinding(finding, lang) : { key: "consolidate.file.unreadable" };
    }
  }
}
