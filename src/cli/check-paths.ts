import type { Campaign } from "../core/campaign/model";
import type { Lang } from "../core/locale/lang";
import * as xlsx from "../hosts/xlsx/read";
import { isCompanionFile, type GivenFile } from "../jobs/select-inputs";
import { UsageError } from "./args";
import { gatherInputFiles, type InputFile } from "./gather-inputs";
import type { CliIO } from "./io";
import { cliText } from "./messages";
import { inputsBesideOutput } from "./output-guard";
import { refuseExistingOutput, type OutputTarget } from "./output-target";
import { progressBar } from "./progress";
import { checkInputFile } from "./read-file-check";
import { readRegularFile } from "./read-regular-file";

/**
 * Every workbook under the given files and folders, read and validated one by one with a progress bar.
 * Companion files (Excel's lock files, macOS metadata) and documents found in a folder are listed but not
 * read: the selection rule says they are not used. With `output`, refuses before reading anything when the
 * output is one of the inputs (but for the command's own earlier output found in a folder, left out), or a
 * file the command may not replace.
 */
export async function checkPaths(
  paths: string[],
  campaign: Campaign,
  io: CliIO,
  lang: Lang,
  output?: OutputTarget,
): Promise<GivenFile[]> {
  const found = await gatherInputFiles(paths);
  const { inputs: files, atOutput } =
    output === undefined ? { inputs: found } : await inputsBesideOutput(output, found, campaign);
  if (files.length === 0) throw new UsageError("usage.no-workbooks");
  if (output !== undefined) await refuseExistingOutput(output, campaign, lang, atOutput);
  const given: GivenFile[] = [];
  const tick = progressBar(io, files.length, cliText(lang, "progress.files"));
  for (const file of files) {
    const { name } = file;
    if (file.document) given.push({ name, document: foundThiduaWordFile(file) ? "thidua" : "other" });
    else if (isCompanionFile(name)) given.push({ name });
    else given.push({ name, input: await checkInputFile(file, campaign) });
    tick(given.length);
  }
  return given;
}

/**
 * A Word file thidua wrote (a report, a chase letter), told by its creator: the clerk may well write them
 * into the units' folder.
 */
function foundThiduaWordFile({ path, name }: InputFile): boolean {
  if (!/\.docx$/i.test(name)) return false;
  const read = readRegularFile(path, xlsx.DEFAULT_READ_LIMITS.maxFileBytes);
  return "bytes" in read && xlsx.writtenByThidua(read.bytes, name);
}
