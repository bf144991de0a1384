/** The report sheet numbers its pages as Decree 30 does: centred in the top margin, not on page 1. */
import { DEFAULT_CAMPAIGN } from "../../../src/core/campaign/default-campaign";
import { consolidate } from "../../../src/core/consolidation";
import { buildReport, buildReportPlan, reportSettings } from "../../../src/core/report";
import { checkedFile } from "../../../src/core/validation/file-check";
import { checkWorkbook } from "../../../src/core/validation/validate";
import { writeWorkbook } from "../../../src/hosts/xlsx";
import { sampleBatch } from "../../../src/dev/sample/batch";
import { planToSnapshot } from "../../helpers/plan-to-snapshot";
import { zipParts } from "../../helpers/office-files";

it("writes the page number into the odd header, with an empty first-page header", async () => {
  const inputs = sampleBatch(DEFAULT_CAMPAIGN, { years: [2024], seed: 3 }).map((f) => ({
    check: checkedFile(f.name, checkWorkbook(planToSnapshot(f.plan), DEFAULT_CAMPAIGN)),
  }));
  const c = consolidate(inputs, DEFAULT_CAMPAIGN, { year: 2024 });
  const report = buildReport(c, DEFAULT_CAMPAIGN, reportSettings(DEFAULT_CAMPAIGN.settings), "annual");
  const sheet = zipParts(await writeWorkbook(buildReportPlan(report)))["xl/worksheets/sheet1.xml"];
  const hf = /<headerFooter[^>]*>[\s\S]*?<\/headerFooter>/.exec(sheet)?.[0] ?? "";
  expect(hf).toMatch(/differentFirst="1"/);
  expect(hf).toMatch(/<oddHeader>&amp;C&amp;&quot;Times New Roman,Regular&quot;&amp;13&amp;P<\/oddHeader>/);
  expect(hf).not.toMatch(/<oddFooter>/);
  expect(hf).not.toMatch(/<firstHeader>[^<]+<\/firstHeader>/);
});
