/**
 * `validate --json` is written a line at a time; the text is the same as the whole report stringified at
 * once (what it was before), for files with and without findings, an unreadable one, and documents.
 */
import { DEFAULT_CAMPAIGN } from "../../src/core/campaign/default-campaign";
import { checkedFile, unreadableFile } from "../../src/core/validation/file-check";
import { checkWorkbook } from "../../src/core/validation/validate";
import { jsonReport, jsonReportLines } from "../../src/cli/validate-json";
import { baselineUnit, unitSnapshot } from "../helpers/unit-workbook";

const valid = checkedFile("VP-2024.xlsx", checkWorkbook(unitSnapshot(baselineUnit()), DEFAULT_CAMPAIGN));
const faultyUnit = baselineUnit();
faultyUnit.values.b04_fund_amount = "2 triệu";
faultyUnit.values.c1 = 21;
const faulty = checkedFile("QLXD-2024.xlsx", checkWorkbook(unitSnapshot(faultyUnit), DEFAULT_CAMPAIGN));
const unreadable = unreadableFile("hỏng.xlsx", "corrupt", "zip directory: bad entry");

describe("validate --json, line by line", () => {
  it.each([
    ["no file, no document", [], []],
    ["files with and without findings, an unreadable one, documents", [valid, faulty, unreadable], ["a.pdf"]],
    ["one file without findings", [valid], []],
  ])("gives the same text as the report stringified whole: %s", (_, checks, documents) => {
    for (const lang of ["vi", "en"] as const) {
      const lines = [...jsonReportLines(checks, lang, documents)];
      expect(lines.join("\n")).toBe(JSON.stringify(jsonReport(checks, lang, documents), null, 2));
    }
  });

  it("holds findings in the text, and the technical detail of a file that could not be read", () => {
    expect(faulty.findings.length).toBeGreaterThan(1);
    const text = [...jsonReportLines([faulty, unreadable], "vi")].join("\n");
    expect(JSON.parse(text).files[1].findings[0].detail).toBe("zip directory: bad entry");
  });
});
