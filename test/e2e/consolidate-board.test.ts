// Tổng hợp at the task pane's narrowest width (320 × 800), outside Excel, on the production build: the unit
// status board, the files not used and why, one file for an identical copy, and one named download per job.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Locator } from "playwright-core";
import { DEFAULT_CAMPAIGN } from "../../src/core/campaign/default-campaign";
import { REPORT_SHEET } from "../../src/core/report";
import { META_SHEET } from "../../src/core/template/meta";
import { sampleBatch } from "../../src/dev/sample/batch";
import { writeBatch } from "../../src/dev/sample/write-batch";
import { readWorkbook } from "../../src/hosts/xlsx";
import { translate } from "../../src/i18n/ui-text";
import { seriousViolations } from "./helpers/axe";
import { launch, type Browser } from "./helpers/browser";
import { ensureBuild } from "./helpers/build";
import { describeE2E } from "./helpers/chromium";
import { Pane } from "./helpers/pane";
import { OUTPUT_DIR, publish, screenshot } from "./helpers/screenshots";
import { startServer, type Served } from "./helpers/server";

const WIDTH = 320;
const HEIGHT = 800;

/** The demo's sample folders (src/dev/sample): 2023 complete, 2024 with one missing, one sent twice, two faulty. */
async function writeSampleFolders(dir: string): Promise<{ y2023: string[]; y2024: string[] }> {
  const batch = sampleBatch(DEFAULT_CAMPAIGN, {
    years: [2023, 2024],
    seed: 20240,
    missing: ["TTr"],
    duplicated: ["QLN"],
    faulty: ["QLXD", "HTKT"],
  });
  const paths: Record<string, string[]> = { "2023": [], "2024": [] };
  const written = await writeBatch(dir, batch);
  batch.forEach((file, i) => paths[String(file.year)].push(written[i]));
  return { y2023: paths["2023"], y2024: paths["2024"] };
}

const sheetsOf = async (file: { name: string; bytes: Uint8Array }): Promise<string[]> =>
  (await readWorkbook(file.bytes, file.name)).sheets.map((s) => s.name).filter((n) => n !== META_SHEET);

