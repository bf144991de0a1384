import type { SheetPlan, WorkbookPlan } from "../../../src/core/workbook-model/plan";
import { summaryPlanFor } from "../../../src/dev/bench-office/scenarios";
import { officeErrorCode } from "../../../src/hosts/office/errors";
import { readSnapshotWith } from "../../../src/hosts/office/read/read-snapshot";
import { supportsOf } from "../../../src/hosts/office/requirements";
import type { FakeExcel } from "../../../src/hosts/fake";
import { expectWritten, never, setup } from "./helpers";

const SHEET = "Tổng hợp chỉ tiêu";
const always = async (): Promise<boolean> => true;

/** A summary-like sheet with everything a rewrite in place must clear: a table with totals, merges, a drop-down, a note, frozen panes, protection. */
function summarySheet(first: number): SheetPlan {
  return {
    name: SHEET,
    blocks: [
      { origin: "A1", rows: [["Tổng hợp", null]] },
      {
        origin: "A3",
        rows: [
          ["Đơn vị", "Số hộ"],
          ["VP", first],
          ["TTr", first + 1],
          ["Tổng cộng", { formula: "SUBTOTAL(109,B4:B5)", result: 2 * first + 1 }],
        ],
      },
    ],
    merges: ["A1:B1"],
    tables: [{ name: "tbl_sum_indicators", ref: "A3:B6", columns: ["Đơn vị", "Số hộ"], totalsRow: true }],
    validations: [{ range: "A4:A5", values: ["VP", "TTr"] }],
    notes: [{ cell: "B4", text: `Nguồn: VP (${first})` }],
    freeze: { rows: 3, columns: 0 },
    protect: {},
  };
}

function plan(first: number): WorkbookPlan {
  return {
    sheets: [summarySheet(first)],
    names: [{ name: "tong_ho", sheet: SHEET, ref: "B6" }],
  };
}

/** The user's own links to the summary: a formula on another sheet and a name of their own. */
function addUserLinks(excel: FakeExcel): void {
  excel.addSheet("Ghi chú");
  excel.setCells("Ghi chú", { A1: { value: 10, formula: `'${SHEET}'!B4` } });
  excel.state.names.push({
    name: "so_ho_vp",
    ref: { sheetId: excel.sheet(SHEET).id, range: { top: 4, left: 2, bottom: 4, right: 2 } },
  });
}

function nameFormula(excel: FakeExcel, name: string): string | undefined {
  const n = excel.state.names.find((x) => x.name === name);
  const sheet = n?.ref ? excel.state.sheetById(n.ref.sheetId) : undefined;
  return n?.ref ? (sheet ? `${sheet.name}!${n.ref.range.top}:${n.ref.range.left}` : "#REF!") : n?.formula;
}

describe("writeSheets: replacing a sheet keeps the user's links to it", () => {
  it("the fake turns formulas and names that point at a deleted sheet into #REF!, and follows renames", async () => {
    const { excel, host } = setup();
    await host.writeSheets(plan(1), never);
    addUserLinks(excel);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).name = "Đổi tên";
      await context.sync();
    });
    expect(excel.cell("Ghi chú", "A1")?.formula).toBe("'Đổi tên'!B4");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Đổi tên").delete();
      await context.sync();
    });
    expect(excel.cell("Ghi chú", "A1")).toEqual({ value: null, formula: "#REF!B4", error: "#REF!" });
    expect(nameFormula(excel, "so_ho_vp")).toBe("#REF!");
  });

  it("rewrites the sheet in place: the user's formula and name still point at it, and the new content is all there", async () => {
    const { excel, host } = setup();
    await host.writeSheets(plan(1), never);
    const id = excel.sheet(SHEET).id;
    addUserLinks(excel);

    expect(await host.writeSheets(plan(7), always)).toEqual([SHEET]);
    expect(excel.sheet(SHEET).id).toBe(id);
    expect(excel.cell("Ghi chú", "A1")?.formula).toBe(`'${SHEET}'!B4`);
    expect(excel.cell("Ghi chú", "A1")?.error).toBeUndefined();
    expect(nameFormula(excel, "so_ho_vp")).toBe(`${SHEET}!4:2`);
    expect(nameFormula(excel, "tong_ho")).toBe(`${SHEET}!6:2`);
    // Nothing of the old write is left beside it: no copy, no renamed table, one of each.
    expect(excel.sheetNames()).toEqual(["Sheet1", SHEET, "Ghi chú"]);
    expect(excel.state.tables.map((t) => t.name)).toEqual(["tbl_sum_indicators"]);
    expect(excel.state.names.map((n) => n.name).sort()).toEqual(["so_ho_vp", "tong_ho"]);
    expect(excel.sheet(SHEET).notes).toEqual(new Map([["B4", "Nguồn: VP (7)"]]));
    expect(excel.sheet(SHEET).merges).toHaveLength(1);
    expect(excel.sheet(SHEET).validations).toHaveLength(1);
    expect(excel.cell(SHEET, "B4")).toEqual({ value: 7 });
    const read = await excel.run((context) =>
      readSnapshotWith(context, "all", { supports: supportsOf(excel.env) }),
    );
    expectWritten(read, plan(7));
  });

  it("keeps the links when the real summary of ten units is written again", async () => {
    const summary = await summaryPlanFor(10);
    const { excel, host } = setup();
    await host.writeSheets(summary, never);
    addUserLinks(excel);
    const before = excel.state.tables.map((t) => t.name).sort();
    await host.writeSheets(summary, always);
    expect(excel.cell("Ghi chú", "A1")?.formula).toBe(`'${SHEET}'!B4`);
    expect(nameFormula(excel, "so_ho_vp")).toBe(`${SHEET}!4:2`);
    expect(excel.state.tables.map((t) => t.name).sort()).toEqual(before);
    expect(excel.sheetNames().filter((n) => n.includes("(cũ)") || n.includes("(2)"))).toEqual([]);
  });

  it("a write that fails after the sheet was emptied puts the old content back whole, with its tables and names", async () => {
    let failing = false;
    const { excel, host } = setup({ failWhen: (a) => failing && a.op === "merge" });
    await host.writeSheets(plan(1), never);
    addUserLinks(excel);
    const oldCells = new Map(excel.sheet(SHEET).cells);
    const oldNotes = new Map(excel.sheet(SHEET).notes);

    failing = true;
    const error: unknown = await host.writeSheets(plan(7), always).catch((e: unknown) => e);
    expect(officeErrorCode(error)).toBe("GeneralException");
    expect(excel.sheetNames()).toEqual(["Sheet1", "Ghi chú", SHEET]);
    expect(excel.sheet(SHEET).cells).toEqual(oldCells);
    expect(excel.sheet(SHEET).notes).toEqual(oldNotes);
    expect(excel.sheet(SHEET).visibility).toBe("Visible");
    expect(excel.state.tables.map((t) => t.name)).toEqual(["tbl_sum_indicators"]);
    expect(nameFormula(excel, "tong_ho")).toBe(`${SHEET}!6:2`);
    expect(nameFormula(excel, "so_ho_vp")).toBe(`${SHEET}!4:2`);
  });
});
