/**
 * The workbooks thidua writes open in LibreOffice: converted to PDF, their Vietnamese text comes out intact.
 * Runs where LibreOffice and poppler-utils are installed (apt-get install libreoffice-calc poppler-utils),
 * and says so where they are not.
 */
import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";
import { dirname, join } from "node:path";
import { DEFAULT_CAMPAIGN } from "../../src/core/campaign/default-campaign";
import { buildSummaryPlan, consolidate } from "../../src/core/consolidation";
import { buildTemplatePlan } from "../../src/core/template";
import { checkWorkbook } from "../../src/core/validation/validate";
import { checkedFile } from "../../src/core/validation/file-check";
import { writeWorkbook } from "../../src/hosts/xlsx";
import { sampleBatch } from "../../src/dev/sample/batch";
import { libreOfficeAvailable, toPdf } from "../helpers/office-files";
import { planToSnapshot } from "../helpers/plan-to-snapshot";

const maybe = libreOfficeAvailable() ? describe : describe.skip;

/** The PDF's text laid out as on the page, NFC. */
function pdfText(xlsx: Uint8Array, name: string): string {
  const pdf = toPdf(xlsx, `${name}.xlsx`);
  return execFileSync("pdftotext", ["-layout", pdf, "-"]).toString("utf8").normalize("NFC");
}

maybe("LibreOffice opens what thidua writes", () => {
  it("opens the standard template", async () => {
    const text = pdfText(
      await writeWorkbook(buildTemplatePlan(DEFAULT_CAMPAIGN, { unitCode: "VP", year: 2024 })),
      "bieu-mau",
    );
    expect(text).toContain("BIỂU MẪU BÁO CÁO KẾT QUẢ THỰC HIỆN PHONG TRÀO THI ĐUA");
    expect(text).toContain("Số CCVC-NLĐ tham gia ủng hộ Quỹ");
  }, 180_000);

  it("opens the summary workbook", async () => {
    const batch = sampleBatch(DEFAULT_CAMPAIGN, {
      years: [2024],
      seed: 5,
      missing: ["TTr"],
      faulty: ["QLXD"],
    });
    const inputs = batch.map((f) => ({
      check: checkedFile(f.name, checkWorkbook(planToSnapshot(f.plan, f.name), DEFAULT_CAMPAIGN)),
    }));
    const plan = buildSummaryPlan(consolidate(inputs, DEFAULT_CAMPAIGN, { year: 2024 }), DEFAULT_CAMPAIGN);
    const text = pdfText(await writeWorkbook(plan), "tong-hop");
    expect(text).toContain("TỔNG HỢP CHỈ TIÊU");
    expect(text).toContain("Chưa nộp");
    expect(text).toContain("Tổng cộng");
  }, 180_000);

  it("renders the summary's native charts, on the last page", async () => {
    const batch = sampleBatch(DEFAULT_CAMPAIGN, { years: [2024], seed: 5, missing: ["TTr"] });
    const inputs = batch.map((f) => ({
      check: checkedFile(f.name, checkWorkbook(planToSnapshot(f.plan, f.name), DEFAULT_CAMPAIGN)),
    }));
    const full = buildSummaryPlan(consolidate(inputs, DEFAULT_CAMPAIGN, { year: 2024 }), DEFAULT_CAMPAIGN);
    const plan = {
      ...full,
      sheets: full.sheets.filter((s) => !["Nguồn số liệu", "Kết quả kiểm tra"].includes(s.name)),
    };
    const pdf = toPdf(await writeWorkbook(plan), "bieu-do.xlsx");
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())?.[1]);
    const last = execFileSync("pdftotext", ["-f", String(pages), "-l", String(pages), "-layout", pdf, "-"])
      .toString("utf8")
      .normalize("NFC")
      // LibreOffice spaces the letters of chart texts apart here and there.
      .replace(/\s+/g, "");
    // The chart titles and the axis labels are drawn from the cells the series refer to.
    expect(last).toContain("SốtiềnủnghộQuỹ“Vìngườinghèo”theođơnvị");
    expect(last).toContain("Hộnghèođượcgiúpđỡtheođơnvị");
    expect(last).toContain("Sốđơnvịtheoxếploạinăm2024");
    expect(last).toContain("PhòngKếhoạch-Tàichính");
    expect(last).toContain("Hoànthànhtốt");
    const png = join(dirname(pdf), "bieu-do");
    execFileSync("pdftoppm", [
      "-png",
      "-r",
      "40",
      "-f",
      String(pages),
      "-l",
      String(pages),
      "-singlefile",
      pdf,
      png,
    ]);
    expect(statSync(`${png}.png`).size).toBeGreaterThan(5_000);
  }, 180_000);
});
