import type { Lang } from "../core/locale/lang";
import { unreadableFile } from "../core/validation/file-check";
import { renderFinding } from "../core/validation/render-finding";
import { readSnapshot } from "../core/workbook-model/read-outcome";
import type { WorkbookSnapshot } from "../core/workbook-model/snapshot";
import * as xlsx from "../hosts/xlsx/read";
import { UsageError } from "./args";

/**
 * Reads a workbook given with an option (--criteria, --settings). One that cannot be read stops the command
 * with `key` ("criteria.unreadable"), the reason in the catalogue's words, never the library's.
 */
export async function readNamedWorkbook(
  bytes: Uint8Array,
  file: string,
  key: string,
  lang: Lang,
): Promise<WorkbookSnapshot> {
  const read = await readSnapshot(bytes, file, xlsx);
  if ("snapshot" in read) return read.snapshot;
  const [finding] = unreadableFile(file, read.problem.reason).findings;
  throw new UsageError(key, { file, message: renderFinding(finding, lang) });
}
