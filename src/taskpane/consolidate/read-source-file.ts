import type { Campaign } from "../../core/campaign/model";
import type { ConsolidationInput } from "../../core/consolidation/model";
import { checkedFile, unreadableFile } from "../../core/validation/file-check";
import { checkWorkbook } from "../../core/validation/validate";
import { shortChecksum } from "../shared/checksum";
import { loadXlsx } from "../shared/xlsx-loader";

/**
 * Reads and validates one picked file, as `thidua consolidate` does with a path: a file that cannot be
 * read becomes an "unreadable-workbook" finding, never an exception. Loading the reader itself may throw.
 */
export async function readSourceFile(
  file: File,
  campaign: Campaign,
  today: number,
): Promise<ConsolidationInput> {
  const xlsx = await loadXlsx();
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return {
      check: unreadableFile(file.name, "not-found", error instanceof Error ? error.message : String(error)),
    };
  }
  const checksum = await shortChecksum(bytes);
  try {
    const snapshot = await xlsx.readWorkbook(bytes, file.name);
    return { check: checkedFile(file.name, checkWorkbook(snapshot, campaign, { today })), checksum };
  } catch (error) {
    if (error instanceof xlsx.WorkbookReadError)
      return { check: unreadableFile(file.name, error.code, error.detail ?? ""), checksum };
    return {
      check: unreadableFile(file.name, "corrupt", error instanceof Error ? error.message : String(error)),
      checksum,
    };
  }
}
