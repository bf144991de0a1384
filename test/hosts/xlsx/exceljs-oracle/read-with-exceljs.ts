/**
 * The reader as it was built on ExcelJS, kept only as the oracle of the differential test: for a file
 * ExcelJS reads right, src/hosts/xlsx/read must give the same snapshot field by field.
 */
import ExcelJS from "exceljs";
import type { WorkbookSnapshot } from "../../../../src/core/workbook-model/snapshot";
import { captureParsedModel, captureWorkbookXml } from "./exceljs-read-hooks";
import { readParsedModel } from "./parsed-model";
import { snapshotWorkbook } from "./snapshot-workbook";

type ExcelJsBytes = Parameters<ExcelJS.Xlsx["load"]>[0];

/** Worksheet parts the snapshot does not use (as the ExcelJS reader skipped them). */
const IGNORED_NODES = [
  "dataValidations",
  "conditionalFormatting",
  "extLst",
  "hyperlinks",
  "drawing",
  "picture",
  "rowBreaks",
  "autoFilter",
];

/** ExcelJS's snapshot of the bytes; throws whatever ExcelJS throws. */
export async function readWithExcelJs(bytes: Uint8Array, fileName: string): Promise<WorkbookSnapshot> {
  const workbook = new ExcelJS.Workbook();
  const workbookXml = captureWorkbookXml(workbook);
  const parsedModel = captureParsedModel(workbook);
  await workbook.xlsx.load(bytes as unknown as ExcelJsBytes, { ignoreNodes: IGNORED_NODES });
  return snapshotWorkbook(readParsedModel(parsedModel()), fileName, workbookXml());
}
