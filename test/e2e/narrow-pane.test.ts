import type { Page } from "playwright-core";
import { ROW_TABS, TAB_IDS, type TabId } from "../../src/jobs/tabs";
import { seriousViolations } from "./helpers/axe";
import { launch, type Browser } from "./helpers/browser";
import { ensureBuild } from "./helpers/build";
import { describeE2E } from "./helpers/chromium";
import { Pane } from "./helpers/pane";
import { screenshot } from "./helpers/screenshots";
import { startServer, type Served } from "./helpers/server";

/** Excel's narrowest task pane, and the same pane at 200 % zoom (half as many CSS pixels). */
const NARROW = { width: 320, height: 800 };
const ZOOMED = { width: 160, height: 400 };

/** Every shown element whose box reaches past the viewport's right edge, and whether the page scrolls sideways. */
function overflow(page: Page): Promise<{ scrolls: boolean; wide: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((e) => e.offsetParent !== null || getComputedStyle(e).position === "fixed")
      .filter((e) => e.getBoundingClientRect().right > width + 0.5)
      .map(
        (e) =>
          `${e.tagName.toLowerCase()}.${[...e.classList].slice(0, 2).join(".")} ${e.textContent?.slice(0, 40)}`,
      );
    return { scrolls: document.documentElement.scrollWidth > width, wide };
  });
}

describeE2E("the pane at 320 × 800 and at 200 % zoom", (chromium) => {
  let served: Served;
  let browser: Browser;
  let pane: Pane;

  beforeAll(async () => {
    await ensureBuild();
    served = await startServer();
    browser = await launch(chromium);
    pane = new Pane(browser.page);
    await browser.page.setViewportSize(NARROW);
    await browser.page.goto(served.url);
    await browser.page.getByText(pane.t("banner.outsideExcel.title")).waitFor();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });

  it("puts four tabs on one row at the top, the outside-Excel notice on one line and the brand in the footer", async () => {
    const { page } = browser;
    const tabs = await page
      .getByRole("tab")
      .evaluateAll((all) => all.map((t) => t.getBoundingClientRect().toJSON()));
    expect(tabs).toHaveLength(ROW_TABS.length);
    expect(new Set(tabs.map((box: DOMRect) => Math.round(box.top))).size).toBe(1);
    expect(Math.max(...tabs.map((box: DOMRect) => box.bottom))).toBeLessThan(48);
    const lines = await page
      .locator(".fui-MessageBarBody", { hasText: pane.t("banner.outsideExcel.title") })
      .evaluate((body) =>
        Math.round(body.getBoundingClientRect().height / parseFloat(getComputedStyle(body).lineHeight)),
      );
    expect(lines).toBe(1);
    expect(await page.locator("footer").innerText()).toContain(pane.t("app.title"));
    await screenshot(page, "narrow-start");
  });

  it.each(TAB_IDS.map((tab) => [tab]))(
    "shows %s without anything wider than 320 px, and axe finds nothing serious",
    async (tab: TabId) => {
      await pane.openTab(tab);
      expect(await overflow(browser.page)).toEqual({ scrolls: false, wide: [] });
      expect(await seriousViolations(browser.page)).toEqual([]);
      await screenshot(browser.page, `narrow-${tab}`);
    },
    60_000,
  );

  it.each(TAB_IDS.map((tab) => [tab]))(
    "shows %s at 200 %% zoom without sideways scrolling",
    async (tab: TabId) => {
      await browser.page.setViewportSize(ZOOMED);
      try {
        await pane.openTab(tab);
        expect(await overflow(browser.page)).toEqual({ scrolls: false, wide: [] });
      } finally {
        await browser.page.setViewportSize(NARROW);
      }
    },
    60_000,
  );

  it("keeps Cài đặt's save button in view at the bottom of a long pane", async () => {
    await pane.openTab("settings");
    const save = browser.page.getByRole("button", { name: pane.t("settings.save.browser") });
    const box = await save.boundingBox();
    const scrolled = await browser.page.evaluate(
      () => document.documentElement.scrollHeight > window.innerHeight,
    );
    expect({ scrolled, inView: box !== null && box.y >= 0 && box.y + box.height <= NARROW.height }).toEqual({
      scrolled: true,
      inView: true,
    });
  });

  it.each([["validate"], ["template"], ["settings"]] as const)(
    "reaches every control of %s with Tab, in the order they are shown",
    async (tab: TabId) => {
      const { page } = browser;
      await pane.openTab(tab);
      // Controls in document order; a tab list is one stop (its selected tab), the arrow keys move within it.
      const expected = await page.evaluate(() => {
        document.querySelectorAll("[data-order]").forEach((e) => e.removeAttribute("data-order"));
        return [
          ...document.querySelectorAll<HTMLElement>("button, input, select, textarea, a[href], [tabindex]"),
        ]
          .filter((e) => !e.hasAttribute("data-tabster-dummy") && e.tabIndex >= 0)
          .filter((e) => !(e as HTMLButtonElement).disabled && e.offsetParent !== null)
          .filter((e) => e.getAttribute("role") !== "tab" || e.getAttribute("aria-selected") === "true")
          .map((e, i) => {
            e.dataset.order = String(i);
            return `${i} ${e.tagName.toLowerCase()} ${e.getAttribute("aria-label") ?? e.textContent?.slice(0, 30) ?? ""}`;
          });
      });
      // Start on the first control; which tab is the tab list's stop is Fluent's choice (the last one focused).
      await page.locator('[data-order="0"]').focus();
      const reached: string[] = [expected[0]];
      for (let i = 1; i < expected.length; i++) {
        await page.keyboard.press("Tab");
        reached.push(
          await page.evaluate(() => {
            const e = document.activeElement as HTMLElement | null;
            if (!e) return "";
            return `${e.dataset.order ?? "?"} ${e.tagName.toLowerCase()} ${e.getAttribute("aria-label") ?? e.textContent?.slice(0, 30) ?? ""}`;
          }),
        );
      }
      expect(reached).toEqual(expected);
    },
    60_000,
  );

  it("hides the outside-Excel notice when dismissed", async () => {
    await browser.page.getByRole("button", { name: pane.t("banner.outsideExcel.dismiss") }).click();
    await browser.page.getByText(pane.t("banner.outsideExcel.title")).waitFor({ state: "detached" });
    expect(browser.errors).toEqual([]);
  });
});
