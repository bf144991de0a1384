import type { Lang } from "../core/locale/lang";
import { cliText } from "./messages";

const REASONS: Record<string, string> = {
  EACCES: "write.reason.no-permission",
  EPERM: "write.reason.no-permission",
  EROFS: "write.reason.no-permission",
  ENOENT: "write.reason.no-folder",
  ENOTDIR: "write.reason.no-folder",
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
