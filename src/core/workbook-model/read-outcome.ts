/**
 * Reading a file into a snapshot or the reason it could not be, whatever reader a host provides: the one
 * place a read failure becomes a problem (then a finding), for the CLI, the pane and the page alike.
 */
import { messageOf } from "../error-message";
import type { WorkbookSnapshot } from "./snapshot";

/** What the xlsx host provides for reading: the CLI imports it, the pane loads it on first use. */
export interface WorkbookReader {
  readWorkbook(bytes: Uint8Array, fileName: string): Promise<WorkbookSnapshot>;
  /** The cells of the sheets named only, the other sheets listed without cells. */
  readSheetsOnly?(bytes: Uint8Array, fileName: string, sheets: readonly string[]): Promise<WorkbookSnapshot>;
  /** Whether an Office file (a workbook, a Word document) says thidua created it. */
  writtenByThidua?(bytes: Uint8Array, fileName: string): boolean;
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
    return { problem: problemOf(error, reader, "corrupt") };
  }
}

/**
 * The problem an error raised while reading a file stands for: the reader's own code, or else `otherwise`
 * (the reader's library failed on a damaged file; a check failed on a snapshot), its text as the detail.
 */
export function problemOf(error: unknown, reader: WorkbookReader, otherwise: string): ReadProblem {
  if (error instanceof reader.WorkbookReadError) return { reason: error.code, detail: error.detail ?? "" };
  return { reason: otherwise, detail: messageOf(error) };
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
