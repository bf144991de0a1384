import { messageOf } from "../../core/error-message";
import type { Lang } from "../../core/locale/lang";
import { BrowserHostError } from "../../hosts/browser/errors";
import { HostError } from "../../hosts/office/errors";
import { describeHostError } from "../../hosts/office/notices";
import type { Params, UiKey } from "../../i18n/ui-text";
import { WriteCancelledError } from "../../hosts/workbook-host";
import { NoWorkbookError } from "../workbook/unavailable-host";

/** A message bar's content, kept as keys so it follows the language switch. */
export interface PaneNotice {
  intent: "error" | "warning" | "success" | "info";
  /** What happened. */
  title: UiKey;
  /** What to do, or the detail. */
  body?: UiKey;
  params?: Params;
  /** Instead of body: the host's own explanation (what happened and what to do), in both languages. */
  detail?: Record<Lang, string>;
}

/** Thrown where a feature's module is missing from this build; the user is told which version brings it. */
export class FeatureUnavailableError extends Error {
  override readonly name = "FeatureUnavailableError";
}

/** An error's own words as a notice's detail: "—" rather than nothing. */
export function shownDetail(error: unknown): string {
  const text = messageOf(error).trim();
  return text === "" ? "—" : text;
}

/** An error as a message bar: `title` says what could not be done, the body what to do about it. */
export function errorNotice(title: UiKey, error: unknown): PaneNotice {
  // Not an error: the user chose Hủy when asked about replacing sheets.
  if (error instanceof WriteCancelledError) return { intent: "info", title: "confirm.replace.cancelled" };
  if (error instanceof HostError) {
    // What failed underneath (Office's own words) is for whoever supports the Office, not for the notice.
    if (error.cause !== undefined) console.warn("thidua:", error);
    return {
      intent: "error",
      title,
      detail: { vi: describeHostError(error, "vi"), en: describeHostError(error, "en") },
    };
  }
  // Outside Excel: what the browser cannot do and what to do instead, in the host's own words.
  if (error instanceof BrowserHostError) return { intent: "error", title, detail: error.messages };
  if (error instanceof NoWorkbookError) return { intent: "error", title, body: "error.noWorkbook" };
  if (error instanceof FeatureUnavailableError)
    return { intent: "error", title, body: "error.unavailable", params: { detail: shownDetail(error) } };
  // Anything else is unforeseen: its text is a library's or ours, not the user's. It goes to the console,
  // for whoever supports the Office, and the user is told what to do.
  console.warn("thidua:", error);
  return { intent: "error", title, body: "error.retry" };
}
