import { fitRowHeights } from "../../../src/core/workbook-model/fit-rows";
import type { SheetPlan } from "../../../src/core/workbook-model/plan";

const sheet = (overrides: Partial<SheetPlan>): SheetPlan => ({ name: "S", blocks: [], ...overrides });
const long = "Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến trong toàn Sở Xây dựng";

describe("fitRowHeights", () => {
  it("grows a row whose wrapped text needs several lines", () => {
    const heights = fitRowHeights(
      sheet({
        columnWidths: { 1: 20 },
        blocks: [{ origin: "A2", rows: [[long]] }],
        styles: [{ range: "A1:A5", style: { wrap: true, font: { size: 12 } } }],
      }),
    );
    expect(heights[2]).toBeGreaterThanOrEqual(3 * 12);
  });

  it("leaves short or unwrapped text alone and keeps explicit heights", () => {
    const plan = sheet({
      columnWidths: { 1: 20 },
      rowHeights: { 1: 40 },
      blocks: [{ origin: "A1", rows: [["ngắn"], [long]] }],
    });
    expect(fitRowHeights(plan)).toEqual({ 1: 40 });
  });

  it("measures a merged cell across all its columns", () => {
    const base = {
      columnWidths: { 1: 20, 2: 20, 3: 20 },
      blocks: [{ origin: "A1", rows: [[long]] }],
      styles: [{ range: "A1", style: { wrap: true } }],
    };
    const alone = fitRowHeights(sheet(base))[1];
    const merged = fitRowHeights(sheet({ ...base, merges: ["A1:C1"] }))[1];
    expect(alone).toBeGreaterThan(merged ?? 0);
    expect(merged).toBeGreaterThan(15);
  });
});
