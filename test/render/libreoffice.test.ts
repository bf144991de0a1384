/**
 * The workbooks thidua writes open in LibreOffice: converted to PDF, their Vietnamese text comes out intact.
 * Runs where LibreOffice and poppler-utils are installed (apt-get install libreoffice-calc poppler-utils),
 * and says so where they are not.
 */
import { execFileSync } from "node:child_process";
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
});
