import ExcelJS from "exceljs";
import { writeWorkbook } from "../../../../src/hosts/xlsx";
import { readWorkbookBytes } from "../../../../src/hosts/xlsx/read";
import { zipParts } from "../../../helpers/office-files";
import { readWithExcelJs } from "../exceljs-oracle/read-with-exceljs";

type ExcelJsBytes = Parameters<ExcelJS.Xlsx["load"]>[0];

describe("values XML cannot carry as they are", () => {
  it("keeps control characters in texts, and leaves a cached result holding them to Excel", async () => {
    const bytes = await writeWorkbook({
      sheets: [
        {
          name: "S",
          blocks: [
            {
              origin: "A1",
              rows: [
                [
                  { formula: 'CHAR(1)&"b"', result: "\u0001b" },
                  "tab\there\u0002",
                  " lề ",
                  { formula: '"<&>"', result: "<&>" },
                ],
              ],
            },
          ],
        },
      ],
    });
    const cells = readWorkbookBytes(bytes, "x.xlsx").sheets[0].cells;
    expect(cells.A1).toEqual({ value: null, formula: 'CHAR(1)&"b"' });
    expect(cells.B1).toEqual({ value: "tab\there\u0002" });
    expect(cells.C1).toEqual({ value: " lề " });
    expect(cells.D1).toEqual({ value: "<&>", formula: '"<&>"' });
    expect((await readWithExcelJs(bytes, "x.xlsx")).sheets[0].cells).toEqual(cells);
  });

  it("writes a note's cell as Excel spells it, whatever the plan's case, with a cell element under it", async () => {
    const bytes = await writeWorkbook({
      sheets: [
        {
          name: "S",
          blocks: [{ origin: "A1", rows: [["x"]] }],
          notes: [
            { cell: "b2", text: "ghi chú" },
            { cell: "a1", text: "a" },
          ],
        },
      ],
    });
    const parts = zipParts(bytes);
    expect([...parts["xl/comments1.xml"].matchAll(/<comment ref="([^"]+)"/g)].map((m) => m[1])).toEqual([
      "B2",
      "A1",
    ]);
    // Excel keeps notes on empty cells; some readers (ExcelJS) only find a note on a cell the sheet lists.
    expect(parts["xl/worksheets/sheet1.xml"]).toContain('<c r="B2"/>');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJsBytes);
    expect(workbook.getWorksheet("S")?.getCell("A1").note).toBe("a");
  });
});
