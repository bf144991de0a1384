import type { SheetPlan } from "../../../src/core/workbook-model/plan";
import { describeHostError, HostError, officeWorkbookHost } from "../../../src/hosts/office";
import { messageOf } from "../../../src/core/error-message";
import { toBase64 } from "../../../src/hosts/office/workbook-actions";
import { setup } from "./helpers";

const SECTION: SheetPlan = {
  name: "Mục",
  blocks: [
    {
      origin: "A1",
      rows: [
        ["I. KẾT QUẢ", null],
        ["=không phải công thức", 12],
      ],
    },
  ],
  styles: [{ range: "A1:B1", style: { font: { bold: true } } }],
  merges: ["A1:B1"],
};

describe("insertAtSelection", () => {
  it("writes the section with its A1 at the selected cell", async () => {
    const { excel, host } = setup();
    excel.addSheet("Báo cáo");
    excel.select("Báo cáo", "C5:D6");
    await host.insertAtSelection(SECTION);
    expect(excel.cell("Báo cáo", "C5")).toEqual({ value: "I. KẾT QUẢ" });
    expect(excel.cell("Báo cáo", "C6")).toEqual({ value: "=không phải công thức" });
    expect(excel.cell("Báo cáo", "D6")).toEqual({ value: 12 });
    expect(excel.sheet("Báo cáo").merges).toEqual([{ top: 5, left: 3, bottom: 5, right: 4 }]);
    expect(excel.format("Báo cáo", "D5")?.font).toEqual({ bold: true });
    expect(excel.syncs).toBe(3);
  });

  it("refuses to overwrite cells that are not empty", async () => {
    const { excel, host } = setup();
    excel.addSheet("Báo cáo");
    excel.setCells("Báo cáo", { D6: "dữ liệu" });
    excel.select("Báo cáo", "C5");
    await expect(host.insertAtSelection(SECTION)).rejects.toMatchObject({
      code: "target-not-empty",
      params: { range: "C5:D6" },
    });
    expect(excel.cell("Báo cáo", "C5")).toBeUndefined();
  });
});

describe("insertAtSelection with several areas selected", () => {
  it("asks for one starting cell and writes nothing", async () => {
    const { excel, host } = setup();
    excel.addSheet("Báo cáo");
    excel.select("Báo cáo", "C5:D6,F9");
    const error: unknown = await host.insertAtSelection(SECTION).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(describeHostError(error as HostError, "vi")).toContain("nhiều vùng");
    expect(excel.cell("Báo cáo", "C5")).toBeUndefined();
  });
});

describe("insertAtSelection on a protected sheet", () => {
  it("says the sheet is protected", async () => {
    const { excel, host } = setup();
    excel.addSheet("Báo cáo").protection = { options: {} };
    excel.select("Báo cáo", "A1");
    await expect(host.insertAtSelection(SECTION)).rejects.toMatchObject({ code: "sheet-protected" });
  });
});

describe("selectCell, openAsNewWorkbook, settings", () => {
  it("activates the sheet and selects the cell; a missing sheet is a HostError", async () => {
    const { excel, host } = setup();
    excel.addSheet("Biểu mẫu");
    await host.selectCell("Biểu mẫu", "D12");
    expect(excel.state.activeSheetId).toBe(excel.sheet("Biểu mẫu").id);
    expect(excel.state.selection?.range).toEqual({ top: 12, left: 4, bottom: 12, right: 4 });
    await expect(host.selectCell("Không có", "A1")).rejects.toBeInstanceOf(HostError);
  });

  it("opens bytes as a new workbook where Excel.createWorkbook exists, else says unsupported", async () => {
    const bytes = new Uint8Array([80, 75, 3, 4, 255, 0]);
    const { excel, host } = setup();
    expect(await host.openAsNewWorkbook(bytes)).toBe("opened");
    expect(excel.createdWorkbooks).toEqual([Buffer.from(bytes).toString("base64")]);
    expect(await setup({ createWorkbook: false }).host.openAsNewWorkbook(bytes)).toBe("unsupported");
  });

  it("encodes large files to base64 as Node does", () => {
    const bytes = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 31) % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  });

  it("stores settings in the document and saves them", async () => {
    const { excel, host } = setup();
    expect(await host.loadSettings()).toEqual({});
    await host.saveSettings({ agency: "Sở Xây dựng", signer: "Nguyễn Văn A" });
    expect(excel.settings.saved).toEqual({
      "thidua.settings": { agency: "Sở Xây dựng", signer: "Nguyễn Văn A" },
    });
    expect(await host.loadSettings()).toEqual({ agency: "Sở Xây dựng", signer: "Nguyễn Văn A" });
    excel.settings.failSave = "Office's own words: the document is offline";
    const error = (await host.saveSettings({}).catch((e: unknown) => e)) as HostError;
    expect(error).toMatchObject({ code: "settings-not-saved" });
    // The clerk reads the catalogue's words; Office's stay with the error, for the console.
    for (const lang of ["vi", "en"] as const) expect(describeHostError(error, lang)).not.toContain("Office");
    expect(messageOf(error.cause)).toContain("offline");
  });
});

describe("settings across runtimes", () => {
  it("the ribbon's runtime reads what the pane saved after it started", async () => {
    const { excel, host: pane } = setup();
    const ribbonEnv = { ...excel.env, settings: excel.settings.otherRuntime() };
    const ribbon = officeWorkbookHost({ env: ribbonEnv });
    await pane.saveSettings({ year: "2025", unitName: "Văn phòng Sở" });
    expect(await ribbon.loadSettings()).toEqual({ year: "2025", unitName: "Văn phòng Sở" });
  });
});
