import { stat } from "node:fs/promises";
import { UsageError } from "./args";
import type { InputFile } from "./gather-inputs";

/**
 * Refuses an output that is one of the inputs, given by name or found in a given folder: writing it would
 * overwrite a unit's file, and the next run would read the old summary as a unit. Compared by device and
 * inode, so "./a.xlsx", a symbolic link or a hard link to the same file are caught too.
 */
export async function refuseOutputAmongInputs(output: string, inputs: readonly InputFile[]): Promise<void> {
  const target = await stat(output).catch(() => undefined);
  if (!target) return;
  for (const { path, name } of inputs) {
    const info = await stat(path).catch(() => undefined);
    if (info && info.dev === target.dev && info.ino === target.ino)
      throw new UsageError("usage.output-is-input", {
        file: output,
        input: typeof path === "string" ? path : name,
      });
  }
}
