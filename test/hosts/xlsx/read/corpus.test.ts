/**
 * Every third-party file (../shared/corpus/third-party) is read, or refused for its right reason, each in
 * under 5 s and 300 MB. A file not listed here, or any other outcome, fails the test.
 */
import { readWorkbookBytes, WorkbookReadError } from "../../../../src/hosts/xlsx/read";
import { join } from "node:path";
import { readInChild } from "./child-reader";
import { CORPUS_DIR, corpusFiles } from "./corpus-files";

type Outcome = { sheets: string[] } | { refused: WorkbookReadError["code"] };

const EXPECTED: Record<string, Outcome> = {
  "calamine_any_sheets.xlsb": { refused: "xlsb" },
  "calamine_any_sheets.xlsx": { sheets: ["Visible", "Hidden", "VeryHidden"] },
  "calamine_date_1904.xlsx": { sheets: ["Sheet1"] },
  "calamine_errors.xlsx": { sheets: ["Feuil1", "Feuil2", "Feuil3"] },
  "calamine_inlineStr_cdata.xlsx": { sheets: ["Sheet1"] },
  "calamine_inlineStr_with_value.xlsx": { sheets: ["Requirements"] },
  "calamine_issue221.xlsm": { sheets: ["Sheet1"] },
  // LibreOffice's format, read; this one repeats its cells 999,999,999 times each way.
  "calamine_issue_594_dos.ods": { refused: "too-large" },
  "calamine_minimal_package.xlsx": { sheets: ["Sheet1"] },
  "calamine_nonstandard-xml-ns-prefix.xlsx": { sheets: ["Sheet1"] },
  "calamine_pass_protected.xlsb": { refused: "encrypted" },
  "calamine_pass_protected.xlsx": { refused: "encrypted" },
  "calamine_picture_richdata.xlsx": { sheets: ["Sheet1"] },
  "calamine_pivots.xlsx": {
    sheets: ["PivotSheet1", "PivotSheet2", "PivotSheet3", "PivotSheet4", "DataSheet", "DataSheet2"],
  },
  "calamine_richtext-namespaced.xlsx": { sheets: ["Sheet1", "Sheet2", "Sheet3"] },
  "calamine_strict_iso_paths.xlsx": { sheets: ["ml_out"] },
  "calamine_table-multiple.xlsx": { sheets: ["Sheet1", "Sheet2", "Sheet3"] },
  "calamine_table_with_insertrow_attribute.xlsx": { sheets: ["Sheet1"] },
  "calamine_vba.xlsm": { sheets: ["Sheet1", "Sheet2", "Sheet3"] },
  "xlsxwriter_chart_area01.xlsx": { sheets: ["Sheet1"] },
  "xlsxwriter_defined_name01.xlsx": { sheets: ["Sheet1", "Sheet2", "Sheet 3"] },
  "xlsxwriter_hide01.xlsx": { sheets: ["Sheet1", "Sheet2", "Sheet3"] },
  "xlsxwriter_macro01.xlsm": { sheets: ["Sheet1"] },
  "xlsxwriter_rich_string01.xlsx": { sheets: ["Sheet1"] },
  "xlsxwriter_table10.xlsx": { sheets: ["Sheet1"] },
};

function outcomeOf(bytes: Uint8Array, name: string): Outcome {
  try {
    return { sheets: readWorkbookBytes(bytes, name).sheets.map((s) => s.name) };
  } catch (error) {
    if (error instanceof WorkbookReadError) return { refused: error.code };
    throw error;
  }
}

describe(`the third-party corpus (${CORPUS_DIR})`, () => {
  const files = corpusFiles();

  it("holds exactly the files listed here", () => {
    if (files.length === 0 && !process.env.CI) return;
    expect(files.map((f) => f.name)).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const file of files) {
    it(`${file.name}: ${JSON.stringify(EXPECTED[file.name])}, in under 5 s and 300 MB`, () => {
      expect(outcomeOf(file.bytes, file.name)).toEqual(EXPECTED[file.name]);
      // Time and memory measured alone, in a child process.
      const run = readInChild(join(CORPUS_DIR, file.name));
      expect(run.ms).toBeLessThan(5000);
      expect(run.peakMb).toBeLessThan(300);
    });
  }

  it("reads what the files hold: errors as errors, rich and phonetic text whole, scopes, totals, hidden", () => {
    if (files.length === 0) return;
    const read = (name: string) => readWorkbookBytes(files.find((f) => f.name === name)!.bytes, name);
    const errors = Object.values(read("calamine_errors.xlsx").sheets[0].cells).map((c) => c.error);
    expect(errors).toEqual(
      expect.arrayContaining(["#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!"]),
    );
    const hidden = read("xlsxwriter_hide01.xlsx").sheets.map((s) => s.visibility);
    expect(hidden).toEqual(["visible", "hidden", "visible"]);
    const any = read("calamine_any_sheets.xlsx").sheets.map((s) => s.visibility);
    expect(any).toEqual(["visible", "hidden", "veryHidden"]);
    const totals = read("xlsxwriter_table10.xlsx").tables;
    expect(totals).toEqual([expect.objectContaining({ totalsRow: true })]);
    const names = read("xlsxwriter_defined_name01.xlsx").names;
    expect(names.some((n) => n.scopeSheet !== undefined)).toBe(true);
    expect(names.some((n) => n.scopeSheet === undefined)).toBe(true);
    const rich = read("xlsxwriter_rich_string01.xlsx").sheets[0].cells;
    expect(rich.A3.value).toBe("abcdefg");
    const namespaced = read("calamine_richtext-namespaced.xlsx").sheets[0].cells;
    expect(namespaced.A1.value).toBe("inline string\r\nLine 2\r\nLine 3");
    const tables = read("calamine_table-multiple.xlsx").tables.map((t) => t.name);
    expect(tables.length).toBeGreaterThanOrEqual(3);
    const withValue = read("calamine_inlineStr_with_value.xlsx").sheets[0].cells;
    expect(withValue.A1.value).toBe("NN");
  });
});
