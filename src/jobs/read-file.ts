/**
 * Reading one file the user gave (a path, a picked or an opened file) into a snapshot or the reason it
 * could not be read, and into a checked input. The only place a read failure becomes a finding: the CLI,
 * the pane and the page outside Excel all come here, whatever reader the xlsx host provides underneath.
 */
import type { Campaign } from "../core/campaign/model";
import type { ConsolidationInput } from "../core/consolidation/model";
import { checkedFile, thiduaDocumentFile, unreadableFile } from "../core/validation/file-check";
import { checkWorkbook } from "../core/validation/validate";
import { readSubmission } from "../core/submission/read-submission";
import { META_SHEET } from "../core/template/meta";
import {
  loadBytes,
  problemOf,
  readSnapshot,
  type ReadProblem,
  type SnapshotOrProblem,
  type WorkbookReader,
} from "../core/workbook-model/read-outcome";
import { digestOf, type Digest, type DigestFunction } from "./digest";

export type { ReadProblem, SnapshotOrProblem, WorkbookReader } from "../core/workbook-model/read-outcome";

/** One file given for consolidation or validation, read and checked. */
export interface FileInput extends ConsolidationInput {
  /** The file's full SHA-256: two files with the same digest are one file given twice. */
  digest?: Digest;
}

/**
 * The file's snapshot; or, for a workbook too large to read whole that thidua wrote itself (the summary of
 * many units), a snapshot of its hidden record alone, enough to say what it is: such a file is no unit's
 * report, and the command's own earlier output may be replaced.
 */
export async function readWholeOrRecord(
  bytes: Uint8Array,
  name: string,
  reader: WorkbookReader,
  campaign: Campaign,
): Promise<SnapshotOrProblem> {
  const read = await readSnapshot(bytes, name, reader);
  const readRecord = reader.readSheetsOnly;
  if (!("problem" in read) || read.problem.reason !== "too-large" || !readRecord) return read;
  const record = await readSnapshot(bytes, name, {
    ...reader,
    readWorkbook: (b, n) => readRecord(b, n, [META_SHEET]),
  });
  const isOutput =
    "snapshot" in record && readSubmission(record.snapshot, campaign).notAForm?.reason === "thidua-output";
  return isOutput ? record : read;
}

/** Whether a file that is no workbook is a Word file thidua wrote (a report, a chase letter), by its creator. */
export function isThiduaWordFile(
  problem: ReadProblem,
  bytes: Uint8Array,
  name: string,
  reader: WorkbookReader,
): boolean {
  return problem.reason === "word" && reader.writtenByThidua?.(bytes, name) === true;
}

/**
 * Reads and validates one file; never throws for a bad file, it becomes a finding. A Word file thidua
 * wrote (a report, a chase letter given or picked with the units' files) is thidua's own output.
 */
export async function checkFile(
  name: string,
  load: () => Promise<Uint8Array>,
  campaign: Campaign,
  options: { today: number; reader: WorkbookReader; digest?: DigestFunction },
): Promise<FileInput> {
  const loaded = await loadBytes(load);
  if ("problem" in loaded)
    return { check: unreadableFile(name, loaded.problem.reason, loaded.problem.detail) };
  const digest = await (options.digest ?? digestOf)(loaded.bytes);
  const ids = digest ? { checksum: digest.short, digest } : {};
  const read = await readWholeOrRecord(loaded.bytes, name, options.reader, campaign);
  if ("problem" in read) {
    const check = isThiduaWordFile(read.problem, loaded.bytes, name, options.reader)
      ? thiduaDocumentFile(name)
      : unreadableFile(name, read.problem.reason, read.problem.detail);
    return { check, ...ids };
  }
  try {
    return {
      check: checkedFile(name, checkWorkbook(read.snapshot, campaign, { today: options.today })),
      ...ids,
    };
  } catch (error) {
    // A sheet is read when the check first asks for it, and a fault of the check on one odd file must
    // not stop the others: either way the file gets its finding and the batch goes on.
    const problem = problemOf(error, options.reader, "check-failed");
    return { check: unreadableFile(name, problem.reason, problem.detail), ...ids };
  }
}
