import { LANGS, type Lang } from "../i18n/ui-text";
import { isTabId, type TabId } from "../jobs/tabs";

/**
 * What the notice dialog says: a command's result (heading and message, already in the user's language),
 * or without one, which tab the pane will open on.
 */
export interface Notice {
  readonly tab: TabId;
  readonly lang: Lang;
  readonly title?: string;
  readonly message?: string;
}

/** The address of the notice: this same page, with the notice in its query. */
export function noticeUrl(pageUrl: string, notice: Notice): string {
  const url = new URL(pageUrl);
  const params = new URLSearchParams({ notice: notice.tab, lang: notice.lang });
  if (notice.title !== undefined) params.set("title", notice.title);
  if (notice.message !== undefined) params.set("message", notice.message);
  url.search = params.toString();
  url.hash = "";
  return url.href;
}

/** The notice in a query string, or null when the page was loaded as the ribbon's function file. */
export function readNotice(search: string): Notice | null {
  const params = new URLSearchParams(search);
  const tab = params.get("notice");
  const lang = LANGS.find((l) => l === params.get("lang")) ?? "vi";
  if (!isTabId(tab)) return null;
  const title = params.get("title") ?? undefined;
  const message = params.get("message") ?? undefined;
  return {
    tab,
    lang,
    ...(title === undefined ? {} : { title }),
    ...(message === undefined ? {} : { message }),
  };
}
