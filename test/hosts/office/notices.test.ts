import { describeHostError, describeNotice, type HostNoticeCode } from "../../../src/hosts/office/notices";
import { HostError, type HostErrorCode } from "../../../src/hosts/office/errors";
import { BrowserHostError, type BrowserHostErrorCode } from "../../../src/hosts/browser/errors";

// Objects typed by the codes, so a code added without being listed here fails to compile.
const NOTICES: Record<HostNoticeCode, true> = {
  "merges-unknown": true,
  "notes-skipped": true,
  "print-skipped": true,
  "indent-skipped": true,
  "names-renamed": true,
  "mark-notes-skipped": true,
  "validation-text-cut": true,
};
const ERRORS: Record<HostErrorCode, true> = {
  "sheet-missing": true,
  "target-not-empty": true,
  "selection-missing": true,
  "sheet-protected": true,
  "old-sheets-left": true,
  "rollback-failed": true,
  "settings-not-saved": true,
  "workbook-protected": true,
  "marks-too-large": true,
  "marks-failed": true,
};
const BROWSER: Record<BrowserHostErrorCode, true> = { "no-files": true, "read-only": true, "no-grid": true };

describe("the hosts' notices and errors come from the catalogue", () => {
  it.each(Object.keys(NOTICES) as HostNoticeCode[])("notice %s, in both languages, filled in", (code) => {
    const notice = { code, count: 2, items: ["Sheet1", "Sheet2"] };
    const [vi, en] = [describeNotice(notice, "vi"), describeNotice(notice, "en")];
    for (const text of [vi, en]) {
      expect(text).not.toMatch(/\{\w+\}|^notice\./);
      expect(text).toContain("2");
    }
    expect(vi).not.toBe(en);
  });

  it("writes a count of thousands the language's way", () => {
    const notice = { code: "mark-notes-skipped" as const, count: 12345, items: [] };
    expect(describeNotice(notice, "vi")).toContain("12.345 ô");
    expect(describeNotice(notice, "en")).toContain("12,345");
  });

  it.each(Object.keys(ERRORS) as HostErrorCode[])("error %s, in both languages, filled in", (code) => {
    const params = { sheet: "A", sheets: "A, B", range: "B2:C3", cause: "x", detail: "y" };
    const error = new HostError(code, params, code);
    const [vi, en] = [describeHostError(error, "vi"), describeHostError(error, "en")];
    for (const text of [vi, en]) expect(text).not.toMatch(/\{\w+\}|^error\./);
    expect(vi).not.toBe(en);
  });

  it.each(Object.keys(ERRORS) as HostErrorCode[])("error %s shows no failure's own words", (code) => {
    const error = new HostError(code, { cause: "Office: GeneralException", detail: "ItemNotFound" }, code);
    for (const lang of ["vi", "en"] as const)
      expect(describeHostError(error, lang)).not.toMatch(/Office|Item/);
  });

  it.each(Object.keys(BROWSER) as BrowserHostErrorCode[])("browser error %s, in both languages", (code) => {
    const error = new BrowserHostError(code, { cell: "B7" });
    expect(error.messages.vi).not.toBe(error.messages.en);
    for (const text of Object.values(error.messages)) expect(text).not.toMatch(/\{\w+\}|undefined/);
    expect(error.message).toBe(error.messages.vi);
  });

  it("names what was renamed", () => {
    const notice = { code: "names-renamed" as const, count: 1, items: ["tbl_a → tbl_a_2"] };
    expect(describeNotice(notice, "en")).toBe(
      "1 table or defined name already existed in the workbook and was renamed: tbl_a → tbl_a_2.",
    );
  });
});
