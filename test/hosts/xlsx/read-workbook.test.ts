import ExcelJS from "exceljs";
import { readWorkbook } from "../../../src/hosts/xlsx";
import { patchXlsx, xlsxParts } from "./zip-parts";

type LoadInput = Parameters<ExcelJS.Xlsx["load"]>[0];

async function bytesOf(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("readWorkbook on workbooks from other writers", () => {
  it("gives 1900-system serials for dates in a 1904 date-system workbook", async () => {
    const bytes = await bytesOf((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = new Date(Date.UTC(2024, 11, 5));
      ws.getCell("A2").value = new Date(Date.UTC(2024, 11, 5, 12));
      ws.getCell("A1").numFmt = "dd/mm/yyyy";
      ws.getCell("A2").numFmt = "dd/mm/yyyy hh:mm";
    });
    // The file stores 1904-system serials (45631 − 1462)...
    expect((await xlsxParts(bytes))["xl/worksheets/sheet1.xml"]).toContain("<v>44169</v>");
    // ...and the snapshot says which day it is in the 1900 system.
    const cells = (await readWorkbook(bytes, "d.xlsx")).sheets[0].cells;
    expect(cells.A1).toEqual({ value: 45631, numFmt: "dd/mm/yyyy" });
    expect(cells.A2).toEqual({ value: 45631.5, numFmt: "dd/mm/yyyy hh:mm" });
  });

  it("reads rich text, hyperlinks, shared formulas, errors and number formats", async () => {
    const bytes = await bytesOf((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = { richText: [{ text: "Điểm ", font: { bold: true } }, { text: "thưởng" }] };
      ws.getCell("A2").value = { text: "Cổng thông tin", hyperlink: "https://example.vn" };
      ws.getCell("A3").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
      ws.getCell("A4").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
      ws.getCell("A5").value = 1234567.891;
      ws.getCell("A5").numFmt = "#,##0.00";
      ws.getCell("A6").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } };
      ws.getCell("C1").value = 1;
      ws.getCell("C2").value = 2;
      ws.getCell("C3").value = 3;
      ws.fillFormula("D1:D3", "C1*2", [2, 4, 6]);
    });
    const cells = (await readWorkbook(bytes, "r.xlsx")).sheets[0].cells;
    expect(cells.A1).toEqual({ value: "Điểm thưởng" });
    expect(cells.A2).toEqual({ value: "Cổng thông tin" });
    expect(cells.A3).toEqual({ value: null, error: "#REF!" });
    expect(cells.A4).toEqual({ value: null, error: "#DIV/0!", formula: "1/0" });
    expect(cells.A5).toEqual({ value: 1234567.891, numFmt: "#,##0.00" });
    expect(cells.A6).toBeUndefined();
    expect([cells.D1, cells.D2, cells.D3]).toEqual([
      { value: 2, formula: "C1*2" },
      { value: 4, formula: "C2*2" },
      { value: 6, formula: "C3*2" },
    ]);
  });

  it("reads single-range names with their scope and skips the others", async () => {
    const base = await bytesOf((wb) => {
      wb.addWorksheet("Biểu mẫu").getCell("C5").value = 1;
      wb.addWorksheet("Sheet2").getCell("A1").value = 1;
    });
    const names = [
      `<definedName name="Diem">'Biểu mẫu'!$C$5</definedName>`,
      `<definedName name="Diem" localSheetId="1">Sheet2!$A$1:$B$3</definedName>`,
      `<definedName name="Cot">'Biểu mẫu'!$C:$C</definedName>`,
      `<definedName name="Dong">Sheet2!$2:$4</definedName>`,
      `<definedName name="HaiVung">'Biểu mẫu'!$A$1,'Biểu mẫu'!$C$3</definedName>`,
      `<definedName name="Hong">#REF!</definedName>`,
      `<definedName name="Hong2">Sheet2!#REF!</definedName>`,
      `<definedName name="CongThuc">OFFSET(Sheet2!$A$1,0,0,5,1)</definedName>`,
      `<definedName name="HangSo">0.5</definedName>`,
      `<definedName name="NgoaiFile">[1]Sheet1!$A$1</definedName>`,
      `<definedName name="ThieuSheet">Missing!$A$1</definedName>`,
      `<definedName name="_xlnm.Print_Area" localSheetId="0">'Biểu mẫu'!$A$1:$D$9</definedName>`,
      `<definedName name="ChuHoa">'BIỂU MẪU'!C7</definedName>`,
    ].join("");
    const bytes = await patchXlsx(base, {
      "xl/workbook.xml": (xml) => xml.replace("</sheets>", `</sheets><definedNames>${names}</definedNames>`),
    });
    expect((await readWorkbook(bytes, "n.xlsx")).names).toEqual([
      { name: "Diem", sheet: "Biểu mẫu", ref: "C5" },
      { name: "Diem", sheet: "Sheet2", ref: "A1:B3", scopeSheet: "Sheet2" },
      { name: "Cot", sheet: "Biểu mẫu", ref: "C1:C1048576" },
      { name: "Dong", sheet: "Sheet2", ref: "A2:XFD4" },
      { name: "ChuHoa", sheet: "Biểu mẫu", ref: "C7" },
    ]);
  });

  it("skips parts it does not need, even when they would make ExcelJS fail or crawl", async () => {
    const base = await bytesOf((wb) => {
      wb.addWorksheet("S").getCell("A1").value = "x";
    });
    const withParts = (extra: string) =>
      patchXlsx(base, {
        "xl/worksheets/sheet1.xml": (xml) => xml.replace("<pageMargins", `${extra}<pageMargins`),
      });
    const danglingLink = await withParts(`<hyperlinks><hyperlink ref="A1" r:id="rId99"/></hyperlinks>`);
    // Plain ExcelJS fails on a hyperlink whose relationship is missing.
    await expect(new ExcelJS.Workbook().xlsx.load(danglingLink as unknown as LoadInput)).rejects.toThrow();
    expect((await readWorkbook(danglingLink, "s.xlsx")).sheets[0].cells).toEqual({ A1: { value: "x" } });

    // A validation on whole columns: plain ExcelJS would create an entry for each of its 26 million cells.
    const wholeColumns = await withParts(
      `<conditionalFormatting sqref="A1"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan">` +
        `<formula>5</formula></cfRule></conditionalFormatting>` +
        `<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="B1:Z1048576">` +
        `<formula1>"a,b"</formula1></dataValidation></dataValidations>`,
    );
    const started = Date.now();
    const snapshot = await readWorkbook(wholeColumns, "s.xlsx");
    expect(Date.now() - started).toBeLessThan(5000);
    expect(snapshot.sheets[0].cells).toEqual({ A1: { value: "x" } });
  });

  it("keeps text exactly as stored: spaces, line breaks, NFD", async () => {
    const texts = ["  hai đầu  ", "dòng 1\ndòng 2", "Nghệ An".normalize("NFD"), "\t tab"];
    const bytes = await bytesOf((wb) => {
      const ws = wb.addWorksheet("Tiếng Việt".normalize("NFD"));
      texts.forEach((t, i) => (ws.getCell(i + 1, 1).value = t));
    });
    const snapshot = await readWorkbook(bytes, "t.xlsx");
    expect(snapshot.sheets[0].name).toBe("Tiếng Việt".normalize("NFD"));
    expect(texts.map((_, i) => snapshot.sheets[0].cells[`A${i + 1}`].value)).toEqual(texts);
  });

  it("follows the workbook's sheet order, skips values under merges, and accepts cells without addresses", async () => {
    const base = await bytesOf((wb) => {
      wb.addWorksheet("Một").getCell("A1").value = 1;
      const two = wb.addWorksheet("Hai");
      two.getCell("A1").value = "gộp";
      two.mergeCells("A1:B2");
    });
    const bytes = await patchXlsx(base, {
      // Sheet "Hai" first in the workbook, though its part is sheet2.xml.
      "xl/workbook.xml": (xml) => xml.replace(/(<sheet [^>]*name="Một"[^>]*\/>)(<sheet [^>]*\/>)/, "$2$1"),
      // A value left in a covered cell (some writers do that), and cells without "r" after C1.
      "xl/worksheets/sheet2.xml": (xml) =>
        xml
          .replace(
            /<c r="B1"[^>]*\/>/,
            '<c r="B1"><v>99</v></c><c r="C1"><v>3</v></c><c><v>4</v></c><c><v>5</v></c>',
          )
          .replace(/<dimension[^>]*\/>/, ""),
    });
    const snapshot = await readWorkbook(bytes, "o.xlsx");
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Hai", "Một"]);
    expect(snapshot.sheets[0].cells).toEqual({
      A1: { value: "gộp" },
      C1: { value: 3 },
      D1: { value: 4 },
      E1: { value: 5 },
    });
    expect(snapshot.sheets[0].merges).toEqual(["A1:B2"]);
  });
});
