import type { SheetPlan, WorkbookPlan } from "../../../src/core/workbook-model/plan";
import { largePlan, summaryPlanFor } from "../../../src/dev/bench-office/scenarios";
import { officeErrorCode } from "../../../src/hosts/office/errors";
import { expectWritten, never, setup } from "./helpers";

const SUMMARY_UNITS = 50;
let summary: WorkbookPlan;

beforeAll(async () => {
  summary = await summaryPlanFor(SUMMARY_UNITS);
});

function sheet(name: string, extra: Partial<SheetPlan> = {}): SheetPlan {
  return {
    name,
    blocks: [
      {
        origin: "A1",
        rows: [
          ["Họ tên", "Số tiền"],
          ["An", 100],
          ["Bình", 200],
        ],
      },
    ],
    ...extra,
  };
}

async function failureCode(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    return officeErrorCode(error) ?? String(error);
  }
  return undefined;
}

describe("writeSheets", () => {
  it(`writes the summary of ${SUMMARY_UNITS} units in at most 8 syncs plus one per 5 MB, values before formats`, async () => {
    const { excel, host } = setup();
    const written = await host.writeSheets(summary, never);
    const bytes = excel.requests.reduce((n, r) => n + r.bytes, 0);
    expect(excel.syncs).toBeLessThanOrEqual(8 + Math.ceil(bytes / 5_000_000));
    expect(excel.requests.every((r) => r.bytes <= 5_000_000 && r.failed === undefined)).toBe(true);
    expect(written).toEqual(summary.sheets.map((s) => s.name));
    const writes = excel.requests.filter((r) => r.bytes > 10_000);
    expect(writes.every((r) => r.calculationSuspended)).toBe(true);
    expectWritten(await host.readSnapshot("all"), summary);
  });

  it("chunks a plan bigger than 5 MB into requests under the limit, and it all arrives", async () => {
    const { excel, host } = setup();
    const plan = largePlan(12);
    await host.writeSheets(plan, never);
    const data = excel.requests.filter((r) => r.bytes > 1_000_000);
    expect(data.length).toBeGreaterThanOrEqual(3);
    expect(excel.requests.every((r) => r.bytes <= 5_000_000 && r.failed === undefined)).toBe(true);
    const rows = plan.sheets[0].blocks[0].rows;
    expect(excel.cell("Dữ liệu lớn", "A1")).toEqual({ value: rows[0][0] });
    expect(excel.cell("Dữ liệu lớn", `H${rows.length}`)).toEqual({ value: rows[rows.length - 1][7] });
    expect(excel.sheet("Dữ liệu lớn").cells.size).toBe(rows.length * 8);
  });

  it("sends a request that is rejected as too large again in halves", async () => {
    const { excel, host } = setup({ payloadBytes: 150_000 }, { requestBytes: 1_000_000 });
    const plan = largePlan(0.6);
    await host.writeSheets(plan, never);
    expect(excel.requests.some((r) => r.failed === "RequestPayloadSizeLimitExceeded")).toBe(true);
    expect(excel.requests.filter((r) => r.failed === undefined).every((r) => r.bytes <= 150_000)).toBe(true);
    const rows = plan.sheets[0].blocks[0].rows;
    expect(excel.sheet("Dữ liệu lớn").cells.size).toBe(rows.length * 8);
  });

  it("writes text that starts with =, +, - or @ (or looks like a number) as text, and formulas as formulas", async () => {
    const { excel, host } = setup();
    const texts = ["=SUM(A1)", "+84912345678", "-1+2", "@x", "0912345678", "1.500.000", "TRUE", "#N/A"];
    await host.writeSheets(
      {
        sheets: [
          {
            name: "Chèn",
            blocks: [
              { origin: "A1", rows: texts.map((t) => [t]) },
              { origin: "B1", rows: [[{ formula: "SUM(C1:C2)", result: 3 }], [7]] },
            ],
          },
        ],
      },
      never,
    );
    texts.forEach((text, i) => expect(excel.cell("Chèn", `A${i + 1}`)).toEqual({ value: text }));
    expect(excel.cell("Chèn", "B1")).toEqual({ value: null, formula: "SUM(C1:C2)" });
    expect(excel.cell("Chèn", "B2")).toEqual({ value: 7 });
    expect(excel.format("Chèn", "A1")?.numberFormat).toBe("@");
  });

  it("removes the sheets it added when a request fails part-way, and rethrows", async () => {
    const { excel, host } = setup(
      { failWhen: (a) => a.op === "add" && a.path.includes('"Hai"') && a.path.endsWith(".tables") },
      { requestBytes: 300 },
    );
    const plan: WorkbookPlan = {
      sheets: [
        sheet("Một"),
        sheet("Hai", { tables: [{ name: "tbl_hai", ref: "A1:B3", columns: ["Họ tên", "Số tiền"] }] }),
        sheet("Ba"),
      ],
    };
    expect(await failureCode(host.writeSheets(plan, never))).toBe("GeneralException");
    const failed = excel.requests.findIndex((r) => r.failed !== undefined);
    expect(excel.requests.slice(1, failed).length).toBeGreaterThan(2);
    expect(excel.sheetNames()).toEqual(["Sheet1"]);
    expect(excel.state.tables).toEqual([]);
  });

  it("replaces an existing sheet only after confirmation, and restores it if the write fails", async () => {
    const { excel, host } = setup({ failWhen: (a) => a.op === "merge" });
    excel.addSheet("Tổng hợp");
    excel.setCells("Tổng hợp", { A1: "bản cũ" });
    const asked: string[][] = [];
    const plan: WorkbookPlan = { sheets: [sheet("Tổng hợp", { merges: ["D1:E1"] })] };
    const code = await failureCode(host.writeSheets(plan, async (names) => (asked.push(names), true)));
    expect(code).toBe("GeneralException");
    expect(asked).toEqual([["Tổng hợp"]]);
    expect(excel.sheetNames()).toEqual(["Sheet1", "Tổng hợp"]);
    expect(excel.cell("Tổng hợp", "A1")).toEqual({ value: "bản cũ" });
  });

  it("writes under a new name when replacing is declined, and replaces when confirmed", async () => {
    const { excel, host } = setup();
    excel.addSheet("Tổng hợp chỉ tiêu");
    excel.setCells("Tổng hợp chỉ tiêu", { A1: "bản cũ" });
    excel.state.tables.push({
      id: "old",
      name: "tbl_x",
      sheetId: excel.sheet("Tổng hợp chỉ tiêu").id,
      range: { top: 3, left: 1, bottom: 4, right: 1 },
      columns: ["A"],
      style: "TableStyleLight9",
      showTotals: false,
      showFilterButton: true,
    });
    const plan: WorkbookPlan = {
      sheets: [
        sheet("Tổng hợp chỉ tiêu", {
          tables: [{ name: "tbl_x", ref: "A1:B3", columns: ["Họ tên", "Số tiền"] }],
        }),
      ],
    };

    const declined = await host.writeSheets(plan, async () => false);
    expect(declined).toEqual(["Tổng hợp chỉ tiêu (2)"]);
    expect(excel.cell("Tổng hợp chỉ tiêu", "A1")).toEqual({ value: "bản cũ" });
    expect(excel.state.tables.map((t) => t.name)).toEqual(["tbl_x", "tbl_x_2"]);

    const replaced = await host.writeSheets(plan, async () => true);
    expect(replaced).toEqual(["Tổng hợp chỉ tiêu"]);
    // Rewritten in place: the sheet keeps its place among the others.
    expect(excel.sheetNames()).toEqual(["Sheet1", "Tổng hợp chỉ tiêu", "Tổng hợp chỉ tiêu (2)"]);
    expect(excel.cell("Tổng hợp chỉ tiêu", "A1")).toEqual({ value: "Họ tên" });
    expect(excel.state.tables.map((t) => t.name).sort()).toEqual(["tbl_x", "tbl_x_2"]);
  });

  it("adds defined names, tables with a totals row, styles per range and protects the sheet last", async () => {
    const { excel, host } = setup();
    const plan: WorkbookPlan = {
      sheets: [
        sheet("Biểu", {
          blocks: [
            {
              origin: "A1",
              rows: [
                ["Họ tên", "Số tiền"],
                ["An", 100],
                ["Bình", 200],
                ["Tổng", { formula: "SUM(B2:B3)", result: 300 }],
              ],
            },
          ],
          tables: [{ name: "tbl_tien", ref: "A1:B4", columns: ["Họ tên", "Số tiền"], totalsRow: true }],
          styles: [
            { range: "A1:B1", style: { font: { bold: true }, fill: "DDEBF7", border: { bottom: "thin" } } },
            { range: "B2:B4", style: { numFmt: "#,##0", locked: false } },
          ],
          columnWidths: { 1: 30, 2: 12 },
          freeze: { rows: 1, columns: 0 },
          protect: {},
          validations: [{ range: "A2:A3", values: ["An", "Bình"] }],
        }),
      ],
      names: [{ name: "tong_tien", sheet: "Biểu", ref: "B4" }],
    };
    await host.writeSheets(plan, never);
    expect(excel.state.tables[0]).toMatchObject({
      name: "tbl_tien",
      showTotals: true,
      range: { top: 1, bottom: 4 },
    });
    expect(excel.cell("Biểu", "B4")).toEqual({ value: null, formula: "SUM(B2:B3)" });
    expect(excel.format("Biểu", "B1")).toMatchObject({ font: { bold: true }, fill: { color: "#DDEBF7" } });
    expect(excel.format("Biểu", "B3")).toMatchObject({ numberFormat: "#,##0", locked: false });
    expect(excel.sheet("Biểu").protection).toBeDefined();
    expect(excel.sheet("Biểu").freeze).toEqual({ rows: 1, columns: 0 });
    expect(excel.sheet("Biểu").columnWidths.get(1)).toBeCloseTo((30 * 7 + 5) * 0.75);
    expect(excel.sheet("Biểu").validations[0].rule).toEqual({
      list: { inCellDropDown: true, source: "An,Bình" },
    });
    expect(excel.state.names).toEqual([
      {
        name: "tong_tien",
        ref: { sheetId: excel.sheet("Biểu").id, range: { top: 4, left: 2, bottom: 4, right: 2 } },
      },
    ]);
    expect(excel.state.activeSheetId).toBe(excel.sheet("Biểu").id);
  });

  it("puts a long drop-down list on a hidden sheet", async () => {
    const { excel, host } = setup();
    const values = Array.from({ length: 40 }, (_, i) => `Đơn vị thứ ${i + 1}, tỉnh`);
    await host.writeSheets({ sheets: [sheet("Nhập", { validations: [{ range: "A2:A3", values }] })] }, never);
    expect(excel.sheet("_lists").visibility).toBe("Hidden");
    expect(excel.cell("_lists", "A40")).toEqual({ value: values[39] });
    expect(excel.sheet("Nhập").validations[0].rule).toEqual({
      list: { inCellDropDown: true, source: "='_lists'!$A$1:$A$40" },
    });
  });

  it("adds to the lists sheet an earlier write left, moving nothing already on it", async () => {
    const { excel, host } = setup();
    const units = Array.from({ length: 40 }, (_, i) => `Đơn vị thứ ${i + 1}, tỉnh`);
    const years = Array.from({ length: 30 }, (_, i) => `Năm báo cáo ${2021 + i}, kỳ`);
    const form = (name: string, values: string[]) =>
      sheet(name, { validations: [{ range: "A2:A3", values }] });
    await host.writeSheets({ sheets: [form("Một", units)] }, never);
    await host.writeSheets({ sheets: [form("Hai", units), form("Ba", years)] }, never);
    expect(excel.sheetNames().filter((n) => n.startsWith("_lists"))).toEqual(["_lists"]);
    const source = (name: string) => excel.sheet(name).validations[0].rule;
    // The list already there is referred to where it is; the new one goes in the next column.
    expect(source("Một")).toEqual(source("Hai"));
    expect(source("Ba")).toEqual({ list: { inCellDropDown: true, source: "='_lists'!$B$1:$B$30" } });
    expect(excel.cell("_lists", "A40")).toEqual({ value: units[39] });
    expect(excel.cell("_lists", "B30")).toEqual({ value: years[29] });
  });

  it("keeps the lists sheet an earlier write left when a later write fails", async () => {
    const { excel, host } = setup({ failWhen: (a) => a.op === "merge" });
    const units = Array.from({ length: 40 }, (_, i) => `Đơn vị thứ ${i + 1}, tỉnh`);
    await host.writeSheets(
      { sheets: [sheet("Một", { validations: [{ range: "A2:A3", values: units }] })] },
      never,
    );
    const failing = sheet("Hai", { validations: [{ range: "A2:A3", values: units }], merges: ["D1:E1"] });
    expect(await failureCode(host.writeSheets({ sheets: [failing] }, never))).toBe("GeneralException");
    expect(excel.sheetNames()).toEqual(["Sheet1", "_lists", "Một"]);
    expect(excel.cell("_lists", "A40")).toEqual({ value: units[39] });
  });

  it("skips APIs above ExcelApi 1.8 cleanly and says what it left out", async () => {
    const { excel, host, notices } = setup({ apiVersion: "1.8" });
    const plan: WorkbookPlan = {
      sheets: [
        sheet("Báo cáo", {
          notes: [{ cell: "A1", text: "Ghi chú" }],
          styles: [{ range: "A2:A3", style: { indent: 1, horizontal: "left" } }],
          print: { orientation: "landscape", paperSize: "A4", fitToWidth: 1 },
          merges: ["C1:D1"],
        }),
      ],
    };
    await host.writeSheets(plan, never);
    expect(excel.sheet("Báo cáo").notes.size + excel.sheet("Báo cáo").comments.size).toBe(0);
    expect(excel.sheet("Báo cáo").pageLayout).toEqual({});
    expect(excel.format("Báo cáo", "A2")).toEqual({ horizontalAlignment: "Left" });
    expect(notices.map((n) => [n.code, n.count])).toEqual([
      ["notes-skipped", 1],
      ["indent-skipped", 1],
      ["print-skipped", 1],
    ]);
  });

  it("writes notes as comments where only ExcelApi 1.10 is there, and as notes from 1.18, with print setup", async () => {
    const plan: WorkbookPlan = {
      sheets: [
        sheet("Báo cáo", {
          notes: [{ cell: "B2", text: "Nguồn: VP-2024.xlsx", author: "thidua" }],
          print: {
            orientation: "landscape",
            paperSize: "A4",
            printArea: "A1:B3",
            repeatRows: "1:1",
            footerCenter: "&P",
          },
        }),
      ],
    };
    const old = setup({ apiVersion: "1.10" });
    await old.host.writeSheets(plan, never);
    expect([...old.excel.sheet("Báo cáo").comments]).toEqual([["B2", "thidua:\nNguồn: VP-2024.xlsx"]]);
    const current = setup();
    await current.host.writeSheets(plan, never);
    expect([...current.excel.sheet("Báo cáo").notes]).toEqual([["B2", "thidua:\nNguồn: VP-2024.xlsx"]]);
    expect(current.excel.sheet("Báo cáo").pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      printArea: "A1:B3",
      printTitleRows: "$1:$1",
      "headersFooters.defaultForAllPages.centerFooter": "&P",
    });
  });
});
