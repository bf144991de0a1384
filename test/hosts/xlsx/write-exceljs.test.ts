import ExcelJS from "exceljs";
import { writeWorkbook } from "../../../src/hosts/xlsx";
import { DATA, fullPlan, LONG_LIST, MAIN, SECRET } from "./full-plan";

/** The written file, opened with plain ExcelJS, to check what readWorkbook does not report. */
describe("a plan with every feature, read back with plain ExcelJS", () => {
  const workbook = new ExcelJS.Workbook();
  beforeAll(async () => {
    const bytes = await writeWorkbook(fullPlan());
    await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
  });
  const sheet = (name: string): ExcelJS.Worksheet => {
    const ws = workbook.getWorksheet(name);
    if (!ws) throw new Error(`no sheet ${name}`);
    return ws;
  };
  /** ExcelJS keeps validations per cell after loading; its typings leave them out. */
  const validation = (ws: ExcelJS.Worksheet, address: string): unknown =>
    (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model[address];

  it("writes fonts, fills, alignment, borders, number formats and protection", () => {
    const ws = sheet(MAIN);
    expect(ws.getCell("A1").font).toMatchObject({
      name: "Times New Roman",
      size: 14,
      bold: true,
      color: { argb: "FF1F4E79" },
    });
    expect(ws.getCell("A1").alignment).toMatchObject({ horizontal: "center", vertical: "middle" });
    expect(ws.getCell("F1").alignment).toMatchObject({ horizontal: "center" });
    const header = ws.getCell("B3");
    expect(header.font).toMatchObject({ bold: true, name: "Calibri", size: 11 });
    expect(header.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } });
    expect(header.alignment).toMatchObject({ wrapText: true });
    // Layered: the later style adds top/left/right and keeps the earlier bottom.
    expect(header.border).toMatchObject({
      top: { style: "thin" },
      left: { style: "thin" },
      right: { style: "thin" },
      bottom: { style: "medium" },
    });
    expect(ws.getCell("B4").font).toMatchObject({ italic: true, underline: true });
    expect(ws.getCell("B4").alignment).toMatchObject({ indent: 2 });
    expect(ws.getCell("C4").numFmt).toBe("0.00");
    expect(ws.getCell("C4").protection).toMatchObject({ locked: false });
    expect(ws.getCell("D5").numFmt).toBe("dd/mm/yyyy");
    expect(ws.getCell("A4").protection?.locked).not.toBe(false);
  });

  it("writes merges, column widths and row heights", () => {
    const ws = sheet(MAIN);
    expect(ws.getCell("B1").isMerged).toBe(true);
    expect(ws.getCell("B1").master.address).toBe("A1");
    expect(ws.getCell("B21").master.address).toBe("A20");
    expect(ws.getColumn(1).width).toBe(12);
    expect(ws.getColumn(2).width).toBe(40);
    expect(ws.getRow(1).height).toBe(30);
  });

  it("writes list validations inline when short, on a hidden sheet when long or containing commas", () => {
    const ws = sheet(MAIN);
    expect(validation(ws, "C5")).toMatchObject({
      type: "list",
      formulae: ['"0,5,10"'],
      showErrorMessage: true,
      errorTitle: "Sai",
      error: "Chọn trong danh sách",
    });
    expect(validation(ws, "F100000")).toMatchObject({ formulae: ['"Đạt,Không đạt"'] });
    expect(validation(ws, "B4")).toMatchObject({ formulae: ["'_lists'!$A$1:$A$40"] });
    expect(validation(ws, "A5")).toMatchObject({ formulae: ["'_lists'!$B$1:$B$2"] });
    const lists = sheet("_lists");
    expect(lists.state).toBe("hidden");
    expect(LONG_LIST.map((_, i) => lists.getCell(i + 1, 1).value)).toEqual(LONG_LIST);
    expect([lists.getCell("B1").value, lists.getCell("B2").value]).toEqual(["DV01, cũ", "DV02"]);
  });

  it("writes notes, with the author as a bold first line", () => {
    expect(sheet(MAIN).getCell("A1").note).toBe("Tiêu đề biểu mẫu");
    const note = sheet(MAIN).getCell("C4").note;
    expect(typeof note === "object" && note.texts?.map((t) => t.text).join("")).toBe(
      "Ban Thi đua:\nNhập điểm 0–10",
    );
  });

  it("writes freeze panes, gridlines, tab colour and visibility", () => {
    const ws = sheet(MAIN);
    expect(ws.views[0]).toMatchObject({
      state: "frozen",
      xSplit: 1,
      ySplit: 3,
      topLeftCell: "B4",
      showGridLines: false,
    });
    expect(ws.properties.tabColor).toEqual({ argb: "FF1F4E79" });
    expect([ws.state, sheet(DATA).state, sheet(SECRET).state]).toEqual(["visible", "hidden", "veryHidden"]);
  });

  it("protects sheets while allowing selection and column/row formatting", () => {
    const protection = (name: string) =>
      (sheet(name) as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
    const open = protection(MAIN);
    expect(open).toMatchObject({ sheet: true, formatColumns: true, formatRows: true });
    expect(open.selectLockedCells).not.toBe(false);
    expect(open.selectUnlockedCells).not.toBe(false);
    expect(open.hashValue).toBeUndefined();
    const withPassword = protection(DATA);
    expect(withPassword).toMatchObject({ sheet: true, algorithmName: "SHA-512", spinCount: 100000 });
    expect(typeof withPassword.hashValue).toBe("string");
  });

  it("writes the print setup", () => {
    const ws = sheet(MAIN);
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printArea: "A1:F20",
      printTitlesRow: "3:3",
      margins: { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 },
    });
    expect(ws.headerFooter).toMatchObject({ differentFirst: true, oddFooter: "&C&P" });
    expect(sheet(DATA).pageSetup).toMatchObject({ paperSize: 9, printArea: "A1:B2", printTitlesRow: "1:1" });
  });

  it("writes tables with their style and filter buttons", () => {
    const model = (name: string, sheetName: string) =>
      (sheet(sheetName).getTable(name) as unknown as { model: Record<string, unknown> }).model;
    expect(model("DonVi", MAIN)).toMatchObject({
      tableRef: "A3:D6",
      totalsRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: [
        { name: "Mã", filterButton: true },
        { name: "Tên đơn vị" },
        { name: "Điểm" },
        { name: "Ngày" },
      ],
    });
    expect(model("Trong", DATA)).toMatchObject({
      tableRef: "A1:B2",
      style: { theme: "TableStyleLight9" },
      columns: [
        { name: "Cột 1", filterButton: false },
        { name: "Cột 2", filterButton: false },
      ],
    });
  });

  it("writes document properties and opens on the first visible sheet", () => {
    expect(workbook.title).toBe("Báo cáo thi đua 2025");
    expect(workbook.creator).toBe("Ban Thi đua");
    expect(workbook.company).toBe("UBND tỉnh");
    expect(workbook.views[0]).toMatchObject({ activeTab: 0 });
  });
});
