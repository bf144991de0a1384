import { rowsLeftOutLines } from "../../src/cli/rows-left-out-lines";
import type { SheetPlan } from "../../src/core/workbook-model/plan";

const sheet = (name: string, rowsLeftOut?: number): SheetPlan => ({ name, blocks: [], rowsLeftOut });

describe("the terminal's line for a summary sheet that could not hold all its rows", () => {
  const plan = { sheets: [sheet("Tổng hợp"), sheet("Kết quả kiểm tra", 12_345), sheet("Sáng kiến", 1)] };

  it("names each such sheet and how many rows it left out, the number written the language's way", () => {
    expect(rowsLeftOutLines(plan, "vi")).toEqual([
      "Sheet “Kết quả kiểm tra” không chứa hết các dòng: còn 12.345 dòng vượt quá dòng cuối của một trang tính Excel (1.048.576) nên không ghi; dòng cuối của sheet ghi chú điều này. Các dòng đó vẫn có trong tệp của từng đơn vị.",
      "Sheet “Sáng kiến” không chứa hết các dòng: còn 1 dòng vượt quá dòng cuối của một trang tính Excel (1.048.576) nên không ghi; dòng cuối của sheet ghi chú điều này. Các dòng đó vẫn có trong tệp của từng đơn vị.",
    ]);
    const en = rowsLeftOutLines(plan, "en");
    expect(en[0]).toContain("“Kết quả kiểm tra” could not hold all its rows: 12,345 more rows would pass");
    expect(en[1]).toContain(": 1 more row would pass");
  });

  it("says nothing when every sheet holds its rows", () => {
    expect(rowsLeftOutLines({ sheets: [sheet("Tổng hợp")] }, "vi")).toEqual([]);
  });
});
