import { LANGS, type Lang } from "../taskpane/i18n";
import { isTabId, type TabId } from "../taskpane/tabs";

/** What the notice dialog says: which tab the pane will open on, in which language. */
export interface Notice {
  readonly tab: TabId;
  readonly lang: Lang;
}

/** The address of the notice: this same page, with the notice in its query. */
export function noticeUrl(pageUrl: string, notice: Notice): string {
  const url = new URL(pageUrl);
  url.search = new URLSearchParams({ notice: notice.tab, lang: notice.lang }).toString();
  url.hash = "";
  return url.href;
}

/** The notice in a query string, or null when the page was loaded as the ribbon's function file. */
export function readNotice(search: string): Notice | null {
  const params = new URLSearchParams(search);
  const tab = params.get("notice");
  const lang = LANGS.find((l) => l === params.get("lang")) ?? "vi";
  return isTabId(tab) ? { tab, lang } : null;
}
