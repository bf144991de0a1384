import type { Campaign } from "../core/campaign/model";
import type { Lang } from "../core/locale/lang";
import { UsageError } from "./args";
import { expandPaths } from "./expand-paths";
import type { CliIO } from "./io";
import { cliText } from "./messages";
import { progressBar } from "./progress";
import { checkPath, type PathCheck } from "./read-file-check";

/** Every workbook under the given files and folders, read and validated one by one with a progress bar. */
export async function checkPaths(
  paths: string[],
  campaign: Campaign,
  io: CliIO,
  lang: Lang,
): Promise<PathCheck[]> {
  const files = await expandPaths(paths);
  if (files.length === 0) throw new UsageError("usage.no-workbooks");
  const inputs: PathCheck[] = [];
  const tick = progressBar(io, files.length, cliText(lang, "progress.files"));
  for (const path of files) {
    inputs.push(await checkPath(path, campaign));
    tick(inputs.length);
  }
  return inputs;
}
