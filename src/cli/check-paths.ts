import type { Campaign } from "../core/campaign/model";
import type { Lang } from "../core/locale/lang";
import { isCompanionFile, type GivenFile } from "../jobs/select-inputs";
import { UsageError } from "./args";
import { gatherInputFiles } from "./gather-inputs";
import type { CliIO } from "./io";
import { cliText } from "./messages";
import { inputsBesideOutput } from "./output-guard";
import { refuseExistingOutput, type OutputTarget } from "./output-target";
import { progressBar } from "./progress";
import { checkInputFile } from "./read-file-check";

/**
 * Every workbook under the given files and folders, read and validated one by one with a progress bar.
 * Companion files (Excel's lock files, macOS metadata) are listed but not read: the selection rule says they are not used. With `output`, refuses
 * before reading anything when the output is one of the inputs (but for the command's own earlier output
 * found in a folder, left out), or a file the command may not replace.
 */
export async function checkPaths(
  paths: string[],
  campaign: Campaign,
  io: CliIO,
  lang: Lang,
  output?: OutputTarget,
): Promise<GivenFile[]> {
  const found = await gatherInputFiles(paths);
  const files = output === undefined ? found : await inputsBesideOutput(output, found, campaign);
  if (files.length === 0) throw new UsageError("usage.no-workbooks");
  if (output !== undefined) await refuseExistingOutput(output, campaign, lang);
  const given: GivenFile[] = [];
  const tick = progressBar(io, files.length, cliText(lang, "progress.files"));
  for (const file of files) {
    const { name } = file;
    given.push(isCompanionFile(name) ? { name } : { name, input: await checkInputFile(file, campaign) });
    tick(given.length);
  }
  return given;
}
