import { planCells } from "../../../src/core/workbook-model/plan-cells";
import type { WorkbookPlan } from "../../../src/core/workbook-model/plan";

const plan: WorkbookPlan = {
  sheets: [
    {
      name: "Biểu đồ",
      blocks: [
        { origin: "B2", rows: [["Đơn vị", "Số"], ["Văn phòng", 3], ["Thanh tra"]] },
        // A later block wins the cells it writes; its nulls leave the earlier values alone.
        { origin: "C3", rows: [[7, "x"], [{ formula: "=1+1", result: 2 }]] },
        { origin: "B3", rows: [[null]] },
      ],
    },
    { name: "Khác", blocks: [{ origin: "A1", rows: [[1]] }] },
  ],
};

describe("the values a plan writes into a range", () => {
  const cells = planCells(plan);

  it("reads a column across blocks, the later block winning and formulas giving their result", () => {
    expect(cells("Biểu đồ", "C2:C5")).toEqual(["Số", 7, 2, null]);
    expect(cells("Biểu đồ", "B2:B4")).toEqual(["Đơn vị", "Văn phòng", "Thanh tra"]);
  });

  it("reads a rectangle row by row, with nothing where no block writes, and any case of the sheet name", () => {
    expect(cells("biểu đồ", "A3:D3")).toEqual([null, "Văn phòng", 7, "x"]);
    expect(cells("Khác", "A1:B2")).toEqual([1, null, null, null]);
    expect(cells("Không có", "A1")).toEqual([null]);
  });
});
