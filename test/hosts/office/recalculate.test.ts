import type { SheetPlan, WorkbookPlan } from "../../../src/core/workbook-model/plan";
import { setup } from "./helpers";

const TOTALS: SheetPlan = {
  name: "Tổng hợp",
  blocks: [
    {
      origin: "A1",
      rows: [
        ["Đơn vị", "Điểm"],
        ["Văn phòng Sở", 95],
        ["Thanh tra Sở", 90],
        ["Cộng", { formula: "SUM(B2:B3)" }],
      ],
    },
  ],
};

describe("formulas written with calculation suspended are recalculated", () => {
  it("writeSheets: the SUM total is read back without a stale value", async () => {
    const { excel, host } = setup();
    const plan: WorkbookPlan = { sheets: [TOTALS] };
    await host.writeSheets(plan, async () => true);
    expect(excel.sheet("Tổng hợp").dirty.size).toBe(0);
    const snapshot = await host.readSnapshot("all");
    expect(snapshot.sheets.find((s) => s.name === "Tổng hợp")?.cells.B4?.formula).toBe("SUM(B2:B3)");
  });

  it("insertAtSelection: the same, for a section with a total", async () => {
    const { excel, host } = setup();
    excel.addSheet("Báo cáo");
    excel.select("Báo cáo", "C5");
    await host.insertAtSelection(TOTALS);
    expect(excel.sheet("Báo cáo").dirty.size).toBe(0);
    await expect(host.readSnapshot("active")).resolves.toBeDefined();
  });
});
