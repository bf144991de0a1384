import { validateXML } from "xmllint-wasm";
import { writeWorkbook } from "../../../src/hosts/xlsx";
import { fullPlan } from "./full-plan";
import { xlsxParts } from "./zip-parts";

/** Checks on the raw parts: the things Excel's "repair" dialog is about. */
describe("the parts of a written workbook", () => {
  let parts: Record<string, string>;
  beforeAll(async () => {
    parts = await xlsxParts(await writeWorkbook(fullPlan()));
  });

  it("are all well-formed XML", async () => {
    const xml = Object.entries(parts)
      .filter(([name]) => /\.(xml|rels|vml)$/.test(name))
      .map(([name, contents]) => ({ fileName: name.replace(/[^\w.]/g, "_"), contents }));
    const result = await validateXML({ xml, normalization: "format" });
    expect(result.errors).toEqual([]);
  });

  it("put a sheet's notes drawing before its table parts, as the schema orders them", () => {
    for (const name of ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]) {
      const xml = parts[name];
      expect(xml.indexOf("<legacyDrawing")).toBeGreaterThan(xml.indexOf("</sheetData>"));
      expect(xml.indexOf("<legacyDrawing")).toBeLessThan(xml.indexOf("<tableParts"));
    }
    expect(parts["xl/comments2.xml"]).toContain('ref="D1"');
  });

  it("write defined names with quoted sheet names, sheet scope for print settings", () => {
    const names = [...parts["xl/workbook.xml"].matchAll(/<definedName [^>]*>[^<]*<\/definedName>/g)].map(
      (m) => m[0],
    );
    expect(names).toEqual([
      `<definedName name="_xlnm.Print_Area" localSheetId="0">&apos;Biểu mẫu&apos;!$A$1:$F$20</definedName>`,
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Biểu mẫu&apos;!$3:$3</definedName>`,
      `<definedName name="_xlnm.Print_Area" localSheetId="1">&apos;O&apos;&apos;Brien dữ liệu&apos;!$A$1:$B$2</definedName>`,
      `<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;O&apos;&apos;Brien dữ liệu&apos;!$1:$1</definedName>`,
      `<definedName name="DiemTong">&apos;Biểu mẫu&apos;!$C$6</definedName>`,
      `<definedName name="Vùng_nhập">&apos;Biểu mẫu&apos;!$C$4:$C$5</definedName>`,
      `<definedName name="Du.Lieu">&apos;O&apos;&apos;Brien dữ liệu&apos;!$A$1:$B$2</definedName>`,
    ]);
  });

  it("give each table header cell the text of its column", () => {
    const strings = [...parts["xl/sharedStrings.xml"].matchAll(/<si><t[^>]*>([^<]*)<\/t><\/si>/g)].map(
      (m) => m[1],
    );
    const sheet = parts["xl/worksheets/sheet1.xml"];
    const header = ["A3", "B3", "C3", "D3"].map((ref) => {
      const m = new RegExp(`<c r="${ref}"[^>]*t="s"[^>]*><v>(\\d+)</v>`).exec(sheet);
      return m ? strings[Number(m[1])] : undefined;
    });
    expect(header).toEqual(["Mã", "Tên đơn vị", "Điểm", "Ngày"]);
    expect(parts["xl/tables/table1.xml"]).toContain('ref="A3:D6"');
    expect(parts["xl/tables/table1.xml"]).toContain('<autoFilter ref="A3:D5">');
  });

  it("write one sqref per validation range, not one per cell", () => {
    expect(parts["xl/worksheets/sheet1.xml"]).toContain('sqref="F4:F100000"');
    expect(parts["xl/worksheets/sheet1.xml"].match(/<dataValidation /g)).toHaveLength(4);
  });

  it("select only the first visible sheet", () => {
    expect(parts["xl/worksheets/sheet1.xml"]).toContain('tabSelected="1"');
    expect(parts["xl/worksheets/sheet2.xml"]).not.toContain("tabSelected");
  });
});
