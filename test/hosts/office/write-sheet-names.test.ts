import type { WorkbookPlan } from "../../../src/core/workbook-model/plan";
import { setup } from "./helpers";

const LONG = "Tổng hợp điểm thi đua năm 2024"; // 30 characters

function plan(name: string): WorkbookPlan {
  return {
    sheets: [
      {
        name,
        blocks: [
          {
            origin: "A1",
            rows: [
              ["Đơn vị", "Điểm"],
              ["Văn phòng Sở", 95],
            ],
          },
        ],
      },
    ],
  };
}

describe("writeSheets: sheet names Excel refuses", () => {
  it("replaces a sheet whose name is near 31 characters: the backup name is cut to fit", async () => {
    const { excel, host } = setup();
    excel.addSheet(LONG);
    excel.setCells(LONG, { A1: "bản cũ" });
    expect(await host.writeSheets(plan(LONG), async () => true)).toEqual([LONG]);
    expect(excel.sheetNames()).toEqual(["Sheet1", LONG]);
    expect(excel.cell(LONG, "B2")).toEqual({ value: 95 });
  });

  it("a sheet cut to 31 characters for a second copy keeps the name Excel accepts", async () => {
    const { excel, host } = setup();
    excel.addSheet(LONG);
    const [name] = await host.writeSheets(plan(LONG), async () => false);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(excel.sheetNames()).toContain(name);
  });

  it("the fake refuses the reserved name History, as Excel does", async () => {
    const { host } = setup();
    await expect(host.writeSheets(plan("History"), async () => true)).rejects.toThrow(/History/);
  });
});
