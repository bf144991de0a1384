import vi from "../i18n/vi.json";
import en from "../i18n/en.json";
import type { Lang } from "../core/locale/lang";
import { fillMessage } from "../core/validation/format-param";
import { printableName } from "./printable";

const CLI: Record<Lang, Record<string, string>> = { vi: vi.cli, en: en.cli };

/** The parameters that are always a file's or a folder's name, whichever message they go into. */
const NAMES = new Set(["file", "input", "output", "dir"]);

/** A message of the CLI's catalogue; a name in it keeps its control characters escaped (see printableName). */
export function cliText(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  const printable = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      NAMES.has(name) && typeof value === "string" ? printableName(value) : value,
    ]),
  );
  return fillMessage(CLI[lang][key] ?? CLI.vi[key] ?? key, printable, lang);
}
