/** LibreOffice's own format, .ods (and the flat .fods), read into the snapshot an .xlsx gives. */
import { readWorkbookBytes, WorkbookReadError } from "../../../../src/hosts/xlsx/read";
import {
  odfBoolean,
  odfDurationDays,
  odfFormula,
  odfRange,
} from "../../../../src/hosts/xlsx/read/ods-values";
import { isoSerial } from "../../../../src/hosts/xlsx/read/cell-value";
import { bombZip } from "./bomb-zip";

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"';
const HIDDEN_STYLE = `<office:automatic-styles><style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style></office:automatic-styles>`;

/** content.xml with these sheets and what follows them in the spreadsheet (named ranges, database ranges). */
function content(tables: string, after = ""): string {
  return `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS}>${HIDDEN_STYLE}<office:body><office:spreadsheet>${tables}${after}</office:spreadsheet></office:body></office:document-content>`;
}

function ods(contentXml: string, manifest = "<manifest:manifest/>"): Uint8Array {
  return bombZip([
    { name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet" },
    { name: "META-INF/manifest.xml", data: manifest },
    { name: "content.xml", data: contentXml },
  ]);
}

const read = (bytes: Uint8Array, name = "don-vi.ods") => readWorkbookBytes(bytes, name);

function refusal(bytes: Uint8Array): string {
  try {
    read(bytes);
    return "read";
  } catch (error) {
    if (error instanceof WorkbookReadError) return error.code;
    throw error;
  }
}

const cell = (attrs: string, text?: string) =>
  text === undefined
    ? `<table:table-cell ${attrs}/>`
    : `<table:table-cell ${attrs}><text:p>${text}</text:p></table:table-cell>`;
const row = (cells: string, attrs = "") => `<table:table-row ${attrs}>${cells}</table:table-row>`;

describe("an .ods", () => {
  it("reads values of every type, as an .xlsx holds them", () => {
    const sheet =
      `<table:table table:name="Biểu mẫu">` +
      row(
        cell('office:value-type="string" calcext:value-type="string"', "Văn phòng Sở") +
          cell('office:value-type="float" office:value="1500000" calcext:value-type="float"', "1.500.000") +
          cell('office:value-type="percentage" office:value="0.15"', "15%") +
          cell('office:value-type="currency" office:currency="VND" office:value="7000000"', "7.000.000 ₫") +
          cell('office:value-type="date" office:date-value="2024-12-05"', "05/12/2024") +
          cell('office:value-type="time" office:time-value="PT12H30M00S"', "12:30:00") +
          cell('office:value-type="boolean" office:boolean-value="true"', "TRUE"),
      ) +
      row(
        cell(
          'table:formula="of:=[.B1]/0" office:value-type="string" office:string-value="" calcext:value-type="error"',
          "#DIV/0!",
        ) +
          cell(
            'table:formula="of:=SUM([.B1:.D1];2)" office:value-type="float" office:value="8500002"',
            "8500002",
          ) +
          cell(
            'table:formula="of:=IF([.B1]&gt;0;&quot;&quot;;&quot;x&quot;)" office:value-type="string"',
            "",
          ) +
          cell('office:value-type="string" office:string-value="ghi đè"', "hiển thị"),
      ) +
      `</table:table>`;
    const cells = read(ods(content(sheet))).sheets[0].cells;
    expect(cells).toEqual({
      A1: { value: "Văn phòng Sở" },
      B1: { value: 1_500_000 },
      C1: { value: 0.15 },
      D1: { value: 7_000_000 },
      E1: { value: 45631, numFmt: "yyyy-mm-dd" },
      F1: { value: 0.5208333333333334, numFmt: "[h]:mm:ss" },
      G1: { value: true },
      A2: { value: null, error: "#DIV/0!", formula: "B1/0" },
      B2: { value: 8_500_002, formula: "SUM(B1:D1,2)" },
      C2: { value: null, formula: 'IF(B1>0,"","x")' },
      D2: { value: "ghi đè" },
    });
  });

  it("expands repeated rows and cells that hold something, and only those", () => {
    const sheet =
      `<table:table table:name="Sáng kiến">` +
      row(
        cell('table:number-columns-repeated="3"') + cell('office:value-type="float" office:value="1"', "1"),
      ) +
      row(
        cell('office:value-type="string" table:number-columns-repeated="2"', "Có"),
        'table:number-rows-repeated="2"',
      ) +
      row(cell('table:number-columns-repeated="16384"'), 'table:number-rows-repeated="1048570"') +
      `</table:table>`;
    expect(read(ods(content(sheet))).sheets[0].cells).toEqual({
      D1: { value: 1 },
      A2: { value: "Có" },
      B2: { value: "Có" },
      A3: { value: "Có" },
      B3: { value: "Có" },
    });
  });

  it("gives spanned cells as merges, the cells they cover left out", () => {
    const sheet =
      `<table:table table:name="Biểu mẫu">` +
      row(
        cell(
          'office:value-type="string" table:number-columns-spanned="3" table:number-rows-spanned="2"',
          "Tiêu đề",
        ) +
          `<table:covered-table-cell table:number-columns-repeated="2"/>` +
          cell('office:value-type="float" office:value="5"', "5"),
      ) +
      row(
        `<table:covered-table-cell table:number-columns-repeated="3"><text:p>ẩn</text:p></table:covered-table-cell>` +
          cell('office:value-type="float" office:value="6"', "6"),
      ) +
      `</table:table>`;
    const [s] = read(ods(content(sheet))).sheets;
    expect(s.merges).toEqual(["A1:C2"]);
    expect(s.cells).toEqual({ A1: { value: "Tiêu đề" }, D1: { value: 5 }, D2: { value: 6 } });
  });

  it("reads a paragraph's spaces, tabs and line breaks, several paragraphs, and no comment", () => {
    const text =
      `<table:table-cell office:value-type="string"><office:annotation><text:p>ghi chú</text:p></office:annotation>` +
      `<text:p>Hà<text:s text:c="2"/>Nội<text:tab/>x<text:line-break/><text:span text:style-name="T1">đậm</text:span></text:p><text:p>dòng 2</text:p></table:table-cell>`;
    const sheet = `<table:table table:name="T">${row(text)}</table:table>`;
    expect(read(ods(content(sheet))).sheets[0].cells.A1).toEqual({ value: "Hà  Nội\tx\nđậm\ndòng 2" });
  });

  it("keeps a cell's text within what a cell holds, whatever its spaces claim", () => {
    const huge = `<table:table-cell office:value-type="string"><text:p>a${'<text:s text:c="1000000000"/>'.repeat(50)}b</text:p></table:table-cell>`;
    const sheet = `<table:table table:name="T">${row(huge)}</table:table>`;
    const value = read(ods(content(sheet))).sheets[0].cells.A1.value as string;
    expect(value.length).toBe(32_768);
    expect(value.startsWith("a ")).toBe(true);
    const long = `<table:table-cell office:value-type="string" office:string-value="${"x".repeat(100_000)}"/>`;
    const written = read(ods(content(`<table:table table:name="T">${row(long)}</table:table>`)));
    expect((written.sheets[0].cells.A1.value as string).length).toBe(32_768);
  });

  it("reads hidden sheets, named ranges by scope and database ranges as tables", () => {
    const tables =
      `<table:table table:name="Biểu mẫu">${row(cell('office:value-type="string"', "Đơn vị") + cell('office:value-type="float" office:value="40"', "40"))}` +
      `<table:named-expressions><table:named-range table:name="local_staff" table:base-cell-address="$'Biểu mẫu'.$A$1" table:cell-range-address="$'Biểu mẫu'.$B$1"/></table:named-expressions></table:table>` +
      `<table:table table:name="Sáng kiến">${row(cell('office:value-type="string"', "STT") + cell('office:value-type="string"', "Tên sáng kiến"))}</table:table>` +
      `<table:table table:name="_thidua" table:style-name="ta2">${row(cell('office:value-type="string"', "kind"))}</table:table>`;
    const after =
      `<table:named-expressions><table:named-range table:name="staff_total" table:cell-range-address="$'Biểu mẫu'.$B$1"/>` +
      `<table:named-range table:name="_xlnm.Print_Area" table:cell-range-address="$'Biểu mẫu'.$A$1:.$B$9"/>` +
      `<table:named-range table:name="two_sheets" table:cell-range-address="$'Biểu mẫu'.$A$1:$'Sáng kiến'.$B$2"/>` +
      `<table:named-range table:name="elsewhere" table:cell-range-address="$'Không có'.$A$1"/></table:named-expressions>` +
      `<table:database-ranges><table:database-range table:name="tbl_initiatives" table:target-range-address="'Sáng kiến'.A1:'Sáng kiến'.B12"/>` +
      `<table:database-range table:name="__Anonymous_Sheet_DB__0" table:target-range-address="'Biểu mẫu'.A1:'Biểu mẫu'.B1"/></table:database-ranges>`;
    const snapshot = read(ods(content(tables, after)));
    expect(snapshot.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Biểu mẫu", "visible"],
      ["Sáng kiến", "visible"],
      ["_thidua", "hidden"],
    ]);
    expect(snapshot.names).toEqual([
      { name: "local_staff", sheet: "Biểu mẫu", ref: "B1", scopeSheet: "Biểu mẫu" },
      { name: "staff_total", sheet: "Biểu mẫu", ref: "B1" },
    ]);
    expect(snapshot.tables).toEqual([
      { name: "tbl_initiatives", sheet: "Sáng kiến", ref: "A1:B12", columns: ["STT", "Tên sáng kiến"] },
    ]);
    expect(snapshot.fileName).toBe("don-vi.ods");
  });

  it("reads only the sheets asked for, the others listed without cells", () => {
    const tables =
      `<table:table table:name="A">${row(cell('office:value-type="float" office:value="1"', "1"))}</table:table>` +
      `<table:table table:name="B">${row(cell('office:value-type="float" office:value="2"', "2"))}</table:table>`;
    const snapshot = readWorkbookBytes(ods(content(tables)), "x.ods", {}, new Set(["B"]));
    expect(snapshot.sheets.map((s) => [s.name, s.cells])).toEqual([
      ["A", {}],
      ["B", { A1: { value: 2 } }],
    ]);
  });

  it("leaves out a table drawn inside a sheet", () => {
    const tables =
      `<table:table table:name="A"><table:shapes><table:table table:name="hộp">${row(cell('office:value-type="float" office:value="9"', "9"))}</table:table></table:shapes>` +
      `${row(cell('office:value-type="float" office:value="1"', "1"))}</table:table>`;
    const snapshot = read(ods(content(tables)));
    expect(snapshot.sheets.map((s) => [s.name, s.cells])).toEqual([["A", { A1: { value: 1 } }]]);
  });

  it("refuses, in under 2 s, cells repeated past the limit however far the file says", () => {
    const sheet =
      `<table:table table:name="T">` +
      row(
        cell('office:value-type="float" office:value="1" table:number-columns-repeated="999999999"', "1"),
        'table:number-rows-repeated="999999999"',
      ) +
      `</table:table>`;
    const start = performance.now();
    expect(refusal(ods(content(sheet)))).toBe("too-large");
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it("refuses a password-protected one, one without content and one without sheets, by name", () => {
    const encrypted = `<manifest:manifest><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data manifest:checksum-type="SHA1"/></manifest:file-entry></manifest:manifest>`;
    expect(refusal(ods("not xml at all, encrypted", encrypted))).toBe("encrypted");
    expect(
      refusal(bombZip([{ name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet" }])),
    ).toBe("ods");
    expect(refusal(ods(content("")))).toBe("ods");
  });

  it("reads a flat .fods the same", () => {
    const sheet = `<table:table table:name="Biểu mẫu">${row(cell('office:value-type="float" office:value="12"', "12"))}</table:table>`;
    const flat = content(sheet)
      .replace("office:document-content", "office:document")
      .replace("</office:document-content>", "</office:document>")
      .replace(`${NS}>`, `${NS} office:mimetype="application/vnd.oasis.opendocument.spreadsheet">`);
    const snapshot = read(new TextEncoder().encode(flat), "don-vi.fods");
    expect(snapshot.sheets[0].cells).toEqual({ A1: { value: 12 } });
    // XML allows UTF-16, with a byte-order mark or told by its first "<?".
    const le = (text: string) => Buffer.from(text, "utf16le");
    for (const bytes of [le(`\uFEFF${flat}`), le(`\uFEFF${flat}`).swap16(), le(flat), le(flat).swap16()]) {
      expect(read(bytes, "don-vi.fods")).toEqual({ ...snapshot });
    }
  });
});

describe("OpenDocument's notations", () => {
  it("turns range addresses into a sheet and a range", () => {
    expect(odfRange("$'Biểu mẫu'.$C$5")).toEqual({
      sheet: "Biểu mẫu",
      range: { top: 5, left: 3, bottom: 5, right: 3 },
    });
    expect(odfRange("'Sáng kiến'.A3:'Sáng kiến'.F19")?.range).toEqual({
      top: 3,
      left: 1,
      bottom: 19,
      right: 6,
    });
    expect(odfRange("$'Sáng kiến'.$A$3:.$F$19")?.sheet).toBe("Sáng kiến");
    expect(odfRange("$'It''s'.$A$1")?.sheet).toBe("It's");
    expect(odfRange("Sheet1.B2")?.sheet).toBe("Sheet1");
    expect(odfRange("$'A'.$A$1:$'B'.$B$2")).toBeUndefined();
    expect(odfRange(".A1")).toBeUndefined();
    expect(odfRange("$'A'.$A$1 $'A'.$B$2")).toBeUndefined();
  });

  it("turns dates and times into serial numbers", () => {
    expect(isoSerial("2024-12-05")).toBe(45631);
    expect(isoSerial("1899-12-30")).toBe(0);
    expect(isoSerial("2024-12-05T18:00:00")).toBe(45631.75);
    expect(isoSerial("1933-10-18T16:17:36.96")).toBeCloseTo(12345.6789, 9);
    expect(isoSerial("0050-01-01")).toBeLessThan(0);
    expect(isoSerial("hôm nay")).toBeNull();
    expect(odfDurationDays("PT12H00M00S")).toBe(0.5);
    expect(odfDurationDays("P1DT6H")).toBe(1.25);
    expect(odfDurationDays("-PT6H")).toBe(-0.25);
    expect(odfDurationDays("PT")).toBeNull();
  });

  it("writes formulas in Excel's words", () => {
    expect(odfFormula("of:=SUM([.D35:.D40])")).toBe("SUM(D35:D40)");
    expect(odfFormula("of:=[$'Biểu mẫu'.$D$16]*2")).toBe("'Biểu mẫu'!$D$16*2");
    expect(odfFormula('of:=IF([.A1]="a;b";1;2)')).toBe('IF(A1="a;b",1,2)');
    expect(odfFormula("of:=COUNTIF([Sheet1.A1:.A9];1.5)")).toBe("COUNTIF(Sheet1!A1:A9,1.5)");
    expect(odfFormula("of:=COM.MICROSOFT.WORKDAY.INTL([.C20];123;17)")).toBe("WORKDAY.INTL(C20,123,17)");
  });

  it("reads booleans as LibreOffice does", () => {
    expect([
      odfBoolean("true"),
      odfBoolean("FALSE"),
      odfBoolean("1.2345"),
      odfBoolean("0"),
      odfBoolean(""),
    ]).toEqual([true, false, true, false, false]);
  });
});
