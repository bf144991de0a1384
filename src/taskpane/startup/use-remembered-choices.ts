import { useEffect, useRef } from "react";
import type { Lang } from "../../i18n/ui-text";
import type { StoredSettings } from "../settings/use-stored-settings";
import { isTabId, type TabId } from "../../jobs/tabs";

const isLang = (value: string | undefined): value is Lang => value === "vi" || value === "en";

/**
 * Once the stored settings have been read, applies the language and the tab the clerk last chose (kept in
 * the workbook in Excel, in this browser outside). Applied once: a choice made meanwhile is not undone.
 */
export function useRememberedChoices(
  stored: Pick<StoredSettings, "loading" | "preference">,
  apply: { readonly lang: (lang: Lang) => void; readonly tab?: (tab: TabId) => void },
): void {
  const applied = useRef(false);
  const { loading, preference } = stored;
  useEffect(() => {
    if (loading || applied.current) return;
    applied.current = true;
    const lang = preference("pane_lang");
    if (isLang(lang)) apply.lang(lang);
    const tab = preference("pane_tab");
    if (apply.tab && isTabId(tab)) apply.tab(tab);
  }, [loading, preference, apply]);
}
