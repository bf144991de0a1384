import { langFromLocale } from "../taskpane/i18n";
import { requestTab } from "../taskpane/tab-request";
import type { TabId } from "../taskpane/tabs";
import { showNoticeDialog } from "./notice-dialog";

/** What the user got: the pane itself, the notice dialog, or nothing Office would show. */
export type CommandOutcome = "pane" | "notice" | "nothing";

/*
 * Office.addin.showAsTaskpane() is documented only for add-ins that run in a shared runtime
 * (manifest <Runtimes> with lifetime="long", which the stored XSD predates). This manifest declares none,
 * so a ribbon function runs in its own hidden page, commands.html, and cannot open the pane: expect the
 * call to be missing or to reject, and the notice dialog to tell the user which button to press. The tab
 * request is stored either way, so the pane opens on that tab. If a client resolved the call without
 * showing the pane, the user would see nothing: check this on a real client before relying on it.
 */
async function openPaneOn(tab: TabId): Promise<CommandOutcome> {
  requestTab(tab);
  if (Office.context.requirements.isSetSupported("SharedRuntime", "1.1")) {
    try {
      await Office.addin.showAsTaskpane();
      return "pane";
    } catch {
      // Not a shared runtime: the notice below is the fallback.
    }
  }
  const shown = await showNoticeDialog({ tab, lang: langFromLocale(Office.context.displayLanguage) });
  return shown ? "notice" : "nothing";
}

/**
 * Runs a ribbon command for a tab. Office waits for event.completed() before it runs the button again,
 * so it is called whatever happens; an error still propagates to the caller.
 */
export async function runCommand(tab: TabId, event: Office.AddinCommands.Event): Promise<CommandOutcome> {
  try {
    return await openPaneOn(tab);
  } finally {
    event.completed();
  }
}
