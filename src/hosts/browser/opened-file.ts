import type { WorkbookSnapshot } from "../../core/workbook-model/snapshot";
import type { XlsxModule } from "./xlsx-module";

/** A file the user opened in the page: read into a snapshot, or the reason it could not be. */
export interface OpenedFile {
  /** Unique within the page ("f1", "f2"…): two files may have the same name. */
  readonly id: string;
  readonly name: string;
  readonly size: number;
  readonly snapshot?: WorkbookSnapshot;
  /**
   * Set when the file could not be read: hosts/xlsx's code ("corrupt", "legacy-xls"…, or "corrupt" for
   * anything unexpected) and the library's detail, as `unreadableFile(name, reason, detail)` takes them.
   */
  readonly problem?: { reason: string; detail: string };
}

/** Reads one file; a file that cannot be read is returned with its problem, never thrown. */
export async function readOpenedFile(id: string, file: File, xlsx: XlsxModule): Promise<OpenedFile> {
  const base = { id, name: file.name, size: file.size };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return { ...base, problem: { reason: "not-found", detail: messageOf(error) } };
  }
  try {
    return { ...base, snapshot: await xlsx.readWorkbook(bytes, file.name) };
  } catch (error) {
    if (error instanceof xlsx.WorkbookReadError)
      return { ...base, problem: { reason: error.code, detail: error.detail ?? "" } };
    return { ...base, problem: { reason: "corrupt", detail: messageOf(error) } };
  }
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
