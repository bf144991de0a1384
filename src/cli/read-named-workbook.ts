import type { Lang } from "../core/locale/lang";
import { unreadableFile } from "../core/validation/file-check";
import { renderFinding } from "../core/validation/render-finding";
import { readSnapshot } from "../core/workbook-model/read-outcome";
import type { WorkbookSnapshot } from "../core/workbook-model/snapshot";
import * as xlsx from "../hosts/xlsx/read";
import { UsageError } from "./args";
import { cliText } from "./messages";

/**
 * Reasons whose catalogue message advises on a unit's form (ask the unit to send it again, fill in the
 * template): a file given with an option is described in a few words, then told what to give instead.
 */
const FORM_ADVICE = new Set([
  "empty",
  "word",
  "presentation",
  "email",
  "document",
  "pdf",
  "image",
  "csv",
  "not-workbook",
  "too-large",
]);

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
  const { reason } = read.problem;
  if (FORM_ADVICE.has(reason))
    throw new UsageError(`${key}-kind`, { file, what: cliText(lang, `option-file.${reason}`) });
  const [finding] = unreadableFile(file, reason).findings;
  throw new UsageError(key, { file, message: renderFinding(finding, lang) });
}
