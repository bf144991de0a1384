import ExcelJS from "exceljs";

/** ExcelJS's own load and nothing else: the baseline the benchmark compares the whole pipeline against. */
export async function rawExcelJsLoad(bytes: Uint8Array): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
  return workbook.worksheets.length;
}
