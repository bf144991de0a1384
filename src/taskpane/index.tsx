import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { detectHost } from "./host";
import { takeRequestedTab } from "./tab-request";

async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no element with id root");
  const host = await detectHost();
  createRoot(container).render(
    <StrictMode>
      <App host={host} initialTab={takeRequestedTab() ?? undefined} />
    </StrictMode>,
  );
}

void start();
