import { buildReport, buildReportPlan, REPORT_SHEET } from "../../../src/core/report";
import type { SheetSnapshot } from "../../../src/core/workbook-model/snapshot";
import { readWorkbook, writeWorkbook } from "../../../src/hosts/xlsx";
import { C2023, C2024, CAMPAIGN, SETTINGS } from "./fixtures";

describe("the report written as .xlsx and read back", () => {
  let sheet: SheetSnapshot;
  const plan = buildReportPlan(buildReport(C2024, CAMPAIGN, SETTINGS, "annual", "vi", { previous: C2023 }));
  beforeAll(async () => {
    const snapshot = await readWorkbook(await writeWorkbook(plan), "bao-cao.xlsx");
    const found = snapshot.sheets.find((s) => s.name === REPORT_SHEET);
    if (!found) throw new Error("no report sheet");
    sheet = found;
  });
  const texts = (): string[] =>
    Object.values(sheet.cells).flatMap((c) => (typeof c.value === "string" ? [c.value] : []));

  it("keeps the title, the summary line and the header", () => {
    expect(texts()).toContain("BÁO CÁO");
    expect(texts()).toContain(
      "Kết quả thực hiện Phong trào thi đua “Vì người nghèo – Không để ai bị bỏ lại phía sau” năm 2024",
    );
    expect(sheet.cells.A1?.value).toBe("UBND TỈNH QUẢNG NGÃI");
    expect(sheet.cells.I1?.value).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  });

  it("keeps the recipients block and the signature", () => {
    expect(texts()).toContain("Nơi nhận:");
    expect(texts()).toContain(
      "- UBND tỉnh;\n- Sở Nội vụ;\n- Giám đốc Sở;\n- Các phòng, đơn vị thuộc Sở;\n- Lưu: VT, VP.",
    );
    expect(texts()).toContain("KT. GIÁM ĐỐC");
    expect(texts()).toContain("Nguyễn Văn An");
  });

  it("keeps the merges, numbers as numbers with #,##0, and the paragraphs' first-line indent", () => {
    expect(sheet.merges).toEqual(expect.arrayContaining(plan.sheets[0].merges ?? []));
    const numbers = Object.values(sheet.cells).filter((c) => typeof c.value === "number");
    expect(numbers.some((c) => c.numFmt === "#,##0")).toBe(true);
    expect(texts().some((t) => t.startsWith("\u00a0".repeat(10) + "I. CÔNG TÁC"))).toBe(true);
    for (const t of texts()) expect(t).toBe(t.normalize("NFC"));
  });
});
