import { consolidateWorkbook } from "./consolidate-command";
import { readNotice } from "./notice";
import { renderNoticePage } from "./notice-page";
import { runCommand } from "./run-command";
import { validateActiveSheet } from "./validate-command";

// commands.html is the ribbon's function file and, given ?notice=…, the page of the notice dialog.
const notice = readNotice(window.location.search);

function register(): void {
  Office.actions.associate("validateActiveSheet", (event: Office.AddinCommands.Event) =>
    runCommand("validate", event, validateActiveSheet),
  );
  Office.actions.associate("consolidateWorkbook", (event: Office.AddinCommands.Event) =>
    runCommand("consolidate", event, consolidateWorkbook),
  );
}

if (typeof Office === "undefined") {
  // office.js did not load (no network, or the page was opened directly): only the notice can be shown.
  if (notice) renderNoticePage(document, notice);
} else {
  // At the top level, as Microsoft's function-file sample does: a ribbon click that arrives before
  // Office.onReady has called back still finds its handler (the handlers use Office only when run).
  if (!notice) register();
  void Office.onReady(() => {
    if (notice) renderNoticePage(document, notice);
  });
}
