import type { Lang } from "../core/locale/lang";
import { HostError } from "../hosts/office/errors";
import { describeHostError } from "../hosts/office/notices";
import { makeT, type UiKey } from "../i18n/ui-text";
import type { TabId } from "../jobs/tabs";

/** What a ribbon command tells the user when it has run: a heading and one paragraph, already in their language. */
export interface CommandReport {
  ok: boolean;
  title: string;
  message: string;
}

const FAILED: Record<"validate" | "consolidate", UiKey> = {
  validate: "command.validate.failed",
  consolidate: "command.consolidate.failed",
};

/**
 * A command that failed: what happened and what to do. An error the host names is said in the catalogue's
 * words; anything else is unforeseen, and its own text (a library's) goes to the console, not to the clerk,
 * as does the failure under a host's error.
 */
export function failureReport(tab: "validate" | "consolidate", lang: Lang, error: unknown): CommandReport {
  const t = makeT(lang);
  if (!(error instanceof HostError) || error.cause !== undefined) console.warn("thidua:", error);
  return {
    ok: false,
    title: t(FAILED[tab]),
    message: error instanceof HostError ? describeHostError(error, lang) : t("command.failed.body"),
  };
}

export type CommandTab = Extract<TabId, "validate" | "consolidate">;
