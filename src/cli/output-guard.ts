import { stat } from "node:fs/promises";
import type { Campaign } from "../core/campaign/model";
import { UsageError } from "./args";
import type { InputFile } from "./gather-inputs";
import { existingAt, type ExistingAt, type OutputTarget } from "./output-target";

/**
 * The inputs, less the output. An output that is one of the inputs, given by name or found in a given
 * folder, is refused: writing it would overwrite a unit's file. The one exception is a rerun: the
 * command's own earlier output (the summary of the first run) found in a given folder is no unit's
 * report, so it is left out of the inputs and replaced. Compared by device and inode, so "./a.xlsx", a
 * symbolic link or a hard link to the same file are caught too. Gives what is at the output too when it
 * had to read it to tell (a rerun's summary need not be read twice: it can be some megabytes).
 */
export async function inputsBesideOutput(
  output: OutputTarget,
  inputs: InputFile[],
  campaign: Campaign,
): Promise<{ inputs: InputFile[]; atOutput?: ExistingAt }> {
  const target = await stat(output.path).catch(() => undefined);
  if (!target) return { inputs };
  const atOutput: InputFile[] = [];
  for (const input of inputs) {
    const info = await stat(input.path).catch(() => undefined);
    if (info && info.dev === target.dev && info.ino === target.ino) atOutput.push(input);
  }
  if (atOutput.length === 0) return { inputs };
  const given = atOutput.find((input) => !input.inFolder);
  const found = given ? undefined : await existingAt(output.path, campaign);
  if (found !== undefined && found !== "nothing" && found !== "not-a-file" && output.replaces.includes(found))
    return { inputs: inputs.filter((input) => !atOutput.includes(input)), atOutput: found };
  const { path, name } = given ?? atOutput[0];
  throw new UsageError("usage.output-is-input", {
    file: output.path,
    input: typeof path === "string" ? path : name,
  });
}
