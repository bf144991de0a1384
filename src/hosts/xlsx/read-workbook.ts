import ExcelJS from "exceljs";
import { messageOf } from "../../core/error-message";
import type { WorkbookSnapshot } from "../../core/workbook-model/snapshot";
import { WorkbookReadError } from "./errors";
import { captureParsedModel, captureWorkbookXml } from "./exceljs-hooks";
import { DEFAULT_READ_LIMITS, inspectBytes, ReadLimits } from "./inspect-bytes";
import { readParsedModel } from "./parsed-model";
import { snapshotWorkbook } from "./snapshot-workbook";

type ExcelJsBytes = Parameters<ExcelJS.Xlsx["load"]>[0];

/**
 * Worksheet parts the snapshot does not use. Skipping them is faster than ExcelJS's default, which expands
 * a validation on a whole column into a million entries, and avoids its crashes on dangling relationships.
 */
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

function baseName(fileName: string): string {
  return fileName.slice(Math.max(fileName.lastIndexOf("/"), fileName.lastIndexOf("\\")) + 1);
}

/** Reads .xlsx bytes into a snapshot, or throws a WorkbookReadError that says why the file cannot be read. */
export async function readWorkbook(
  bytes: Uint8Array,
  fileName: string,
  limits: Partial<ReadLimits> = {},
): Promise<WorkbookSnapshot> {
  const name = baseName(fileName);
  inspectBytes(bytes, name, { ...DEFAULT_READ_LIMITS, ...limits });
  const workbook = new ExcelJS.Workbook();
  const workbookXml = captureWorkbookXml(workbook);
  const parsedModel = captureParsedModel(workbook);
  try {
    // JSZip, which ExcelJS uses, accepts a Uint8Array in Node and in the browser.
    await workbook.xlsx.load(bytes as unknown as ExcelJsBytes, { ignoreNodes: IGNORED_NODES });
    return snapshotWorkbook(readParsedModel(parsedModel()), name, workbookXml());
  } catch (error) {
    throw new WorkbookReadError("corrupt", name, "the file is damaged and cannot be read", messageOf(error));
  }
}
