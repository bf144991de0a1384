/**
 * Workbooks for measuring hosts/office against the fake: unit workbooks read back through the host, the
 * summary plan of n units, a unit sheet of many rows, and a plan larger than one request.
 */
import type { Campaign } from "../../core/campaign/model";
import { buildSummaryPlan, consolidate } from "../../core/consolidation";
import type { ConsolidationInput } from "../../core/consolidation/model";
import { dateToSerial } from "../../core/locale/excel-date";
import { checkedFile } from "../../core/validation/file-check";
import { checkWorkbook } from "../../core/validation/validate";
import type { PlanValue, WorkbookPlan } from "../../core/workbook-model/plan";
import { sampleBatch } from "../sample/batch";
import { officeWorkbookHost } from "../../hosts/office";
import { FakeExcel } from "../../hosts/fake/fake-excel";
import { seedPlan } from "../../hosts/fake/seed";
import { campaignWithUnits } from "../sample/campaign-with-units";
export { campaignWithUnits };

/** Each unit's workbook opened in (fake) Excel and read through hosts/office, then checked. */
export async function unitInputs(campaign: Campaign, year = 2024): Promise<ConsolidationInput[]> {
  const inputs: ConsolidationInput[] = [];
  for (const file of sampleBatch(campaign, { years: [year], seed: 7000 })) {
    const excel = new FakeExcel({ workbookName: file.name.replace("/", "-") });
    seedPlan(excel, file.plan);
    const snapshot = await officeWorkbookHost({ env: excel.env }).readSnapshot("all");
    inputs.push({ check: checkedFile(snapshot.fileName, checkWorkbook(snapshot, campaign)) });
  }
  return inputs;
}

export async function summaryPlanFor(units: number): Promise<WorkbookPlan> {
  const campaign = campaignWithUnits(units);
  const result = consolidate(await unitInputs(campaign), campaign, { year: 2024 });
  return buildSummaryPlan(result, campaign, { generatedAt: "05/12/2024 10:30" });
}

const NAMES = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Hữu Cường", "Phạm Minh Dũng", "Hoàng Thu Hà"];

/** One sheet like a unit's list: a title, a header and `rows` rows of text, numbers, dates and a formula. */
export function longSheetPlan(rows: number, columns = 10): WorkbookPlan {
  const header = Array.from({ length: columns }, (_, j) => `Cột ${j + 1}`);
  const body: PlanValue[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: columns }, (_, j): PlanValue => {
      if (j === 0) return i + 1;
      if (j === 1) return `${NAMES[i % NAMES.length]} ${i}`;
      if (j === 2) return dateToSerial(2024, 1 + (i % 12), 1 + (i % 28));
      if (j === columns - 1) return { formula: `A${i + 3}*2`, result: (i + 1) * 2 };
      return (i * 37 + j * 11) % 1000;
    }),
  );
  return {
    sheets: [
      {
        name: "Danh sách",
        blocks: [{ origin: "A1", rows: [["Danh sách đề nghị khen thưởng"], header, ...body] }],
        styles: [{ range: `C3:C${rows + 2}`, style: { numFmt: "dd/mm/yyyy" } }],
        merges: [`A1:${String.fromCharCode(64 + columns)}1`],
      },
    ],
  };
}

/** A plan of about `megabytes` MB of text, to go over one request. */
export function largePlan(megabytes: number): WorkbookPlan {
  const columns = 8;
  const cell = "Nội dung sáng kiến, mô hình hỗ trợ hộ nghèo – ";
  const rows = Math.ceil((megabytes * 1_000_000) / (columns * (cell.length + 8) * 1.1));
  const body = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: columns }, (_, j) => `${cell}${i}.${j}`),
  );
  return { sheets: [{ name: "Dữ liệu lớn", blocks: [{ origin: "A1", rows: body }] }] };
}
