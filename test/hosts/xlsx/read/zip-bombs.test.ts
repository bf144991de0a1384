/**
 * Zip bombs, honest and lying about their sizes, one huge entry or many: each refused as too large within
 * 300 MB, measured in a child process. The time bound here only shows that the reader stops instead of
 * inflating everything: a timed unit test cannot hold a 2 s target on a loaded machine.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bombZip, BombEntry, workbookParts, zerosDeflated } from "./bomb-zip";
import { readInChild } from "./child-reader";

const MB = 1024 * 1024;
const GB = 1024 * MB;
/** Far below what inflating 6 GB takes (about 30 s here), and far above 2 s on a loaded machine. */
const STOPPED_EARLY_MS = 10_000;

describe("zip bombs are refused as too large, within 300 MB", () => {
  const dir = mkdtempSync(join(tmpdir(), "thidua-bombs-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const sixGb = zerosDeflated(6 * 1024);

  const cases: [string, () => BombEntry[]][] = [
    [
      "one 6 GB entry, declared honestly (zip64)",
      () => [...workbookParts(1), { name: "xl/worksheets/sheet1.xml", data: sixGb, realSize: 6 * GB }],
    ],
    [
      "one 6 GB entry declaring 1 KB",
      () => [...workbookParts(1), { name: "xl/worksheets/sheet1.xml", data: sixGb, declaredSize: 1024 }],
    ],
    [
      "one 6 GB entry with undeclared sizes (data descriptor)",
      () => [...workbookParts(1), { name: "xl/worksheets/sheet1.xml", data: sixGb, undeclared: true }],
    ],
    [
      "the shared strings as a 6 GB entry declaring 1 KB",
      () => [
        ...workbookParts(1).map((e) =>
          e.name === "xl/_rels/workbook.xml.rels"
            ? {
                ...e,
                data: (e.data as string).replace(
                  "</Relationships>",
                  `<Relationship Id="rS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
                ),
              }
            : e,
        ),
        { name: "xl/worksheets/sheet1.xml", data: "<worksheet><sheetData/></worksheet>" },
        { name: "xl/sharedStrings.xml", data: sixGb, declaredSize: 1024 },
      ],
    ],
    [
      "300 sheets of 9 MB each, declared honestly (each under the ratio check)",
      () => {
        const nine = zerosDeflated(9);
        return [
          ...workbookParts(300),
          ...Array.from({ length: 300 }, (_, i) => ({
            name: `xl/worksheets/sheet${i + 1}.xml`,
            data: nine,
            realSize: 9 * MB,
          })),
        ];
      },
    ],
    [
      "300 sheets of 0.9 MB each, declared honestly (each under the ratio and entry checks)",
      () => {
        const small = zerosDeflated(0.9);
        return [
          ...workbookParts(300),
          ...Array.from({ length: 300 }, (_, i) => ({
            name: `xl/worksheets/sheet${i + 1}.xml`,
            data: small,
            realSize: 0.9 * MB,
          })),
        ];
      },
    ],
    [
      "300 sheets of 9 MB each with undeclared sizes",
      () => {
        const nine = zerosDeflated(9);
        return [
          ...workbookParts(300),
          ...Array.from({ length: 300 }, (_, i) => ({
            name: `xl/worksheets/sheet${i + 1}.xml`,
            data: nine,
            undeclared: true,
          })),
        ];
      },
    ],
    [
      "LibreOffice's .ods whose 6 GB content declares 1 KB",
      () => [
        { name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet" },
        { name: "content.xml", data: sixGb, declaredSize: 1024 },
      ],
    ],
    [
      "300 sheets of 60 MB each declaring 1 KB",
      () => {
        const sixty = zerosDeflated(60);
        return [
          ...workbookParts(300),
          ...Array.from({ length: 300 }, (_, i) => ({
            name: `xl/worksheets/sheet${i + 1}.xml`,
            data: sixty,
            declaredSize: 1024,
          })),
        ];
      },
    ],
  ];

  for (const [title, entries] of cases) {
    it(title, () => {
      const file = join(dir, `${title.replace(/\W+/g, "-")}.xlsx`);
      writeFileSync(file, bombZip(entries()));
      // fflate (the browser) and Node's zlib (the command line) each stop it.
      for (const native of [false, true]) {
        const run = readInChild(file, native);
        expect({ native, outcome: run.outcome }).toEqual({ native, outcome: "refused too-large" });
        expect(run.ms).toBeLessThan(STOPPED_EARLY_MS);
        expect(run.peakMb).toBeLessThan(300);
      }
    });
  }

  it("a small honest workbook built the same way is read (the bombs are refused for their size alone)", () => {
    const file = join(dir, "honest.xlsx");
    writeFileSync(
      file,
      bombZip([
        ...workbookParts(2),
        {
          name: "xl/worksheets/sheet1.xml",
          data: '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>',
        },
        { name: "xl/worksheets/sheet2.xml", data: zerosDeflated(0.9), realSize: 0.9 * MB },
      ]),
    );
    expect(readInChild(file).outcome).toBe("read 2");
    expect(readInChild(file, true).outcome).toBe("read 2");
  });
});
