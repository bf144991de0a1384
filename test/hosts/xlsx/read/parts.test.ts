/** The reader on parts written by hand: what other writers do that ExcelJS never writes. */
import { deflateRawSync } from "node:zlib";
import { readWorkbookBytes } from "../../../../src/hosts/xlsx/read";
import { bombZip, BombEntry } from "./bomb-zip";

const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A one-sheet package; the sheet's XML and optional shared strings, styles and workbook attributes. */
function workbook(
  sheet: string,
  more: {
    strings?: string;
    styles?: string;
    workbookPr?: string;
    prefix?: string;
    after?: string;
    /** Encodes the sheet and the shared strings (deflated) instead of storing them as UTF-8. */
    encode?: (xml: string) => Uint8Array;
    /** Each entry's name in the zip, from its part name. */
    entryName?: (part: string) => string;
  } = {},
): Uint8Array {
  const part = (name: string, xml: string): BombEntry => {
    if (!more.encode) return { name, data: xml };
    const encoded = more.encode(xml);
    return { name, data: deflateRawSync(encoded), realSize: encoded.length };
  };
  const p = more.prefix ?? "";
  const rels = [`<Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/>`];
  const entries: BombEntry[] = [
    {
      name: "_rels/.rels",
      data: `<Relationships><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: "xl/workbook.xml",
      data: `<${p}workbook xmlns:r="${R}">${more.workbookPr ?? ""}<${p}sheets><${p}sheet name="Trang 1" sheetId="1" r:id="rId1"/></${p}sheets></${p}workbook>`,
    },
    part(
      "xl/worksheets/sheet1.xml",
      `<${p}worksheet><${p}sheetData>${sheet}</${p}sheetData>${more.after ?? ""}</${p}worksheet>`,
    ),
  ];
  if (more.strings) {
    rels.push(`<Relationship Id="rId2" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>`);
    entries.push(part("xl/sharedStrings.xml", more.strings));
  }
  if (more.styles) {
    rels.push(`<Relationship Id="rId3" Type="${R}/styles" Target="/xl/styles.xml"/>`);
    entries.push({ name: "xl/styles.xml", data: more.styles });
  }
  entries.push({
    name: "xl/_rels/workbook.xml.rels",
    data: `<Relationships>${rels.join("")}</Relationships>`,
  });
  const rename = more.entryName;
  return bombZip(rename ? entries.map((e) => ({ ...e, name: rename(e.name) })) : entries);
}

const cellsOf = (bytes: Uint8Array) => readWorkbookBytes(bytes, "t.xlsx").sheets[0].cells;

const ROWS = `<row r="1"><c r="A1" t="inlineStr"><is><t>gộp</t></is></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row>`;

describe("the reader", () => {
  it("leaves phonetic runs out of inline and shared strings, and reads the cells after them", () => {
    const cells = cellsOf(
      workbook(
        `<row r="1"><c r="A1" t="inlineStr"><is><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></is></c>` +
          `<c r="B1" t="s"><v>0</v></c><c r="C1"><v>3</v></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>sau</t></is></c></row>`,
        {
          strings: `<sst><si><r><t>Hà </t></r><r><rPr><b/></rPr><t>Nội</t></r><rPh sb="0" eb="1"><t>x</t></rPh></si></sst>`,
        },
      ),
    );
    expect(cells).toEqual({
      A1: { value: "東京" },
      B1: { value: "Hà Nội" },
      C1: { value: 3 },
      A2: { value: "sau" },
    });
  });

  it("reads CDATA, entities, _xHHHH_ escapes and an inline string that also has a <v>", () => {
    const cells = cellsOf(
      workbook(
        `<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[a < b & c]]></t></is></c><c r="B1" t="str"><v>x &amp; y</v></c>` +
          `<c r="C1" t="inlineStr"><v>1.0</v><is><t>Dòng_x000D_</t></is></c></row>`,
      ),
    );
    expect(cells).toEqual({ A1: { value: "a < b & c" }, B1: { value: "x & y" }, C1: { value: "Dòng\r" } });
  });

  it("reads a package whose entry names have backslashes between folders, as some Windows tools write", () => {
    const sheet = `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>1500000</v></c></row>`;
    const strings = "<sst><si><t>Văn phòng Sở</t></si></sst>";
    const withSlashes = readWorkbookBytes(workbook(sheet, { strings }), "t.xlsx");
    const backslashed = workbook(sheet, { strings, entryName: (part) => part.replaceAll("/", "\\") });
    expect(readWorkbookBytes(backslashed, "t.xlsx")).toEqual(withSlashes);
    expect(withSlashes.sheets[0].cells).toEqual({ A1: { value: "Văn phòng Sở" }, B1: { value: 1_500_000 } });
  });

  it("reads any namespace prefix, cells without addresses, booleans, errors and formulas with shared text", () => {
    const cells = cellsOf(
      workbook(
        `<x:row r="3"><x:c><x:v>1</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c t="e"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c></x:row>` +
          `<x:row r="4"><x:c r="A4"><x:f t="shared" ref="A4:A5" si="0">B4*2</x:f><x:v>4</x:v></x:c></x:row>` +
          `<x:row r="5"><x:c r="A5"><x:f t="shared" si="0"/><x:v>6</x:v></x:c></x:row>`,
        { prefix: "x:" },
      ),
    );
    expect(cells).toEqual({
      A3: { value: 1 },
      B3: { value: true },
      C3: { value: null, error: "#DIV/0!", formula: "1/0" },
      A4: { value: 4, formula: "B4*2" },
      A5: { value: 6, formula: "B5*2" },
    });
  });

  it("reads a plain cell and a plain string the same by the quick match as tag by tag", () => {
    const styles = `<styleSheet><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>`;
    const strings = (p: string) =>
      `<${p}sst><${p}si><${p}t>Văn phòng Sở</${p}t></${p}si><${p}si><${p}t xml:space="preserve"> 1.500.000 &amp; _x0041_ </${p}t></${p}si><${p}si><${p}t></${p}t></${p}si></${p}sst>`;
    const row = (p: string) =>
      `<${p}row r="2"><${p}c r="A2" s="1"/><${p}c r="B2" t="s"><${p}v>0</${p}v></${p}c><${p}c r="C2" s="1" t="s"><${p}v>1</${p}v></${p}c>` +
      `<${p}c r="D2" s="1"><${p}v>45292</${p}v></${p}c><${p}c r="E2" t="n"><${p}v>72.5</${p}v></${p}c><${p}c r="F2" t="b"><${p}v>0</${p}v></${p}c>` +
      `<${p}c r="G2" t="e"><${p}v>#N/A</${p}v></${p}c><${p}c r="H2" t="str"><${p}v>Tổng cộng 12 buổi</${p}v></${p}c><${p}c r="I2"><${p}v></${p}v></${p}c>` +
      `<${p}c r="J2" t="s"><${p}v>2</${p}v></${p}c><${p}c r="K2" s="0"/><${p}c r="AB2" s="1" t="n"><${p}v>45293</${p}v></${p}c>` +
      `<${p}c><${p}v>7</${p}v></${p}c></${p}row>`;
    // With a prefix nothing matches the quick forms: every cell and string is read tag by tag.
    const plain = cellsOf(workbook(row(""), { strings: strings(""), styles }));
    const tagByTag = cellsOf(workbook(row("x:"), { strings: strings("x:"), styles, prefix: "x:" }));
    expect(plain).toEqual(tagByTag);
    expect(plain).toEqual({
      B2: { value: "Văn phòng Sở" },
      C2: { value: " 1.500.000 & A ", numFmt: "dd/mm/yyyy" },
      D2: { value: 45292, numFmt: "dd/mm/yyyy" },
      E2: { value: 72.5 },
      F2: { value: false },
      G2: { value: null, error: "#N/A" },
      H2: { value: "Tổng cộng 12 buổi" },
      J2: { value: "" },
      AB2: { value: 45293, numFmt: "dd/mm/yyyy" },
      AC2: { value: 7 },
    });
  });

  it("reads dates in both date systems as 1900-system serials; times and numbers are not shifted", () => {
    const styles = `<styleSheet><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellStyleXfs><xf numFmtId="0"/></cellStyleXfs><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="20"/><xf numFmtId="3"/></cellXfs></styleSheet>`;
    const sheet = `<row r="1"><c r="A1" s="1"><v>43830</v></c><c r="B1" s="2"><v>0.5</v></c><c r="C1" s="3"><v>1500000</v></c><c r="D1" t="d"><v>2024-12-05T00:00:00</v></c></row>`;
    const d1900 = cellsOf(workbook(sheet, { styles }));
    const d1904 = cellsOf(
      workbook(sheet.replace("43830", String(43830 - 1462)), {
        styles,
        workbookPr: '<workbookPr date1904="1"/>',
      }),
    );
    for (const cells of [d1900, d1904]) {
      expect(cells.A1).toEqual({ value: 43830, numFmt: "dd/mm/yyyy" });
      expect(cells.B1).toEqual({ value: 0.5, numFmt: "h:mm" });
      expect(cells.C1).toEqual({ value: 1500000, numFmt: "#,##0" });
      expect(cells.D1).toEqual({ value: 45631 });
    }
  });

  it("finds the merges after the cells, whatever prefix and whatever text mentions sheetData", () => {
    for (const prefix of ["", "x:"]) {
      const bytes = workbook(
        ROWS.replace(/<(\/?)(row|c|is|t|v)\b/g, `<$1${prefix}$2`) +
          `<${prefix}row r="2"><${prefix}c r="A2" t="inlineStr"><${prefix}is><${prefix}t>&lt;/sheetData&gt;</${prefix}t></${prefix}is></${prefix}c></${prefix}row>`,
        {
          prefix,
          after:
            `<${prefix}mergeCells count="1"><${prefix}mergeCell ref="A1:B1"/></${prefix}mergeCells>` +
            `<${prefix}headerFooter><${prefix}oddHeader>sheetData&gt; sheetData</${prefix}oddHeader></${prefix}headerFooter>`,
        },
      );
      const sheet = readWorkbookBytes(bytes, "t.xlsx").sheets[0];
      expect(sheet.merges).toEqual(["A1:B1"]);
      expect(sheet.cells).toEqual({ A1: { value: "gộp" }, C1: { value: 3 }, A2: { value: "</sheetData>" } });
    }
  });

  it("keys cells by their address as Excel writes it, however the file wrote it", () => {
    const cells = cellsOf(
      workbook(`<row r="1"><c r="$B$1"><v>1</v></c><c r="c01"><v>2</v></c><c r="d1"><v>3</v></c></row>`),
    );
    expect(cells).toEqual({ B1: { value: 1 }, C1: { value: 2 }, D1: { value: 3 } });
  });

  it("leaves out the cells of a damaged file that lie beyond Excel's last row or column", () => {
    const cells = cellsOf(
      workbook(
        `<row r="1"><c r="A1"><v>1</v></c><c r="XFD1"><v>2</v></c><c r="XFE1"><v>3</v></c></row>` +
          `<row r="1048576"><c r="B1048576"><v>4</v></c><c r="B1048577"><v>5</v></c></row>` +
          `<row r="999999999"><c t="inlineStr"><is><t>xa</t></is></c><c><v>6</v></c></row>`,
      ),
    );
    expect(cells).toEqual({ A1: { value: 1 }, XFD1: { value: 2 }, B1048576: { value: 4 } });
  });

  it("reads parts written in UTF-16, as XML allows, with or without a byte-order mark", () => {
    const sheet = `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Thanh tra Sở</t></is></c></row>`;
    const strings = `<?xml version="1.0" encoding="UTF-16"?><sst><si><t>Văn phòng Sở</t></si></sst>`;
    const utf16 = (xml: string, order: "le" | "be", bom: boolean) => {
      const le = Buffer.from(`${bom ? "\uFEFF" : ""}${xml}`, "utf16le");
      return order === "le" ? le : le.swap16();
    };
    const expected = { A1: { value: "Văn phòng Sở" }, B1: { value: "Thanh tra Sở" } };
    expect(cellsOf(workbook(sheet, { strings }))).toEqual(expected);
    for (const [order, bom] of [
      ["le", true],
      ["be", true],
      ["le", false],
      ["be", false],
    ] as const) {
      const prolog = (xml: string) => (xml.startsWith("<?") ? xml : `<?xml version="1.0"?>${xml}`);
      const encode = (xml: string) => utf16(prolog(xml), order, bom);
      expect(cellsOf(workbook(sheet, { strings, encode }))).toEqual(expected);
    }
  });

  it("takes the first of a repeated cell attribute", () => {
    const cells = cellsOf(
      workbook(`<row r="1"><c r="A1" r="B1" t="s" t="e"><v>0</v></c></row>`, {
        strings: "<sst><si><t>một</t></si></sst>",
      }),
    );
    expect(cells).toEqual({ A1: { value: "một" } });
  });

  it("reads a sheet's cells when they are first asked for, the same as when they are read at once", () => {
    const bytes = workbook(ROWS);
    const lazy = readWorkbookBytes(bytes, "t.xlsx").sheets[0];
    expect(Object.getOwnPropertyDescriptor(lazy, "cells")?.get).toBeDefined();
    const cells = lazy.cells;
    expect(Object.getOwnPropertyDescriptor(lazy, "cells")?.value).toBe(cells);
    // With a cell limit the sheet's text could exceed, the cells are read and counted at once.
    const counted = readWorkbookBytes(bytes, "t.xlsx", { maxCells: 3 }).sheets[0];
    expect(Object.getOwnPropertyDescriptor(counted, "cells")?.value).toEqual(cells);
    expect(cells).toEqual({ A1: { value: "gộp" }, B1: { value: 2 }, C1: { value: 3 } });
    expect(JSON.parse(JSON.stringify(lazy))).toEqual({ ...counted });
  });

  it("reads 200,000 non-empty cells and refuses one more, the default limit", () => {
    const cells = (n: number) => {
      const rows: string[] = [];
      for (let r = 1; r <= n / 10; r++) {
        rows.push(`<row r="${r}">`);
        for (const col of "ABCDEFGHIJ") rows.push(`<c r="${col}${r}"><v>1</v></c>`);
        rows.push("</row>");
      }
      return rows.join("");
    };
    const limit = cells(200_000);
    expect(Object.keys(cellsOf(workbook(limit)))).toHaveLength(200_000);
    const over = () => cellsOf(workbook(`${limit}<row r="20001"><c r="A20001"><v>1</v></c></row>`));
    expect(over).toThrow(expect.objectContaining({ code: "too-large" }) as Error);
  });

  it("refuses a workbook with more non-empty cells than allowed, when it is read", () => {
    const read = () => readWorkbookBytes(workbook(ROWS), "t.xlsx", { maxCells: 2 });
    expect(read).toThrow(expect.objectContaining({ code: "too-large" }) as Error);
  });
});
