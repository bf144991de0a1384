/** Consolidating files whose figures no one would type: the summary is still written for everyone. */
import { writeWorkbook } from "../../src/hosts/xlsx";
import { consolidateFiles, summaryPlan } from "../../src/jobs/consolidate-files";
import { CAMPAIGN, unitFile } from "../core/consolidation/fixtures";

describe("a consolidation", () => {
  it("is written when two units' amounts are numbers whose sum no number can hold", async () => {
    const huge = (code: string) =>
      unitFile(code, 2024, {
        change: (s) => {
          s.values.b04_fund_amount = 1.7e308;
        },
      });
    const files = [huge("VP"), huge("TTr")].map((f) => ({ name: f.file, input: { check: f.check } }));
    const job = consolidateFiles(files, CAMPAIGN, { year: 2024, lang: "vi" });
    const bytes = await writeWorkbook(summaryPlan(job.result, CAMPAIGN));
    expect(bytes.length).toBeGreaterThan(1000);
    expect(job.files.map((d) => d.used)).toEqual([true, true]);
  });

  it("is written when a unit's texts are longer than an Excel cell holds, each such text a finding", async () => {
    const long = unitFile("VP", 2024, {
      change: (s) => {
        s.tables.tbl_proposals[0].name = "Nguyễn Văn A ".repeat(3100); // 40,300 characters
        s.values.preparer_name = "Trần Thị B ".repeat(3700);
      },
    });
    const findings = long.check.findings.filter((f) => f.params.variant === "too-long");
    expect(findings.map((f) => f.field)).toContain("preparer_name");
    expect(findings).toHaveLength(2);
    expect(String(findings[0].params.text).length).toBeLessThan(50);
    const job = consolidateFiles([{ name: long.file, input: { check: long.check } }], CAMPAIGN, {
      year: 2024,
      lang: "vi",
    });
    expect((await writeWorkbook(summaryPlan(job.result, CAMPAIGN))).length).toBeGreaterThan(1000);
  });
});
