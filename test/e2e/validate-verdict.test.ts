// Kiểm tra outside Excel in Chromium, on the production build: a faulty unit workbook gets the "cần sửa"
// verdict; fixed on disk and checked again, "có thể gửi"; the focus is on the verdict after each check.
// Saved by LibreOffice in its own format (.ods), the workbook is checked as its .xlsx is (where LibreOffice
// is installed, or THIDUA_REQUIRE_E2E=1 says it must be).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type { Locator } from "playwright-core";
import { DEFAULT_CAMPAIGN } from "../../src/core/campaign/default-campaign";
import { sampleBatch } from "../../src/dev/sample/batch";
import { writeWorkbook } from "../../src/hosts/xlsx";
import { translate } from "../../src/i18n/ui-text";
import { seriousViolations } from "./helpers/axe";
import { launch, type Browser } from "./helpers/browser";
import { ensureBuild } from "./helpers/build";
import { describeE2E } from "./helpers/chromium";
import { publish, screenshot } from "./helpers/screenshots";
import { startServer, type Served } from "./helpers/server";

const UNIT = "KHTC";
const SOFFICE = "/usr/lib/libreoffice/program/soffice";
const hasLibreOffice = existsSync(SOFFICE) || process.env.THIDUA_REQUIRE_E2E === "1";
if (!hasLibreOffice) console.warn("LibreOffice missing: skipping the .ods end-to-end test.");
const vi = (key: Parameters<typeof translate>[1]): string => translate("vi", key);

/** The unit's 2024 workbook with its typical mistakes, and the same workbook filled in right. */
async function unitWorkbooks(): Promise<{ name: string; faulty: Uint8Array; fixed: Uint8Array }> {
  const pick = (faulty: string[]) => {
    const file = sampleBatch(DEFAULT_CAMPAIGN, { years: [2024], seed: 606, faulty }).find(
      (f) => f.unitCode === UNIT,
    );
    if (!file) throw new Error(`the sample batch has no workbook for ${UNIT}`);
    return file;
  };
  const faulty = pick([UNIT]);
  return {
    name: basename(faulty.name),
    faulty: await writeWorkbook(faulty.plan),
    fixed: await writeWorkbook(pick([]).plan),
  };
}

