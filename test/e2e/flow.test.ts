import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { main } from "../../src/cli/main";
import { DEFAULT_CAMPAIGN } from "../../src/core/campaign/default-campaign";
import { checkInputFile, type PathCheck } from "../../src/cli/read-file-check";
import { REPORT_SHEET } from "../../src/core/report";
import { META_SHEET } from "../../src/core/template/meta";
import { renderFinding } from "../../src/core/validation/render-finding";
import type { WorkbookSnapshot } from "../../src/core/workbook-model/snapshot";
import { readWorkbook } from "../../src/hosts/xlsx";
import { sourceStatusText } from "../../src/taskpane/consolidate/source-status";
import { translate } from "../../src/i18n/ui-text";
import { ROW_TABS, TAB_IDS, TAB_LABEL } from "../../src/jobs/tabs";
import { seriousViolations } from "./helpers/axe";
import { launch, type Browser } from "./helpers/browser";
import { ensureBuild } from "./helpers/build";
import { describeE2E } from "./helpers/chromium";
import { workbookDifferences } from "./helpers/compare";
import { Pane } from "./helpers/pane";
import { publish, screenshot, screenshotBetween } from "./helpers/screenshots";
import { startServer, type Served } from "./helpers/server";
import { writeUnitFiles, type UnitFiles } from "./helpers/units";

/** UTF-8 read as Windows-1252 ("Ä‘" for đ, "Æ°" for ư, "á»" in ộ…) and the replacement character. */
const MOJIBAKE = /Ã[\u00a0-\u00bf]|á[º»]|Ä[\u0080-\u00bf‘’]|Æ[°¡]|\uFFFD/u;

/** What `thidua consolidate` prints (--json) and writes, run in-process on the same files. */
async function cliConsolidate(
  paths: string[],
  output: string,
  ...options: string[]
): Promise<{ received: number; expected: number }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(["consolidate", ...paths, "-o", output, "--json", ...options], {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    isTTY: false,
  });
  if (code === 2) throw new Error(`thidua consolidate wrote nothing: ${err.join("\n")}`);
  return JSON.parse(out.join("\n"));
}

/**
 * The CLI's files carry thidua's hidden record sheet (so a rerun knows its own output); the page's downloads
 * do not yet, so the comparison leaves it out.
 */
function withoutRecord(workbook: WorkbookSnapshot): WorkbookSnapshot {
  return { ...workbook, sheets: workbook.sheets.filter((s) => s.name !== META_SHEET) };
}

function statusLine(check: PathCheck): string {
  const status = sourceStatusText(
    { id: "x", origin: "file", name: check.check.file, status: "done", input: check },
    "vi",
  );
  const text = typeof status === "string" ? status : translate("vi", status.key, status.params);
  const submission = check.check.result?.submission;
  const unit = submission?.unit
    ? [translate("vi", "consolidate.file.unit", { unit: submission.unit.name, year: submission.year ?? "?" })]
    : [];
  // Each file says whether it is used; one that could not be read is not (the selection rule of the jobs layer).
  const used = translate(
    "vi",
    check.check.result ? "consolidate.file.used" : "consolidate.notUsed.unreadable",
  );
  return [check.check.file, ...unit, text, used].join("\n");
}

/** Outside Excel the summary's button says it downloads, and names the file. */
const WRITE = { key: "consolidate.download", params: { file: "tong-hop-2024.xlsx" } } as const;

const cellTexts = (snapshot: WorkbookSnapshot, sheet: string): string[] =>
  Object.values(snapshot.sheets.find((s) => s.name === sheet)?.cells ?? {}).map((c) => String(c.value ?? ""));

