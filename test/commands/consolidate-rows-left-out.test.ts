/** @jest-environment jsdom */
import "../taskpane/helpers/browser-globals";
import { consolidateWorkbook } from "../../src/commands/consolidate-command";
import * as consolidateFiles from "../../src/jobs/consolidate-files";
import { planToSnapshot } from "../helpers/plan-to-snapshot";
import { fakeHost } from "../taskpane/helpers/fake-host";
import { mergeUnitWorkbooks } from "../taskpane/helpers/merge-units";
import { batch2024, planOf } from "../taskpane/helpers/samples";

const batch = batch2024();
const units = mergeUnitWorkbooks([
  planToSnapshot(planOf(batch, "VP"), "Tong hop.xlsx"),
  planToSnapshot(planOf(batch, "TTr"), "Tong hop.xlsx"),
]);

afterEach(() => jest.restoreAllMocks());

describe("the ribbon's Tổng hợp", () => {
  it("names the summary sheets that could not hold all their rows, as they were written", async () => {
    // A million rows are not built here: the plan is the real one, one sheet said to have left rows out.
    const real = consolidateFiles.summaryPlan;
    jest.spyOn(consolidateFiles, "summaryPlan").mockImplementation((...args) => {
      const plan = real(...args);
      return {
        ...plan,
        sheets: plan.sheets.map((s) => (s.name === "Tổng hợp chỉ tiêu" ? { ...s, rowsLeftOut: 7 } : s)),
      };
    });
    const host = fakeHost({ workbook: units, existingSheets: ["Tổng hợp chỉ tiêu"] });
    const report = await consolidateWorkbook(host, "vi");
    expect(report.message).toContain(
      "Không chứa hết các dòng, vì vượt quá dòng cuối của Excel: Tổng hợp chỉ tiêu (2); dòng cuối của mỗi trang này ghi số dòng không ghi được.",
    );
  });

  it("says nothing of it when every sheet holds its rows", async () => {
    const report = await consolidateWorkbook(fakeHost({ workbook: units }), "vi");
    expect(report.message).not.toContain("Không chứa hết");
  });
});
