import { DEFAULT_CAMPAIGN } from "../../../src/core/campaign/default-campaign";
import { buildTemplatePlan, META_KEYS, META_SHEET, readTemplateMeta } from "../../../src/core/template";
import type { WorkbookSnapshot } from "../../../src/core/workbook-model/snapshot";
import { planToSnapshot } from "../../helpers/plan-to-snapshot";

describe("template meta sheet", () => {
  it("records template, versions, unit and year, and reads them back", () => {
    const snap = planToSnapshot(buildTemplatePlan(DEFAULT_CAMPAIGN, { unitCode: "VP", year: 2023 }));
    const sheet = snap.sheets.find((s) => s.name === META_SHEET);
    expect(sheet?.visibility).toBe("veryHidden");
    expect(readTemplateMeta(snap)).toEqual({
      templateId: "thidua-vnn-2021-2025",
      templateVersion: "1.0",
      criteriaVersion: "2024.1",
      unitCode: "VP",
      year: 2023,
    });
  });

  it("leaves out unit and year when the template is blank", () => {
    const meta = readTemplateMeta(planToSnapshot(buildTemplatePlan(DEFAULT_CAMPAIGN, {})));
    expect(meta).toEqual({
      templateId: "thidua-vnn-2021-2025",
      templateVersion: "1.0",
      criteriaVersion: "2024.1",
    });
  });

  it("trims, accepts numbers and ignores unknown keys; no sheet gives nothing", () => {
    const snap: WorkbookSnapshot = {
      fileName: "x.xlsx",
      names: [],
      tables: [],
      sheets: [
        {
          name: META_SHEET,
          visibility: "veryHidden",
          merges: [],
          cells: {
            A1: { value: ` ${META_KEYS.templateVersion} ` },
            B1: { value: 2 },
            A2: { value: "other" },
            B2: { value: "x" },
            A3: { value: META_KEYS.reportYear },
            B3: { value: " 2024 " },
          },
        },
      ],
    };
    expect(readTemplateMeta(snap)).toEqual({ templateVersion: "2", year: 2024 });
    expect(readTemplateMeta({ ...snap, sheets: [] })).toEqual({});
  });
});
