import { dirname } from "node:path";
import type { Lang } from "../core/locale/lang";
import type { CliIO } from "./io";
import { cliText } from "./messages";
import { makeFolders, writeOutputFile } from "./write-output";

const REASONS: Record<string, string> = {
  EACCES: "write.reason.no-permission",
  EPERM: "write.reason.no-permission",
  EROFS: "write.reason.no-permission",
  ENOENT: "write.reason.no-folder",
  // A file where a folder of the path should be (EEXIST: making that folder).
  ENOTDIR: "write.reason.file-in-path",
  EEXIST: "write.reason.file-in-path",
  EISDIR: "write.reason.is-folder",
  ENOSPC: "write.reason.disk-full",
  EDQUOT: "write.reason.disk-full",
  EBUSY: "write.reason.busy",
};

/** Why the output could not be written, in the user's words: never the system's or a library's message. */
export function writeFailureText(error: unknown, lang: Lang): string {
  const code = (error as { code?: unknown } | null)?.code;
  return cliText(lang, (typeof code === "string" && REASONS[code]) || "write.reason.other");
}

/**
 * Makes an output's bytes and writes them (with `makeFolder`, into a folder made if missing); a failure to
 * write is told in the user's words. Returns false when nothing was written. A failure to make the bytes is
 * thidua's own fault, not the disk's: it is thrown, for the command line's unexpected-error message.
 */
export async function writeOrTell(
  output: string,
  bytes: () => Promise<Uint8Array>,
  io: CliIO,
  lang: Lang,
  options: { makeFolder?: boolean } = {},
): Promise<boolean> {
  const content = await bytes();
  try {
    if (options.makeFolder) await makeFolders(dirname(output));
    await writeOutputFile(output, content);
    return true;
  } catch (error) {
    io.err(cliText(lang, "write.failed", { file: output, message: writeFailureText(error, lang) }));
    return false;
  }
}
