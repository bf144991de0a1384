import { unzipSync, zipSync } from "fflate";
import { validateXML } from "xmllint-wasm";
import type { WorkbookPlan } from "../../../../src/core/workbook-model/plan";
import { readWorkbookBytes, writeWorkbook } from "../../../../src/hosts/xlsx";
import { addChartParts, withDrawingElement } from "../../../../src/hosts/xlsx/charts/add-chart-parts";
import { locateCentralDirectory, readCentralDirectory } from "../../../../src/hosts/xlsx/zip-directory";
import { zipParts } from "../../../helpers/office-files";
import { readWithExcelJs } from "../exceljs-oracle/read-with-exceljs";
import { snapshotDiff } from "../read/snapshot-diff";
import { summaryOf } from "./summary-fixture";

const formulas = (xml: string): string[] =>
  [...xml.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1].replace(/&apos;/g, "'").replace(/&amp;/g, "&"));
const charts = (parts: Record<string, string>): string[] =>
  Object.keys(parts)
    .filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))
    .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));

describe("the summary workbook's native charts", () => {
  const { c, plan } = summaryOf([2024]);
  let bytes: Uint8Array;
  let parts: Record<string, string>;
  beforeAll(async () => {
    bytes = await writeWorkbook(plan);
    parts = zipParts(bytes);
  });

  it("are chart parts whose series refer to the summary's cells", () => {
    expect(charts(parts)).toEqual(["xl/charts/chart1.xml", "xl/charts/chart2.xml", "xl/charts/chart3.xml"]);
    const last = 5 + c.units.length;
    expect(formulas(parts["xl/charts/chart1.xml"])).toEqual([
      "'Tổng hợp chỉ tiêu'!$F$5",
      `'Tổng hợp chỉ tiêu'!$B$6:$B$${last}`,
      `'Tổng hợp chỉ tiêu'!$F$6:$F$${last}`,
    ]);
    expect(formulas(parts["xl/charts/chart2.xml"])).toEqual([
      "'Tổng hợp chỉ tiêu'!$M$5",
      `'Tổng hợp chỉ tiêu'!$B$6:$B$${last}`,
      `'Tổng hợp chỉ tiêu'!$M$6:$M$${last}`,
    ]);
    expect(formulas(parts["xl/charts/chart3.xml"])).toEqual([
      "'Biểu đồ'!$K$23",
      `'Biểu đồ'!$J$24:$J$${23 + c.classificationCounts.length}`,
      `'Biểu đồ'!$K$24:$K$${23 + c.classificationCounts.length}`,
    ]);
    expect(parts["xl/charts/chart1.xml"]).toContain('<c:barDir val="bar"/>');
    expect(parts["xl/charts/chart3.xml"]).toContain('<c:barDir val="col"/>');
  });

  it("cache the figures and names written, so a reader that does not calculate shows them", () => {
    const chart = parts["xl/charts/chart1.xml"];
    const fund = c.units.flatMap((u) =>
      typeof u.values.b04_fund_amount === "number" ? [u.values.b04_fund_amount] : [],
    );
    for (const v of fund) expect(chart).toContain(`<c:v>${v}</c:v>`);
    for (const u of c.units) expect(chart).toContain(`<c:v>${u.unit.name}</c:v>`);
    expect(chart).toContain("<c:v>Số tiền ủng hộ Quỹ “Vì người nghèo”</c:v>");
  });

  it("are anchored by one drawing of the charts sheet, with its relationships and content types", () => {
    const sheet = parts["xl/worksheets/sheet8.xml"];
    expect(sheet).toMatch(/<drawing r:id="rId\d+"\/>/);
    expect(sheet.indexOf("<drawing ")).toBeGreaterThan(sheet.indexOf("<headerFooter"));
    expect(parts["xl/worksheets/_rels/sheet8.xml.rels"]).toContain('Target="../drawings/drawing1.xml"');
    const drawing = parts["xl/drawings/drawing1.xml"];
    expect(drawing.match(/<xdr:twoCellAnchor /g)).toHaveLength(3);
    expect(drawing).toContain("<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>3</xdr:row>");
    expect(
      parts["xl/drawings/_rels/drawing1.xml.rels"].match(/Target="..\/charts\/chart\d.xml"/g),
    ).toHaveLength(3);
    const types = parts["[Content_Types].xml"];
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml"');
    for (const n of [1, 2, 3])
      expect(types).toContain(
        `<Override PartName="/xl/charts/chart${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
      );
  });

  it("leave every part well-formed", async () => {
    const xml = Object.entries(parts)
      .filter(([name]) => /\.(xml|rels)$/.test(name))
      .map(([name, contents]) => ({ fileName: name.replace(/[^\w.]/g, "_"), contents }));
    const result = await validateXML({ xml, normalization: "format" });
    expect(result.errors).toEqual([]);
  });

  it("leave the workbook readable by ExcelJS and by thidua's reader, cell for cell", async () => {
    const ours = readWorkbookBytes(bytes, "tong-hop.xlsx");
    const theirs = await readWithExcelJs(bytes, "tong-hop.xlsx");
    expect(ours.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
    expect(snapshotDiff(ours, theirs)).toEqual([]);
    const charts = ours.sheets.find((s) => s.name === "Biểu đồ");
    expect(charts?.cells.J24?.value).toBe(c.classificationCounts[0].label);
    expect(charts?.cells.K24?.value).toBe(c.classificationCounts[0].count);
  });

  it("copy every part they leave unchanged as it was compressed, and compress only what changes", () => {
    const stored = (zip: Uint8Array) => {
      const entries = readCentralDirectory(zip, locateCentralDirectory(zip));
      return new Map(
        entries.map((e) => [e.name, { crc: e.crc32, size: e.compressedSize, at: e.localHeaderOffset }]),
      );
    };
    const dataOf = (zip: Uint8Array, name: string) => {
      const e = stored(zip).get(name);
      if (!e) throw new Error(name);
      const dv = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
      const start = e.at + 30 + dv.getUint16(e.at + 26, true) + dv.getUint16(e.at + 28, true);
      return zip.subarray(start, start + e.size);
    };
    // Level 9 for the package given: recompressing at the writer's level 1 would give other bytes.
    const given = zipSync(
      Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, [v, { level: 9 }]])),
    ) as Uint8Array;
    const again = addChartParts(given, plan, new Date());
    const sheetsWithoutCharts = [...stored(given).keys()].filter(
      (n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n) && !zipParts(given)[n].includes("<drawing "),
    );
    expect(sheetsWithoutCharts.length).toBeGreaterThan(3);
    for (const name of [...sheetsWithoutCharts, "xl/sharedStrings.xml", "xl/styles.xml"]) {
      expect(Buffer.from(dataOf(again, name)).equals(Buffer.from(dataOf(given, name)))).toBe(true);
    }
    expect(readWorkbookBytes(again, "x.xlsx").sheets.length).toBe(
      readWorkbookBytes(given, "x.xlsx").sheets.length,
    );
  });

  it("add to a drawing the sheet already has, with fresh ids", () => {
    const again = zipParts(addChartParts(bytes, plan, new Date()));
    expect(charts(again)).toHaveLength(6);
    const sheet = again["xl/worksheets/sheet8.xml"];
    expect(sheet.match(/<drawing /g)).toHaveLength(1);
    const drawing = again["xl/drawings/drawing1.xml"];
    expect(drawing.match(/<xdr:twoCellAnchor /g)).toHaveLength(6);
    const ids = [...drawing.matchAll(/cNvPr id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(6);
    const rels = [...again["xl/drawings/_rels/drawing1.xml.rels"].matchAll(/Id="(rId\d+)"/g)].map(
      (m) => m[1],
    );
    expect(new Set(rels).size).toBe(6);
    expect(again["xl/drawings/_rels/drawing1.xml.rels"]).toContain('Target="../charts/chart6.xml"');
  });

  it("for a period, also put the years side by side", async () => {
    const period = summaryOf([2023, 2024]);
    const periodParts = zipParts(await writeWorkbook(period.plan));
    expect(charts(periodParts)).toHaveLength(5);
    expect(formulas(periodParts["xl/charts/chart4.xml"])).toEqual([
      "'Tổng hợp giai đoạn'!$B$9",
      "'Tổng hợp giai đoạn'!$D$5:$E$5",
      "'Tổng hợp giai đoạn'!$D$9:$E$9",
    ]);
    expect(periodParts["xl/charts/chart4.xml"]).toContain("<c:v>Năm 2023</c:v>");
    expect(periodParts["xl/charts/chart5.xml"].match(/<c:ser>/g)).toHaveLength(2);
  });
});

describe("chart parts on any sheet", () => {
  const plan: WorkbookPlan = {
    sheets: [
      {
        name: "O'Brien & Co",
        blocks: [
          {
            origin: "A1",
            rows: [
              ["Đơn vị", "Số <hộ>"],
              ["A & B", 3],
              ["C", 4],
            ],
          },
        ],
        notes: [{ cell: "A1", text: "ghi chú" }],
        tables: [{ name: "T", ref: "A1:B3", columns: ["Đơn vị", "Số <hộ>"] }],
        charts: [
          {
            kind: "column",
            title: "Hộ <nghèo> & “cận nghèo”",
            anchor: "D2:H12",
            series: [
              {
                name: { sheet: "O'Brien & Co", range: "B1" },
                categories: { sheet: "O'Brien & Co", range: "A2:A3" },
                values: { sheet: "O'Brien & Co", range: "B2:B3" },
              },
            ],
          },
        ],
      },
    ],
  };

  it("quote and escape sheet names and texts, and put the drawing before the notes' and the tables' parts", async () => {
    const parts = zipParts(await writeWorkbook(plan));
    const chart = parts["xl/charts/chart1.xml"];
    expect(chart).toContain("<c:f>&apos;O&apos;&apos;Brien &amp; Co&apos;!$B$2:$B$3</c:f>");
    expect(chart).toContain("<a:t>Hộ &lt;nghèo&gt; &amp; “cận nghèo”</a:t>");
    expect(chart).toContain("<c:v>Số &lt;hộ&gt;</c:v>");
    const sheet = parts["xl/worksheets/sheet1.xml"];
    expect(sheet.indexOf("<drawing ")).toBeLessThan(sheet.indexOf("<legacyDrawing"));
    expect(sheet.indexOf("<legacyDrawing")).toBeLessThan(sheet.indexOf("<tableParts"));
    const rels = [...parts["xl/worksheets/_rels/sheet1.xml.rels"].matchAll(/Id="(rId\d+)"/g)].map(
      (m) => m[1],
    );
    expect(new Set(rels).size).toBe(rels.length);
    expect(rels.length).toBe(4);
  });

  it("write nothing more for a plan without charts", async () => {
    const parts = zipParts(await writeWorkbook({ sheets: [{ ...plan.sheets[0], charts: [] }] }));
    expect(Object.keys(parts).filter((p) => p.startsWith("xl/charts/") || /drawing\d/.test(p))).toEqual([]);
  });

  it("place the drawing element by the schema's order and declare the r: namespace when missing", () => {
    const bare = '<worksheet xmlns="main"><sheetData/><pageMargins/><extLst/></worksheet>';
    expect(withDrawingElement(bare, "rId9")).toBe(
      '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns="main"><sheetData/><pageMargins/><drawing r:id="rId9"/><extLst/></worksheet>',
    );
    const prefixed = '<x:worksheet xmlns:x="main" xmlns:r="rel"><x:sheetData/></x:worksheet>';
    expect(withDrawingElement(prefixed, "rId1")).toBe(
      '<x:worksheet xmlns:x="main" xmlns:r="rel"><x:sheetData/><x:drawing r:id="rId1"/></x:worksheet>',
    );
  });
});
