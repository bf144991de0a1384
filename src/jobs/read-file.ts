/**
 * Reading one file the user gave (a path, a picked or an opened file) into a snapshot or the reason it
 * could not be read, and into a checked input. The only place a read failure becomes a finding: the CLI,
 * the pane and the page outside Excel all come here, whatever reader the xlsx host provides underneath.
 */
import type { Campaign } from "../core/campaign/model";
import type { ConsolidationInput } from "../core/consolidation/model";
import { messageOf } from "../core/error-message";
import { checkedFile, unreadableFile } from "../core/validation/file-check";
import { checkWorkbook } from "../core/validation/validate";
import type { WorkbookSnapshot } from "../core/workbook-model/snapshot";
import { digestOf, type Digest } from "./digest";

/** What the xlsx host provides for reading: the CLI imports it, the pane loads it on first use. */
export interface WorkbookReader {
  readWorkbook(bytes: Uint8Array, fileName: string): Promise<WorkbookSnapshot>;
  WorkbookReadError: abstract new (...args: never[]) => Error & { code: string; detail?: string };
}

/** Why a file could not be read: the reader's code ("corrupt", "legacy-xls"…) and the library's detail. */
export interface ReadProblem {
  reason: string;
  detail: string;
}

export type SnapshotOrProblem = { snapshot: WorkbookSnapshot } | { problem: ReadProblem };

/** Reads the bytes into a snapshot; a file that cannot be read is returned with its problem, never thrown. */
export async function readSnapshot(
  bytes: Uint8Array,
  name: string,
  reader: WorkbookReader,
): Promise<SnapshotOrProblem> {
  try {
    return { snapshot: await reader.readWorkbook(bytes, name) };
  } catch (error) {
    if (error instanceof reader.WorkbookReadError)
      return { problem: { reason: error.code, detail: error.detail ?? "" } };
    return { problem: { reason: "corrupt", detail: messageOf(error) } };
  }
}

/** Gets the bytes of a file; a failure (gone, no permission) is the file's problem, not an exception. */
export async function loadBytes(
  load: () => Promise<Uint8Array>,
): Promise<{ bytes: Uint8Array } | { problem: ReadProblem }> {
  try {
    return { bytes: await load() };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return { problem: { reason: "not-found", detail: typeof code === "string" ? code : messageOf(error) } };
  }
}

/** One file given for consolidation or validation, read and checked. */
export interface FileInput extends ConsolidationInput {
  /** The file's full SHA-256: two files with the same digest are one file given twice. */
  digest?: Digest;
}

/** Reads and validates one file; never throws for a bad file, it becomes a finding. */
export async function checkFile(
  name: string,
  load: () => Promise<Uint8Array>,
  campaign: Campaign,
  options: { today: number; reader: WorkbookReader },
): Promise<FileInput> {
  const loaded = await loadBytes(load);
  if ("problem" in loaded)
    return { check: unreadableFile(name, loaded.problem.reason, loaded.problem.detail) };
  const digest = await digestOf(loaded.bytes);
  const ids = digest ? { checksum: digest.short, digest } : {};
  const read = await readSnapshot(loaded.bytes, name, options.reader);
  if ("problem" in read)
    return { check: unreadableFile(name, read.problem.reason, read.problem.detail), ...ids };
  return {
    check: checkedFile(name, checkWorkbook(read.snapshot, campaign, { today: options.today })),
    ...ids,
  };
}
