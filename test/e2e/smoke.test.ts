import { translate } from "../../src/taskpane/i18n";
import { TAB_IDS, TAB_LABEL } from "../../src/taskpane/tabs";
import { seriousViolations } from "./helpers/axe";
import { launch, type Browser } from "./helpers/browser";
import { ensureBuild } from "./helpers/build";
import { describeE2E } from "./helpers/chromium";
import { screenshot } from "./helpers/screenshots";
import { startServer, type Served } from "./helpers/server";

describeE2E("the production build in Chromium, outside Office", (chromium) => {
  let served: Served;
  let browser: Browser;

  beforeAll(async () => {
    await ensureBuild();
    served = await startServer();
    browser = await launch(chromium);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });

  it("opens without office.js: the outside-Excel banner, five tabs, no serious accessibility problem", async () => {
    const { page } = browser;
    await page.goto(served.url);
    await page.getByText(translate("vi", "banner.outsideExcel.title")).waitFor();
    expect(browser.blocked.some((url) => url.includes("office.js"))).toBe(true);

    const tabs = page.getByRole("tab");
    expect(await tabs.allInnerTexts()).toEqual(TAB_IDS.map((id) => translate("vi", TAB_LABEL[id])));
    expect(await page.getAttribute("html", "lang")).toBe("vi");
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "smoke-start");
    expect(browser.errors).toEqual([]);
  });
});