describeE2E("Tổng hợp at 320 × 800 outside Excel: status board and named downloads", (chromium) => {
  let work: string;
  let folders: { y2023: string[]; y2024: string[] };
  let copy: string;
  let served: Served;
  let browser: Browser;
  let pane: Pane;
  let panel: Locator;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "thidua-e2e-board-"));
    [folders] = await Promise.all([writeSampleFolders(join(work, "don-vi")), ensureBuild()]);
    copy = join(work, "VP-2024 - Copy.xlsx");
    copyFileSync(join(work, "don-vi", "2024", "VP-2024.xlsx"), copy);
    served = await startServer();
    browser = await launch(chromium);
    await browser.page.setViewportSize({ width: WIDTH, height: HEIGHT });
    pane = new Pane(browser.page);
    await browser.page.goto(served.url);
    await browser.page.getByText(translate("vi", "banner.outsideExcel.title")).waitFor();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("shows the board, the 2023 files not used with the reason, and an identical copy as one file", async () => {
    panel = await pane.openTab("consolidate");
    const board = panel.getByRole("list", { name: pane.t("consolidate.board.label") });
    // The board is there before any file: every unit of the roster, not yet submitted.
    expect(await board.locator(":scope > li").count()).toBe(DEFAULT_CAMPAIGN.roster.length);
    expect(browser.served.some((path) => /charts/.test(path))).toBe(false);

    const input = panel.locator("input[type=file]");
    await input.setInputFiles(folders.y2023);
    await panel.getByText(pane.t("consolidate.reading.done", { done: folders.y2023.length })).waitFor();
    await input.setInputFiles([...folders.y2024, copy]);
    const total = folders.y2023.length + folders.y2024.length + 1;
    await panel.getByText(pane.t("consolidate.reading.done", { done: folders.y2024.length + 1 })).waitFor();
    await browser.page.waitForFunction(() => document.querySelectorAll("[aria-busy=true]").length === 0);
    expect(await pane.sourceItems().count()).toBe(total);

    await board.waitFor({ state: "visible" });
    expect(
      await panel
        .getByRole("heading", { name: pane.t("consolidate.board.year", { year: 2024 }) })
        .isVisible(),
    ).toBe(true);
    const statuses = await pane.sourceStatuses();
    const reason = pane.t("consolidate.notUsed.other-year", { year: 2023 });
    const of2023 = statuses.filter((s) => /-2023\.xlsx/.test(s.split("\n")[0]));
    expect(of2023).toHaveLength(10);
    for (const status of of2023) expect(status).toContain(reason);
    const warning = panel.getByText(pane.t("consolidate.notUsed.title", { count: 12 }));
    expect(await warning.isVisible()).toBe(true);

    const copyStatus = statuses.find((s) => s.startsWith("VP-2024 - Copy.xlsx")) ?? "";
    expect(copyStatus).toContain(pane.t("consolidate.notUsed.identical-copy", { file: "VP-2024.xlsx" }));
    const vp = board.locator(":scope > li").filter({ hasText: "Văn phòng Sở" });
    expect(await vp.innerText()).toContain(pane.t("consolidate.board.valid", { file: "VP-2024.xlsx" }));
    expect(await vp.innerText()).not.toContain("Nộp trùng");
    // The one unit that really sent two files is the only duplicate.
    const duplicates = board.locator(":scope > li").filter({ hasText: "Nộp trùng" });
    expect(await duplicates.count()).toBe(1);
    expect(await duplicates.innerText()).toContain("QLN-2024.xlsx");

    // The charts came in their own chunk, once there was something to chart.
    await panel.locator("figure svg").first().waitFor();
    expect(browser.served.some((path) => /charts/.test(path))).toBe(true);

    // The primary action is in view without scrolling, and nothing in the pane is wider than the page.
    const write = panel.getByRole("button", {
      name: pane.t("consolidate.download", { file: "tong-hop-2024.xlsx" }),
    });
    await browser.page.evaluate(() => window.scrollTo(0, 0));
    const box = await write.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= HEIGHT).toBe(true);
    const widest = await panel.evaluate((root) =>
      Math.max(...[...root.querySelectorAll("*")].map((el) => el.getBoundingClientRect().right)),
    );
    expect(widest).toBeLessThanOrEqual(WIDTH);

    expect(await seriousViolations(browser.page)).toEqual([]);

    await screenshot(browser.page, "pane-consolidate-board-320-full");
    // What a clerk sees at 320 × 800: the board from its heading, the download button in the footer.
    await panel
      .getByRole("heading", { name: pane.t("consolidate.board.year", { year: 2024 }) })
      .evaluate((h) => h.scrollIntoView({ block: "start" }));
    const shot = join(OUTPUT_DIR, "pane-consolidate-board-320.png");
    await browser.page.screenshot({ path: shot, animations: "disabled", caret: "hide" });
    publish(shot, "pane-consolidate-board.png");
  });

  it("downloads each job as its own file, named by what it holds, with only its own sheets", async () => {
    const summary = await pane.download(
      panel.getByRole("button", { name: pane.t("consolidate.download", { file: "tong-hop-2024.xlsx" }) }),
    );
    expect(summary.name).toBe("tong-hop-2024.xlsx");
    const summarySheets = await sheetsOf(summary);
    expect(summarySheets).toContain("Tổng hợp chỉ tiêu");
    expect(summarySheets).not.toContain(REPORT_SHEET);
    const written = panel.getByText(pane.t("output.downloaded", { fileName: "tong-hop-2024.xlsx" }), {
      exact: false,
    });
    await written.waitFor();
    // The result is in view at 320 × 800 without scrolling, and has the focus.
    const shown = await written.boundingBox();
    expect(shown !== null && shown.y >= 0 && shown.y + shown.height <= 800).toBe(true);
    expect(
      await written.evaluate((el) => el.closest("[tabindex='-1']")?.contains(document.activeElement)),
    ).toBe(true);

    await panel.getByRole("radio", { name: pane.t("consolidate.scope.period") }).check();
    await panel.getByLabel(pane.t("consolidate.scope.from")).selectOption("2021");
    await panel.getByLabel(pane.t("consolidate.scope.to")).selectOption("2023");
    const period = await pane.download(
      panel.getByRole("button", {
        name: pane.t("consolidate.download", { file: "tong-hop-2021-2023.xlsx" }),
      }),
    );
    expect(period.name).toBe("tong-hop-2021-2023.xlsx");
    expect(await sheetsOf(period)).toContain("Tổng hợp giai đoạn");

    const report = await pane.openTab("report");
    expect(await report.getByRole("button", { name: pane.t("report.insertSection") }).count()).toBe(0);
    expect(await report.innerText()).toContain(pane.t("report.source.files", { count: 20 }));
    const annual = await pane.download(
      report.getByRole("button", {
        name: pane.t("report.insertSheet.download", { file: "bao-cao-nam-2024.xlsx" }),
      }),
    );
    expect(annual.name).toBe("bao-cao-nam-2024.xlsx");
    expect(await sheetsOf(annual)).toEqual([REPORT_SHEET]);
    await report.getByRole("radio", { name: pane.t("report.kind.interim") }).check();
    const interim = await pane.download(
      report.getByRole("button", {
        name: pane.t("report.insertSheet.download", { file: "bao-cao-so-ket-2021-2023.xlsx" }),
      }),
    );
    expect(interim.name).toBe("bao-cao-so-ket-2021-2023.xlsx");
    expect(await sheetsOf(interim)).toEqual([REPORT_SHEET]);

    const template = await pane.openTab("template");
    await template.getByLabel(pane.t("template.unit")).selectOption("VP");
    await template.getByLabel(pane.t("template.year")).selectOption("2024");
    const form = await pane.download(
      template.getByRole("button", {
        name: pane.t("template.create.download", { file: "bieu-mau-VP-2024.xlsx" }),
      }),
    );
    expect(form.name).toBe("bieu-mau-VP-2024.xlsx");
    expect(await sheetsOf(form)).not.toContain(REPORT_SHEET);
    const criteria = await pane.download(
      template.getByRole("button", { name: pane.t("template.criteria.download", { file: "tieu-chi.xlsx" }) }),
    );
    expect(criteria.name).toBe("tieu-chi.xlsx");
    const criteriaSheets = await sheetsOf(criteria);
    expect(criteriaSheets).not.toContain(REPORT_SHEET);
    expect(criteriaSheets).not.toContain("Tổng hợp chỉ tiêu");
    expect(browser.errors).toEqual([]);
  });
});
