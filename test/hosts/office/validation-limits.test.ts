import type { WorkbookPlan } from "../../../src/core/workbook-model/plan";
import { describeNotice } from "../../../src/hosts/office";
import { setup } from "./helpers";

const LONG_TITLE = "Giá trị không nằm trong danh sách đơn vị được chấm điểm";
const LONG_MESSAGE = "Hãy chọn một giá trị trong danh sách thả xuống. ".repeat(8);

function plan(values: string[], error = { title: LONG_TITLE, message: LONG_MESSAGE }): WorkbookPlan {
  return {
    sheets: [
      {
        name: "Biểu mẫu",
        blocks: [{ origin: "A1", rows: [["Đơn vị", "Xếp loại"]] }],
        validations: [{ range: "B2:B40", values, error }],
      },
    ],
  };
}

describe("writeSheets: data validation texts within Excel's limits", () => {
  it("cuts an over-long error title and message with … and says which drop-down", async () => {
    const { excel, host, notices } = setup();
    await host.writeSheets(plan(["Xuất sắc", "Tốt", "Khá"]), async () => true);
    const alert = excel.sheet("Biểu mẫu").validations[0].errorAlert as { title: string; message: string };
    expect([...alert.title]).toHaveLength(32);
    expect(alert.title.endsWith("…")).toBe(true);
    expect([...alert.message]).toHaveLength(225);
    expect(notices).toEqual([{ code: "validation-text-cut", count: 1, items: ["Biểu mẫu!B2:B40"] }]);
    expect(describeNotice(notices[0], "vi")).toContain("Biểu mẫu!B2:B40");
  });

  it("a list longer than 255 characters goes to the lists sheet, not into the rule", async () => {
    const { excel, host } = setup();
    const values = Array.from({ length: 40 }, (_, i) => `Phòng Quản lý xây dựng số ${i + 1}`);
    await host.writeSheets(plan(values, { title: "Sai", message: "Chọn trong danh sách" }), async () => true);
    const rule = excel.sheet("Biểu mẫu").validations[0].rule as { list: { source: string } };
    expect(rule.list.source.startsWith("=")).toBe(true);
  });
});
