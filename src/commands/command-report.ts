import type { Lang } from "../core/locale/lang";
import { HostError } from "../hosts/office/errors";
import { describeHostError } from "../hosts/office/notices";
import { makeT, type UiKey } from "../i18n/ui-text";
import { messageOf } from "../core/error-message";
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

/** A command that failed: what happened (the error's own words) and what to do. */
export function failureReport(tab: "validate" | "consolidate", lang: Lang, error: unknown): CommandReport {
  const t = makeT(lang);
  return {
    ok: false,
    title: t(FAILED[tab]),
    message:
      error instanceof HostError
        ? describeHostError(error, lang)
        : t("command.failed.body", { detail: messageOf(error).trim() || "—" }),
  };
}

export type CommandTab = Extract<TabId, "validate" | "consolidate">;