describeE2E("the pane in Chromium on the production build: files in, workbooks out", (chromium) => {
  let work: string;
  let units: UnitFiles;
  let checks: PathCheck[];
  let served: Served;
  let browser: Browser;
  let pane: Pane;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "thidua-e2e-"));
    const [files] = await Promise.all([writeUnitFiles(join(work, "don-vi")), ensureBuild()]);
    units = files;
    checks = await Promise.all(
      units.paths.map((path) => checkInputFile({ path, name: basename(path) }, DEFAULT_CAMPAIGN)),
    );
    served = await startServer();
    browser = await launch(chromium);
    pane = new Pane(browser.page);
    await browser.page.goto(served.url);
    await browser.page.getByText(translate("vi", "banner.outsideExcel.title")).waitFor();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("opens the ten unit workbooks and shows each file's status and the findings", async () => {
    const panel = await pane.openTab("consolidate");
    await panel.locator("input[type=file]").setInputFiles(units.paths);
    await browser.page
      .getByText(pane.t("consolidate.reading.done", { done: 10 }))
      .first()
      .waitFor();
    await panel.getByRole("button", { name: pane.t(WRITE.key, WRITE.params) }).waitFor();
    await browser.page.waitForFunction(() => document.querySelectorAll("[aria-busy=true]").length === 0);

    expect(await pane.sourceStatuses()).toEqual(checks.map(statusLine));
    const faulty = checks.find((c) => c.check.file === basename(units.faulty));
    const corrupt = checks.find((c) => c.check.file === basename(units.corrupt));
    expect(faulty?.check.counts.error).toBeGreaterThan(0);
    expect(corrupt?.check.result).toBeUndefined();

    const list = await pane.fileFindings(basename(units.faulty));
    const text = await list.innerText();
    for (const finding of faulty?.check.findings ?? []) expect(text).toContain(renderFinding(finding, "vi"));
    expect(text).not.toMatch(MOJIBAKE);
    await screenshot(browser.page, "pane-consolidate-files");
    const files = browser.page.getByRole("list", { name: pane.t("consolidate.sources.label") });
    publish(
      await screenshotBetween(browser.page, "findings", panel.getByRole("heading").first(), files),
      "pane-findings.png",
    );
  });

  it("checks one unit workbook in the Kiểm tra pane and lists its findings, nothing to mark", async () => {
    const panel = await pane.openTab("validate");
    await panel.locator("input[type=file]").setInputFiles(units.faulty);
    await panel
      .getByRole("list", { name: pane.t("validate.files.label") })
      .getByText(basename(units.faulty))
      .waitFor();
    const list = panel.getByRole("list", { name: pane.t("validate.findings.label") });
    await list.waitFor();
    const faulty = checks.find((c) => c.check.file === basename(units.faulty));
    expect(faulty?.check.counts.error).toBeGreaterThan(0);
    const text = await list.innerText();
    for (const finding of faulty?.check.findings ?? []) expect(text).toContain(renderFinding(finding, "vi"));
    expect(text).not.toMatch(MOJIBAKE);
    expect(await panel.getByRole("button", { name: pane.t("validate.mark") }).count()).toBe(0);
    await screenshot(browser.page, "pane-validate-file");
  });

  it("consolidates and downloads the summary `thidua consolidate` writes for the same files", async () => {
    const cliOutput = join(work, "tong-hop-cli.xlsx");
    const cli = await cliConsolidate(units.paths, cliOutput);
    const panel = await pane.openTab("consolidate");
    const counts = panel.getByLabel(pane.t("consolidate.summary.label"));
    expect(await counts.getByRole("definition").first().innerText()).toBe(`${cli.received}/${cli.expected}`);

    const download = await pane.download(
      panel.getByRole("button", { name: pane.t(WRITE.key, WRITE.params) }),
    );
    expect(download.name).toMatch(/\.xlsx$/);
    const fromBrowser = await readWorkbook(download.bytes, download.name);
    const fromCli = withoutRecord(await readWorkbook(readFileSync(cliOutput), basename(cliOutput)));
    expect(fromBrowser.sheets.length).toBeGreaterThan(0);
    expect(workbookDifferences(fromBrowser, fromCli)).toEqual([]);
    await screenshot(browser.page, "pane-consolidate-written");
    const written = panel.getByText(
      pane.t("consolidate.written", {
        count: fromCli.sheets.length,
        sheets: fromCli.sheets.map((s) => s.name).join(", "),
      }),
    );
    publish(await screenshotBetween(browser.page, "summary", counts, written), "pane-summary.png");
  });

  it("writes nothing when the replace dialog is closed with Esc or Hủy", async () => {
    const panel = await pane.openTab("consolidate");
    const downloads: string[] = [];
    const onDownload = (d: { suggestedFilename(): string }): void => {
      downloads.push(d.suggestedFilename());
    };
    browser.page.on("download", onDownload);
    const dialog = browser.page.getByRole("alertdialog");
    const cancelled = panel.getByText(pane.t("confirm.replace.cancelled"));
    try {
      await panel.getByRole("button", { name: pane.t(WRITE.key, WRITE.params) }).click();
      await dialog.waitFor();
      await browser.page.keyboard.press("Escape");
      await dialog.waitFor({ state: "detached" });
      await cancelled.waitFor();

      await panel.getByRole("button", { name: pane.t(WRITE.key, WRITE.params) }).click();
      await dialog.getByRole("button", { name: pane.t("confirm.replace.cancel") }).click();
      await dialog.waitFor({ state: "detached" });
      await cancelled.waitFor();
      expect(downloads).toEqual([]);
    } finally {
      browser.page.off("download", onDownload);
    }

    const again = await pane.download(
      panel.getByRole("button", { name: pane.t(WRITE.key, WRITE.params) }),
      () => dialog.getByRole("button", { name: pane.t("confirm.replace.yes") }).click(),
    );
    const cli = withoutRecord(
      await readWorkbook(readFileSync(join(work, "tong-hop-cli.xlsx")), "tong-hop-cli.xlsx"),
    );
    expect((await readWorkbook(again.bytes, again.name)).sheets.length).toBe(cli.sheets.length);
  });

  it("inserts the annual report as a sheet and downloads it with the title and the recipients", async () => {
    const panel = await pane.openTab("report");
    const download = await pane.download(
      panel.getByRole("button", {
        name: pane.t("report.insertSheet.download", { file: "bao-cao-nam-2024.xlsx" }),
      }),
    );
    expect(download.name).toBe("bao-cao-nam-2024.xlsx");
    const workbook = await readWorkbook(download.bytes, download.name);
    // Its own download: the report and nothing the summary wrote before.
    expect(workbook.sheets.map((s) => s.name)).toEqual([REPORT_SHEET]);
    const texts = cellTexts(workbook, REPORT_SHEET);
    expect(texts).toContain("BÁO CÁO");
    expect(texts.some((t) => t.startsWith("Nơi nhận:"))).toBe(true);

    const cliOutput = join(work, "bao-cao-cli.xlsx");
    await cliConsolidate(units.paths, cliOutput, "--report", "annual");
    const cli = withoutRecord(await readWorkbook(readFileSync(cliOutput), basename(cliOutput)));
    // The same report sheet as the one `--report annual` adds to the summary.
    const fromCli = {
      ...cli,
      sheets: cli.sheets.filter((s) => s.name === REPORT_SHEET),
      tables: cli.tables.filter((t) => t.sheet === REPORT_SHEET),
      names: cli.names.filter((n) => n.sheet === REPORT_SHEET),
    };
    expect(workbookDifferences(workbook, fromCli)).toEqual([]);
    await screenshot(browser.page, "pane-report");
  });

  it("switches to English and back; the findings keep their Vietnamese diacritics", async () => {
    const faulty = checks.find((c) => c.check.file === basename(units.faulty));
    const findings = faulty?.check.findings ?? [];
    await pane.openTab("consolidate");

    await pane.switchLanguage("en");
    expect(await browser.page.getByRole("tab").allInnerTexts()).toEqual(
      ROW_TABS.map((id) => pane.t(TAB_LABEL[id])),
    );
    const english = await (await pane.fileFindings(basename(units.faulty))).innerText();
    for (const finding of findings) expect(english).toContain(renderFinding(finding, "en"));
    await screenshot(browser.page, "pane-consolidate-english");

    await pane.switchLanguage("vi");
    const vietnamese = await (await pane.fileFindings(basename(units.faulty))).innerText();
    for (const finding of findings) expect(vietnamese).toContain(renderFinding(finding, "vi"));
    expect(vietnamese).toBe(vietnamese.normalize("NFC"));
    expect(vietnamese).not.toMatch(MOJIBAKE);
  });

  it("has no serious or critical accessibility violation on any pane", async () => {
    const found: Record<string, string[]> = {};
    for (const tab of TAB_IDS) {
      await pane.openTab(tab);
      found[tab] = await seriousViolations(browser.page);
      await screenshot(browser.page, `pane-${tab}`);
    }
    expect(found).toEqual(Object.fromEntries(TAB_IDS.map((tab) => [tab, []])));
    expect(browser.errors).toEqual([]);
  }, 150_000);
});
