import { loadBytes, readSnapshot, type ReadProblem } from "../../core/workbook-model/read-outcome";
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
  readonly problem?: ReadProblem;
}

/** Reads one file; a file that cannot be read is returned with its problem, never thrown. */
export async function readOpenedFile(id: string, file: File, xlsx: XlsxModule): Promise<OpenedFile> {
  const base = { id, name: file.name, size: file.size };
  const loaded = await loadBytes(async () => new Uint8Array(await file.arrayBuffer()));
  if ("problem" in loaded) return { ...base, problem: loaded.problem };
  const read = await readSnapshot(loaded.bytes, file.name, xlsx);
  return { ...base, ...read };
}
