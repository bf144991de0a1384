import { readWorkbook, writeWorkbook } from "../../../src/hosts/xlsx";
import type { WorkbookSnapshot } from "../../../src/core/workbook-model/snapshot";
import { DATA, fullPlan, INJECTIONS, MAIN, NFC_TEXT, NFD_TEXT, SECRET } from "./full-plan";

describe("a plan with every feature, read back with readWorkbook", () => {
  let snapshot: WorkbookSnapshot;
  beforeAll(async () => {
    snapshot = await readWorkbook(await writeWorkbook(fullPlan()), "/tmp/báo cáo.xlsx");
  });
  const sheet = (name: string) => {
    const found = snapshot.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  };

  it("keeps sheets, their order and visibility, and the file name without folders", () => {
    expect(snapshot.fileName).toBe("báo cáo.xlsx");
    expect(snapshot.sheets.map((s) => [s.name, s.visibility])).toEqual([
      [MAIN, "visible"],
      [DATA, "hidden"],
      [SECRET, "veryHidden"],
      ["_lists", "hidden"],
    ]);
  });

  it("reads values, dates as serials with their format, and formulas with cached results", () => {
    const cells = sheet(MAIN).cells;
    expect(cells.A1).toEqual({ value: "BÁO CÁO THI ĐUA" });
    expect(cells.C4).toEqual({ value: 8.5, numFmt: "0.00" });
    expect(cells.C5).toEqual({ value: 0, numFmt: "0.00" });
    expect(cells.D4).toEqual({ value: 45631, numFmt: "dd/mm/yyyy" });
    expect(cells.D5).toEqual({ value: 45632.5, numFmt: "dd/mm/yyyy" });
    expect(cells.A6).toEqual({ value: "Tổng" });
    expect(cells.C6).toEqual({ value: 8.5, formula: "SUM(C4:C5)" });
    expect(cells.E8).toEqual({ value: 2, formula: "1+1" });
    expect(cells.E9).toEqual({ value: "BÁO CÁO THI ĐUA", formula: "A1" });
    expect(cells.E10).toEqual({ value: 0, formula: "C5*1" });
    expect(cells.E11).toEqual({ value: false, formula: "1>2" });
    expect(cells.E12).toEqual({ value: null, formula: "NOW()" });
    expect(cells.A17).toEqual({ value: true });
    expect(cells.A18).toEqual({ value: false });
    expect(cells.A19).toEqual({ value: -0.125 });
    expect(cells.A20).toEqual({ value: "" });
    expect(sheet(SECRET).cells).toEqual({ B2: { value: 1 }, C2: { value: 2 }, B3: { value: 3 } });
  });

  it("writes strings that look like formulas as text", () => {
    const cells = sheet(MAIN).cells;
    INJECTIONS.forEach((text, i) => expect(cells[`B${8 + i}`]).toEqual({ value: text }));
  });

  it("keeps Vietnamese text in NFC and NFD byte for byte", () => {
    const cells = sheet(MAIN).cells;
    expect(cells.A15.value).toBe(NFD_TEXT);
    expect(cells.A16.value).toBe(NFC_TEXT);
    expect(NFD_TEXT).not.toBe(NFC_TEXT);
    expect(sheet(MAIN).name).toBe(MAIN);
  });

  it("reads merges and leaves covered cells out", () => {
    expect(sheet(MAIN).merges.sort()).toEqual(["A1:F1", "A20:B21"]);
    expect(sheet(MAIN).cells.B1).toBeUndefined();
  });

  it("reads workbook names (print areas and titles are not reported)", () => {
    expect(snapshot.names).toEqual([
      { name: "DiemTong", sheet: MAIN, ref: "C6" },
      { name: "Vùng_nhập", sheet: MAIN, ref: "C4:C5" },
      { name: "Du.Lieu", sheet: DATA, ref: "A1:B2" },
    ]);
  });

  it("reads tables with their header texts and totals row", () => {
    expect(snapshot.tables).toEqual([
      {
        name: "DonVi",
        sheet: MAIN,
        ref: "A3:D6",
        columns: ["Mã", "Tên đơn vị", "Điểm", "Ngày"],
        totalsRow: true,
      },
      { name: "Trong", sheet: DATA, ref: "A1:B2", columns: ["Cột 1", "Cột 2"] },
    ]);
    expect(sheet(DATA).cells).toEqual({ A1: { value: "Cột 1" }, B1: { value: "Cột 2" } });
  });

  it("keeps a table header with a line break the same in the table and in its cell", async () => {
    const columns = ["Tên\nđơn vị", "_x0041_ điểm"];
    const bytes = await writeWorkbook({
      sheets: [
        {
          name: "S",
          blocks: [{ origin: "A2", rows: [["x", 1]] }],
          tables: [{ name: "T", ref: "A1:B2", columns }],
        },
      ],
    });
    const read = await readWorkbook(bytes, "t.xlsx");
    expect(read.tables[0].columns).toEqual(columns);
    expect([read.sheets[0].cells.A1.value, read.sheets[0].cells.B1.value]).toEqual(columns);
  });
});
