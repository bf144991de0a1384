import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { translate } from "../../src/i18n/ui-text";
import { ROW_TABS, TAB_IDS, TAB_LABEL } from "../../src/jobs/tabs";
import { Pane } from "./helpers/pane";
import { seriousViolations } from "./helpers/axe";
import { launch, type Browser } from "./helpers/browser";
import { DIST, ensureBuild, ROOT } from "./helpers/build";
import { describeE2E } from "./helpers/chromium";
import { screenshot } from "./helpers/screenshots";
import { startServer, type Served } from "./helpers/server";

/** The scripts taskpane.html loads itself: the entry point's chunks, nothing loaded with import(). */
function entryScripts(): string[] {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*\bsrc="?([^"\s>]+)/g)]
    .map((m) => m[1])
    .filter((src) => !src.startsWith("http"))
    .map((src) => `/${src.replace(/^\.?\//, "")}`);
}

describeE2E("the production build in Chromium, outside Office", (chromium) => {
  let served: Served;
  let browser: Browser;

  beforeAll(async () => {
    await ensureBuild();
    served = await startServer();
    browser = await launch(chromium);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });

  it("opens without office.js: the outside-Excel banner, four tabs and the settings button; beyond its own scripts, only the checks fetched ahead", async () => {
    const { page } = browser;
    await page.goto(served.url);
    await page.getByText(translate("vi", "banner.outsideExcel.title")).waitFor();
    expect(browser.blocked.some((url) => url.includes("office.js"))).toBe(true);

    const tabs = page.getByRole("tab");
    expect(await tabs.allInnerTexts()).toEqual(ROW_TABS.map((id) => translate("vi", TAB_LABEL[id])));
    await page.getByRole("button", { name: translate("vi", TAB_LABEL.settings), exact: true }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("vi");
    await page.waitForLoadState("networkidle");
    const scripts = browser.served.filter((path) => path.endsWith(".js"));
    const prefetched = await page.$$eval('link[rel="prefetch"]', (links) =>
      links.map((link) => new URL((link as HTMLLinkElement).href).pathname),
    );
    // The validation engine is fetched while the page is idle; the reader and writer wait for a file.
    expect(prefetched.some((path) => /^\/checks\.[0-9a-f]+\.js$/.test(path))).toBe(true);
    expect(prefetched.filter((path) => /^\/xlsx(-read)?\./.test(path))).toEqual([]);
    expect(scripts.filter((path) => !entryScripts().includes(path) && !prefetched.includes(path))).toEqual(
      [],
    );
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "smoke-start");
    expect(browser.errors).toEqual([]);
  });

  it("keeps the pane's first download within its limit, as `npm run size` measures it", () => {
    const size = spawnSync(process.execPath, [join(ROOT, "scripts", "bundle-size.js")], { encoding: "utf8" });
    expect(size.stdout).toMatch(/Initial task pane: [\d.]+ KB gzipped \(limit 200 KB\): met/);
    expect(size.status).toBe(0);
  });

  it("starts both built pages with the old-webview check, filled in by the build", () => {
    for (const page of ["taskpane.html", "commands.html"]) {
      const html = readFileSync(join(DIST, page), "utf8");
      expect({ page, check: html.includes("thiduaOldWebview"), placeholder: html.includes("<%") }).toEqual({
        page,
        check: true,
        placeholder: false,
      });
    }
  });

  it("shows one pane at a time: the one whose tab is selected", async () => {
    const { page } = browser;
    const pane = new Pane(page);
    for (const tab of TAB_IDS) {
      await pane.openTab(tab);
      const visiblePanels = (): Promise<string[]> =>
        page.evaluate(() =>
          [...document.querySelectorAll('[role="tabpanel"]')]
            .filter((p) => p instanceof HTMLElement && p.offsetParent !== null)
            .map((p) => p.id),
        );
      // The click's render, and a lazy pane replacing its placeholder, may land a moment later: wait until
      // the page settles on exactly one visible panel (or time out), then check which one it is.
      await page
        .waitForFunction(
          (id) => {
            const visible = [...document.querySelectorAll('[role="tabpanel"]')].filter(
              (p) => p instanceof HTMLElement && p.offsetParent !== null,
            );
            return visible.length === 1 && visible[0].id === id;
          },
          `panel-${tab}`,
          { timeout: 10_000 },
        )
        .catch(() => undefined);
      const shown = await visiblePanels();
      expect({ tab, shown }).toEqual({ tab, shown: [`panel-${tab}`] });
    }
  });
});
