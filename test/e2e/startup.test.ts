import { translate } from "../../src/i18n/ui-text";
import { OFFICE_TIMEOUT_MS } from "../../src/taskpane/startup/load-office-script";
import { launch, type Browser } from "./helpers/browser";
import { ensureBuild } from "./helpers/build";
import { describeE2E } from "./helpers/chromium";
import { startServer, type Served } from "./helpers/server";

const OFFICE_DELAY_MS = 20_000;

describeE2E("starting while office.js is slow (a proxy holding it back)", (chromium) => {
  let served: Served;
  let browser: Browser;

  beforeAll(async () => {
    await ensureBuild();
    served = await startServer();
    browser = await launch(chromium);
    // Registered after the helper's block-everything route, so it is asked first: office.js answers only
    // after 20 s, and then not at all.
    await browser.context.route("**/office.js", async (route) => {
      // Unref'd: the test ends long before, and a pending timer kept Jest from exiting for up to 20 s.
      await new Promise((resolve) => setTimeout(resolve, OFFICE_DELAY_MS).unref());
      await route.abort("timedout").catch(() => undefined);
    });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });

  it("shows a loading state within 1 s and works outside Excel before office.js gives up", async () => {
    const { page } = browser;
    const started = Date.now();
    await page.goto(served.url, { waitUntil: "commit" });
    await page.getByText("Đang mở Thi đua…").waitFor({ timeout: 1_000 });
    const loadingShownAfter = Date.now() - started;

    await page.getByText(translate("vi", "banner.outsideExcel.title")).waitFor({ timeout: OFFICE_DELAY_MS });
    const workingAfter = Date.now() - started;
    await page.getByRole("tab", { name: translate("vi", "tab.consolidate") }).click();
    await page.locator("#panel-consolidate").waitFor();

    expect(loadingShownAfter).toBeLessThan(1_000);
    expect(workingAfter).toBeLessThan(OFFICE_TIMEOUT_MS.elsewhere + 3_000);
    expect(workingAfter).toBeLessThan(OFFICE_DELAY_MS);
  }, 60_000);
});
