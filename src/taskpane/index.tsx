import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserHost } from "../hosts/browser";
import { App } from "./App";
import { detectHost } from "./host";
import { watchLateOffice } from "./startup/late-office";
import { loadOfficeScript, looksInsideOffice, OFFICE_TIMEOUT_MS } from "./startup/load-office-script";
import { takeRequestedTab } from "../jobs/tab-request";
import { hostNoticeChannel } from "./workbook/host-notices";
import { lazyHost } from "./workbook/lazy-host";
import { loadOfficeHost } from "../hosts/office/load-office-host";

async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no element with id root");
  // taskpane.html shows its own loading state until the first render replaces it.
  const timeout = looksInsideOffice(window.location)
    ? OFFICE_TIMEOUT_MS.insideOffice
    : OFFICE_TIMEOUT_MS.elsewhere;
  const script = loadOfficeScript(document, timeout);
  const host = await detectHost(script.outcome, timeout);
  const notices = hostNoticeChannel();
  // Outside Office (no office.js, or Office.onReady reports no host) the pane works on the .xlsx files the
  // user opens and downloads what it writes (hosts/browser). Another Office app gets no workbook.
  const workbook =
    host.kind === "excel"
      ? lazyHost("excel", () => loadOfficeHost(notices.sink))
      : host.kind === "browser"
        ? createBrowserHost()
        : undefined;
  createRoot(container).render(
    <StrictMode>
      <App
        host={host}
        workbook={workbook}
        hostNotices={notices.subscribe}
        initialTab={takeRequestedTab() ?? undefined}
        lateExcel={host.kind === "browser" ? watchLateOffice(script.lateLoad) : undefined}
      />
    </StrictMode>,
  );
}

void start();
