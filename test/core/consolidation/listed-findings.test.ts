/** A file with thousands of findings fills the summary's findings sheet with a thousand rows, not all. */
import { feedbackBooks } from "../../../src/core/chase";
import { consolidate } from "../../../src/core/consolidation";
import { LISTED_PER_FILE, listedFindings } from "../../../src/core/consolidation/listed-findings";
import { buildSummaryPlan } from "../../../src/core/consolidation/plan/build-summary-plan";
import { newFinding } from "../../../src/core/findings/catalogue";
import type { Severity } from "../../../src/core/campaign/model";
import type { Finding } from "../../../src/core/findings/finding";
import { renderFinding } from "../../../src/core/validation/render-finding";
import { initiativesOfUnknownKind } from "../../helpers/unit-workbook";
import { CAMPAIGN, unitFile } from "./fixtures";

const finding = (severity: Severity, cell: string): Finding => ({
  ...newFinding("type-error", { file: "a.xlsx", cell, params: {} }),
  severity,
});

describe("a file's findings listed in a summary", () => {
  it("are all listed up to the limit", () => {
    const few = Array.from({ length: LISTED_PER_FILE }, (_, i) => finding("error", `A${i + 1}`));
    expect(listedFindings(few, "a.xlsx")).toBe(few);
  });

  it("keep errors first, then warnings, in their order, and count the others on one row", () => {
    const notes = Array.from({ length: 3 }, (_, i) => finding("info", `A${i + 1}`));
    const warnings = Array.from({ length: 4 }, (_, i) => finding("warning", `B${i + 1}`));
    const errors = Array.from({ length: 2 }, (_, i) => finding("error", `C${i + 1}`));
    const all = [...notes, warnings[0], ...errors, ...warnings.slice(1)];
    const listed = listedFindings(all, "a.xlsx", 5);
    expect(listed.slice(0, 5).map((f) => f.cell)).toEqual(["B1", "C1", "C2", "B2", "B3"]);
    expect(listed).toHaveLength(6);
    const notListed = listed[5];
    expect(notListed).toMatchObject({ code: "findings-not-listed", severity: "info", file: "a.xlsx" });
    expect(notListed.params).toEqual({ count: 4, errors: 0, warnings: 1, infos: 3, listed: 5 });
    expect(renderFinding({ ...notListed, params: { ...notListed.params, count: 1500 } }, "vi")).toBe(
      "Tệp này còn 1.500 lỗi, cảnh báo, thông tin nữa không liệt kê ở đây (0 lỗi, 1 cảnh báo, 3 thông tin): mỗi tệp chỉ liệt kê 5 dòng, lỗi trước. Hãy kiểm tra riêng tệp này bằng thidua để xem đủ.",
    );
    expect(renderFinding(notListed, "en")).toBe(
      "4 more findings of this file are not listed here (0 errors, 1 warning, 3 notes): each file lists at most 5, errors first. Check this file on its own in thidua to see them all.",
    );
  });
});

describe("a unit's file with more findings than a summary lists", () => {
  const rows = LISTED_PER_FILE + 200;
  const flawed = unitFile("QLXD", 2024, {
    change: (sample) => {
      sample.tables.tbl_initiatives = initiativesOfUnknownKind(rows);
      sample.values.b13_initiatives = rows;
    },
  });
  const own = flawed.check.findings;
  const c = consolidate([{ check: flawed.check }], CAMPAIGN, { year: 2024 });
  const ofFile = c.findings.filter((f) => f.file === flawed.file);

  it("lists the first ones of the file and one row for the rest", () => {
    expect(own.length).toBeGreaterThan(LISTED_PER_FILE);
    expect(ofFile).toHaveLength(LISTED_PER_FILE + 1);
    expect(ofFile[LISTED_PER_FILE]).toMatchObject({
      code: "findings-not-listed",
      unitCode: "QLXD",
      year: 2024,
    });
    expect(ofFile[LISTED_PER_FILE].finding.params.count).toBe(own.length - LISTED_PER_FILE);
  });

  it("still counts every finding in the findings sheet's subtitle", () => {
    const errors = flawed.check.counts.error;
    expect(errors).toBeGreaterThan(LISTED_PER_FILE);
    const sheet = buildSummaryPlan(c, CAMPAIGN).sheets.find((s) => s.name === "Kết quả kiểm tra");
    const subtitle = sheet?.blocks[1].rows[0][0];
    expect(subtitle).toContain(`${errors.toLocaleString("de-DE")} lỗi`);
  });

  it("gives the unit's feedback the same rows, with every error counted", () => {
    const [book] = feedbackBooks(c);
    expect(book.unitCode).toBe("QLXD");
    expect(book.findings.at(-1)?.code).toBe("findings-not-listed");
    expect(book.findings).toHaveLength(LISTED_PER_FILE + 1);
    const subtitle = book.plan.sheets[0].blocks[1].rows[0][0];
    expect(subtitle).toContain(`${flawed.check.counts.error.toLocaleString("de-DE")} lỗi`);
    const [en] = feedbackBooks(c, "en");
    expect(en.plan.sheets[0].blocks[1].rows[0][0]).toContain(
      `${flawed.check.counts.error.toLocaleString("en-US")} errors`,
    );
  });
});
