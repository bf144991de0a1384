import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Requests the page made that were blocked (anything not on localhost, office.js included). */
  blocked: string[];
  /** Paths requested from the local server, in order. */
  served: string[];
  /** Uncaught errors and console errors in the page. */
  errors: string[];
  close(): Promise<void>;
}

/**
 * Chromium with a fresh profile, the task-pane width of Excel on the web, and no network except the local
 * server: office.js from Microsoft's CDN cannot load, so the page runs as it does outside Office.
 */
export async function launch(executablePath: string): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), "thidua-e2e-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: FLAGS,
    viewport: { width: 480, height: 900 },
    locale: "vi-VN",
    acceptDownloads: true,
  });
  const blocked: string[] = [];
  const served: string[] = [];
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "localhost") served.push(url.pathname);
    if (url.hostname === "localhost" || url.protocol === "blob:" || url.protocol === "data:")
      return route.continue();
    blocked.push(url.href);
    return route.abort("internetdisconnected");
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    // The blocked office.js shows up as a failed resource; that is the point, not an error of the page.
    if (message.type() === "error" && !message.text().includes("Failed to load resource"))
      errors.push(message.text());
  });
  return {
    context,
    page,
    blocked,
    served,
    errors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
