import { DEFAULT_CAMPAIGN } from "../../../src/core/campaign/default-campaign";
import type { WorkbookPlan } from "../../../src/core/workbook-model/plan";
import { sampleBatch, type BatchFile } from "../../../src/dev/sample/batch";

/** The roster's workbooks for 2024: TTr's has the typical mistakes, KHTC sends two (draft and final). */
export function batch2024(): BatchFile[] {
  return sampleBatch(DEFAULT_CAMPAIGN, {
    years: [2024],
    seed: 7,
    faulty: ["TTr"],
    duplicated: ["KHTC"],
  });
}

export function planOf(files: BatchFile[], unitCode: string, draft = false): WorkbookPlan {
  const file = files.find((f) => f.unitCode === unitCode && f.name.includes("ban-nhap") === draft);
  if (!file) throw new Error(`no sample for ${unitCode}`);
  return file.plan;
}

/** Real .xlsx bytes, as a unit would send them. */
export async function xlsxFile(plan: WorkbookPlan, name: string): Promise<File> {
  const { writeWorkbook } = await import("../../../src/hosts/xlsx");
  return new File([(await writeWorkbook(plan)) as BlobPart], name, {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
}

/** Bytes that are not a workbook at all. */
export function corruptFile(name: string): File {
  return new File([new TextEncoder().encode("this is not a zip file")], name);
}
