/**
 * The reader against ExcelJS (the oracle): for every file ExcelJS also reads right, both give the same
 * snapshot, field by field. Files where ExcelJS is known to read wrong are listed with the reason, and the
 * reader's own value is checked there instead.
 */
import type { WorkbookSnapshot } from "../../../../src/core/workbook-model/snapshot";
import { readWorkbookBytes } from "../../../../src/hosts/xlsx/read";
import { writeWorkbook } from "../../../../src/hosts/xlsx";
import { sampleBatch } from "../../../../src/dev/sample/batch";
import { campaignWithUnits } from "../../../../src/dev/sample/campaign-with-units";
import { readWithExcelJs } from "../exceljs-oracle/read-with-exceljs";
import { corpusFiles } from "./corpus-files";
import { snapshotDiff } from "./snapshot-diff";

/** ExcelJS drops the backslash of escaped characters in number format codes ("yyyy\-mm" → "yyyy-mm"). */
function asExcelJsShowsFormats(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((sheet) => ({
      ...sheet,
      cells: Object.fromEntries(
        Object.entries(sheet.cells).map(([a, c]) => [
          a,
          c.numFmt === undefined ? c : { ...c, numFmt: c.numFmt.replace(/\\(.)/g, "$1") },
        ]),
      ),
    })),
  };
}

/** Files ExcelJS reads wrong, why, and what the reader must give there. */
const EXCELJS_WRONG: Record<string, { why: string; check: (s: WorkbookSnapshot) => void }> = {
  "calamine_date_1904.xlsx": {
    why: 'ExcelJS takes date1904="true" for the 1900 system (it knows only "1")',
    check: (s) => {
      // 2021-01-01 and 2021-01-02 as 1900-system serials; the duration is not shifted.
      expect(s.sheets[0].cells.A1.value).toBe(44197);
      expect(s.sheets[0].cells.A2.value).toBe(44198);
      expect(s.sheets[0].cells.A3.value).toBeCloseTo(10.632060185, 6);
    },
  },
  "calamine_inlineStr_cdata.xlsx": {
    why: "ExcelJS loses inline strings written as CDATA",
    check: (s) => {
      expect(s.sheets[0].cells.A1.value).toBe("Hello CDATA");
      expect(s.sheets[0].cells.A2.value).toBe("12345");
    },
  },
  "calamine_issue221.xlsm": {
    why: "ExcelJS finds no worksheet (its parts are not where ExcelJS expects them)",
    check: (s) => expect(s.sheets[0].cells.B2.value).toBe("Cell_B2"),
  },
  "calamine_minimal_package.xlsx": {
    why: "ExcelJS finds no worksheet in a minimal package",
    check: (s) => {
      expect(s.sheets[0].cells.A3.value).toBe("BKG_NUM");
      expect(s.sheets[0].merges).toEqual(["A1:AJ1", "A2:AJ2"]);
    },
  },
  "calamine_nonstandard-xml-ns-prefix.xlsx": {
    why: "ExcelJS reads no worksheet when the namespace prefixes are unusual",
    check: (s) => expect(s.sheets[0].cells.B3.value).toBe(4),
  },
  "calamine_pivots.xlsx": {
    why: "ExcelJS turns the error result of a date-formatted formula into an invalid date (then nothing)",
    check: (s) =>
      expect(s.sheets[4].cells.J5).toMatchObject({ value: null, error: "#DIV/0!", formula: "1/0" }),
  },
};

/**
 * Not workbooks ExcelJS can read: it returns an empty workbook or throws; the reader refuses them (the
 * .ods, as it holds too many cells; other .ods files are compared with LibreOffice's own .xlsx of them).
 */
const NOT_FOR_EXCELJS = new Set([
  "calamine_any_sheets.xlsb",
  "calamine_issue_594_dos.ods",
  "calamine_pass_protected.xlsb",
  "calamine_pass_protected.xlsx",
  // ExcelJS throws on these ("Cannot create property 'richText'…", "…setting 'sheetNo'"); the corpus
  // test checks what the reader gives.
  "calamine_inlineStr_with_value.xlsx",
  "calamine_richtext-namespaced.xlsx",
]);

describe("the reader gives the snapshot ExcelJS gives", () => {
  const corpus = corpusFiles();

  it("finds the corpus", () => {
    if (corpus.length === 0 && process.env.CI) throw new Error("../shared/corpus/third-party is missing");
  });

  for (const file of corpus) {
    if (NOT_FOR_EXCELJS.has(file.name)) continue;
    const wrong = EXCELJS_WRONG[file.name];
    it(`${file.name}${wrong ? ` (ExcelJS wrong: ${wrong.why})` : ""}`, async () => {
      const ours = readWorkbookBytes(file.bytes, file.name);
      if (wrong) {
        wrong.check(ours);
        // The oracle really differs there; when ExcelJS is fixed the entry goes.
        expect(
          snapshotDiff(asExcelJsShowsFormats(ours), await readWithExcelJs(file.bytes, file.name)),
        ).not.toEqual([]);
        return;
      }
      expect(snapshotDiff(asExcelJsShowsFormats(ours), await readWithExcelJs(file.bytes, file.name))).toEqual(
        [],
      );
    });
  }

  it("every generated sample (all fields, typical mistakes, several years)", async () => {
    const campaign = campaignWithUnits(12);
    const files = sampleBatch(campaign, { years: [2023, 2024], seed: 4242, sample: { large: true } });
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const bytes = await writeWorkbook(f.plan);
      const ours = readWorkbookBytes(bytes, f.name);
      expect(ours.sheets.length).toBeGreaterThan(1);
      expect({ file: f.name, diff: snapshotDiff(ours, await readWithExcelJs(bytes, ours.fileName)) }).toEqual(
        {
          file: f.name,
          diff: [],
        },
      );
    }
  });
});
