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
});
