import { FakeExcel, seedPlan } from "../../../src/hosts/fake";
import { longSheetPlan } from "../../../src/dev/bench-office/scenarios";
import { officeWorkbookHost, type HostNotice } from "../../../src/hosts/office";
import { MARKS_SHEET } from "../../../src/hosts/office/marks/marks-sheet";

describe("readSnapshot", () => {
  it("reads a 5,000-row sheet in at most 4 syncs, dates as serials and formulas with their results", async () => {
    const excel = new FakeExcel({ workbookName: "VP-2024.xlsx" });
    seedPlan(excel, longSheetPlan(5_000));
    const snapshot = await officeWorkbookHost({ env: excel.env }).readSnapshot("active");
    expect(excel.syncs).toBeLessThanOrEqual(4);
    expect(excel.requests.every((r) => r.bytes < 5_000_000 && r.responseBytes < 5_000_000)).toBe(true);
    const sheet = snapshot.sheets[0];
    expect(snapshot.fileName).toBe("VP-2024.xlsx");
    expect(Object.keys(sheet.cells)).toHaveLength(1 + 10 + 5_000 * 10);
    expect(sheet.cells.A3).toEqual({ value: 1 });
    expect(sheet.cells.B5002).toEqual({ value: "Hoàng Thu Hà 4999" });
    expect(sheet.cells.C3).toEqual({ value: 45292, numFmt: "dd/mm/yyyy" });
    expect(sheet.cells.J3).toEqual({ value: 2, formula: "A3*2" });
    expect(sheet.merges).toEqual(["A1:J1"]);
  });

  it("maps error texts to errors, keeps hidden sheets with their visibility, names and tables", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Biểu mẫu");
    excel.addSheet("Danh sách");
    excel.addSheet("_meta", "VeryHidden");
    excel.addSheet(MARKS_SHEET, "VeryHidden");
    excel.setCells("Biểu mẫu", {
      A1: "Đơn vị",
      B1: "Văn phòng Sở",
      B2: { value: null, error: "#REF!", formula: "Danh sách!Z99" },
      B3: { value: 0.25, numberFormat: "0%" },
      B4: true,
    });
    excel.setCells("Danh sách", { A1: "STT", B1: "Họ tên", A2: 1, B2: "An" });
    excel.setCells("_meta", { A1: "v2" });
    const form = excel.sheet("Biểu mẫu");
    excel.state.names.push({
      name: "unit_name",
      ref: { sheetId: form.id, range: { top: 1, left: 2, bottom: 1, right: 2 } },
    });
    form.names.push({
      name: "local",
      ref: { sheetId: form.id, range: { top: 3, left: 2, bottom: 4, right: 2 } },
    });
    excel.state.tables.push({
      id: "t1",
      name: "tbl_proposals",
      sheetId: excel.sheet("Danh sách").id,
      range: { top: 1, left: 1, bottom: 2, right: 2 },
      columns: ["STT", "Họ tên"],
      style: "TableStyleLight9",
      showTotals: false,
      showFilterButton: true,
    });

    const snapshot = await officeWorkbookHost({ env: excel.env }).readSnapshot("all");

    expect(snapshot.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Biểu mẫu", "visible"],
      ["Danh sách", "visible"],
      ["_meta", "veryHidden"],
    ]);
    expect(snapshot.sheets[0].cells).toEqual({
      A1: { value: "Đơn vị" },
      B1: { value: "Văn phòng Sở" },
      B2: { value: null, error: "#REF!", formula: "Danh sách!Z99" },
      B3: { value: 0.25, numFmt: "0%" },
      B4: { value: true },
    });
    expect(snapshot.names).toEqual([
      { name: "unit_name", sheet: "Biểu mẫu", ref: "B1" },
      { name: "local", sheet: "Biểu mẫu", ref: "B3:B4", scopeSheet: "Biểu mẫu" },
    ]);
    expect(snapshot.tables).toEqual([
      { name: "tbl_proposals", sheet: "Danh sách", ref: "A1:B2", columns: ["STT", "Họ tên"] },
    ]);
    // Workbook; used ranges, names and tables; merges; cells.
    expect(excel.syncs).toBe(4);
  });

  it("without ExcelApi 1.13 it cannot see merges: it says so and reads the cells", async () => {
    const excel = new FakeExcel({ apiVersion: "1.8" });
    seedPlan(excel, longSheetPlan(3));
    const notices: HostNotice[] = [];
    const snapshot = await officeWorkbookHost({
      env: excel.env,
      notice: (n) => notices.push(n),
    }).readSnapshot("all");
    expect(snapshot.sheets[0].merges).toEqual([]);
    expect(snapshot.sheets[0].cells.A1).toEqual({ value: "Danh sách đề nghị khen thưởng" });
    expect(notices).toEqual([{ code: "merges-unknown", count: 1, items: ["Danh sách"] }]);
  });

  it("reads again in smaller parts when a response is over the limit", async () => {
    const excel = new FakeExcel({ payloadBytes: 60_000 });
    seedPlan(excel, longSheetPlan(500));
    const snapshot = await officeWorkbookHost({ env: excel.env }).readSnapshot("active");
    expect(Object.keys(snapshot.sheets[0].cells)).toHaveLength(1 + 10 + 500 * 10);
    expect(excel.requests.some((r) => r.failed === "ResponsePayloadSizeLimitExceeded")).toBe(true);
  });

  it("the active sheet only, when asked", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Một");
    excel.addSheet("Hai");
    excel.setCells("Hai", { A1: 2 });
    excel.state.activeSheetId = excel.sheet("Hai").id;
    const snapshot = await officeWorkbookHost({ env: excel.env }).readSnapshot("active");
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Hai"]);
    expect(snapshot.sheets[0].cells).toEqual({ A1: { value: 2 } });
  });
});

describe("readSnapshot of named sheets", () => {
  it("reads only their cells, names and tables, whatever the case or Unicode form of the names", async () => {
    const excel = new FakeExcel();
    seedPlan(excel, longSheetPlan(5_000));
    excel.addSheet("Quy tắc");
    excel.setCells("Quy tắc", { A1: "Mã quy tắc", B1: "Biểu thức" });
    const summary = excel.state.sheets[0].name;
    excel.resetCounts();
    const snapshot = await officeWorkbookHost({ env: excel.env }).readSnapshot({
      sheets: ["QUY TẮC".normalize("NFD"), "Trường"],
    });
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Quy tắc"]);
    expect(snapshot.sheets[0].cells.B1).toEqual({ value: "Biểu thức" });
    expect(snapshot.names.concat(snapshot.tables).filter((n) => n.sheet === summary)).toEqual([]);
    // The 50,000 cells beside them are not read: the answers are small.
    expect(excel.requests.reduce((n, r) => n + r.responseBytes, 0)).toBeLessThan(20_000);
  });
});