describeE2E(
  "Kiểm tra in Chromium, outside Excel: the verdict before and after the file is fixed",
  (chromium) => {
    let served: Served;
    let browser: Browser;
    let dir: string;

    beforeAll(async () => {
      await ensureBuild();
      dir = mkdtempSync(join(tmpdir(), "thidua-e2e-verdict-"));
      served = await startServer();
      browser = await launch(chromium);
    }, 300_000);

    afterAll(async () => {
      await browser?.close();
      await served?.stop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it("with the page's file input: “cần sửa”, then after the fix and “Mở lại tệp”, “có thể gửi”, the focus on the verdict", async () => {
      const { page } = browser;
      const { name, faulty, fixed } = await unitWorkbooks();
      const path = join(dir, name);
      writeFileSync(path, faulty);
      // A browser without the File System Access picker (Firefox, Safari, the pane inside Excel on the web).
      await page.addInitScript(() => Reflect.deleteProperty(window, "showOpenFilePicker"));

      // The task pane's narrowest width in Excel.
      await page.setViewportSize({ width: 320, height: 800 });
      await page.goto(served.url);
      const panel = page.locator("#panel-validate");
      await panel.waitFor({ state: "visible" });
      const verdict = panel.getByRole("region", { name: vi("validate.verdict.label") });
      const status = panel.getByRole("status");
      const focusIsOn = (region: Locator): Promise<boolean> =>
        region.evaluate((el) => el === document.activeElement);

      await panel.locator("input[type=file]").first().setInputFiles(path);
      await status.filter({ hasText: "Đã kiểm tra" }).waitFor();
      await verdict.getByText("lỗi cần sửa trước khi gửi").waitFor();
      expect(await status.innerText()).toBe("Đã kiểm tra 1 biểu mẫu: 1 cần sửa trước khi gửi, 0 có thể gửi.");
      expect(await focusIsOn(verdict)).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
      publish(await screenshot(page, "validate-verdict"), "pane-validate-verdict.png");

      // The unit fixes its workbook; the file on disk changes (a later modification time).
      await new Promise((resolve) => setTimeout(resolve, 1100));
      writeFileSync(path, fixed);
      const again = panel.getByRole("button", { name: vi("validate.runAgain") });
      await again.focus();
      await again.press("Enter");
      const ready = verdict.getByText(vi("validate.verdict.ready"), { exact: false });
      const reopen = verdict.getByRole("button", { name: `${vi("validate.files.reopen")} ${name}` });
      // Chromium will not read a picked file that changed on disk (NotReadableError): the pane says so and
      // asks for the file again, and "Mở lại tệp" picks it with the file chooser.
      await reopen.waitFor();
      expect(await verdict.innerText()).toContain(vi("validate.verdict.changed"));
      expect(await verdict.innerText()).not.toContain("NotReadableError");
      const [chooser] = await Promise.all([page.waitForEvent("filechooser"), reopen.click()]);
      await chooser.setFiles(path);
      await ready.waitFor();
      expect(await verdict.getByRole("listitem").count()).toBe(1);
      expect(await verdict.innerText()).not.toContain("lỗi cần sửa");
      expect(await status.innerText()).toBe("Đã kiểm tra 1 biểu mẫu: 0 cần sửa trước khi gửi, 1 có thể gửi.");
      expect(await focusIsOn(verdict)).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
      expect(browser.errors).toEqual([]);
    });

    it("with a file picked with a handle (Chrome, Edge): after the fix on disk, “Kiểm tra lại” alone says “có thể gửi”", async () => {
      const { name, faulty, fixed } = await unitWorkbooks();
      const path = join(dir, `handle-${name}`);
      writeFileSync(path, faulty);
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 320, height: 800 });
      // Chromium's own picker is a native dialog the test cannot answer: this one gives a handle whose
      // getFile() reads the file from disk each time, as the real handle does.
      await page.route("**/__disk__", (route) => route.fulfill({ body: readFileSync(path) }));
      await page.addInitScript((file) => {
        const handle = {
          getFile: async () => new File([await (await fetch("/__disk__")).arrayBuffer()], file),
        };
        Object.defineProperty(window, "showOpenFilePicker", { value: () => Promise.resolve([handle]) });
      }, name);
      await page.goto(served.url);
      const panel = page.locator("#panel-validate");
      const verdict = panel.getByRole("region", { name: vi("validate.verdict.label") });
      await panel.getByRole("button", { name: translate("vi", "consolidate.drop.pick") }).click();
      await verdict.getByText("lỗi cần sửa trước khi gửi").waitFor();

      writeFileSync(path, fixed);
      await panel.getByRole("button", { name: vi("validate.runAgain") }).click();
      await verdict.getByText(vi("validate.verdict.ready"), { exact: false }).waitFor();
      expect(await verdict.getByRole("listitem").count()).toBe(1);
      expect(await verdict.innerText()).not.toContain(vi("validate.verdict.changed"));
      expect(await panel.getByRole("status").innerText()).toBe(
        "Đã kiểm tra 1 biểu mẫu: 0 cần sửa trước khi gửi, 1 có thể gửi.",
      );
      await page.close();
    });

    (hasLibreOffice ? it : it.skip)(
      "with the workbook saved as .ods by LibreOffice: read, and given the counts its .xlsx gets",
      async () => {
        const { name, faulty } = await unitWorkbooks();
        const xlsx = join(dir, `ods-${name}`);
        writeFileSync(xlsx, faulty);
        const profile = `-env:UserInstallation=file://${dir}/profile`;
        const convert = spawnSync(
          SOFFICE,
          [profile, "--headless", "--convert-to", "ods", "--outdir", dir, xlsx],
          {
            stdio: "ignore",
            timeout: 120_000,
          },
        );
        expect(convert.status).toBe(0);
        const ods = xlsx.replace(/\.xlsx$/, ".ods");
        const page = await browser.context.newPage();
        await page.setViewportSize({ width: 320, height: 800 });
        await page.goto(served.url);
        const panel = page.locator("#panel-validate");
        const status = panel.getByRole("status");
        await panel.locator("input[type=file]").first().setInputFiles([xlsx, ods]);
        await status.filter({ hasText: "Đã kiểm tra" }).waitFor();
        expect(await status.innerText()).toBe(
          "Đã kiểm tra 2 biểu mẫu: 2 cần sửa trước khi gửi, 0 có thể gửi.",
        );
        // Each file's lines: its name, the unit, its counts.
        const verdict = panel.getByRole("region", { name: vi("validate.verdict.label") });
        const lines = (await verdict.innerText()).split("\n").map((l) => l.trim());
        const after = (file: string, n: number) => lines[lines.indexOf(basename(file)) + n];
        expect(lines).toContain(basename(ods));
        expect(after(ods, 1)).toBe(after(xlsx, 1));
        expect(after(ods, 2)).toMatch(/^\d+ lỗi cần sửa trước khi gửi/);
        expect(after(ods, 2)).toBe(after(xlsx, 2));
        await page.close();
      },
      180_000,
    );
  },
);
