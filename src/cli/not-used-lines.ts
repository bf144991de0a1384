import type { Lang } from "../core/locale/lang";
import { renderFinding } from "../core/validation/render-finding";
import { unreadableFinding, type FileDecision, type GivenFile } from "../jobs/select-inputs";
import { cliText } from "./messages";
import { printableName } from "./printable";

/** Why a file could not be read, in the catalogue's words (its format named, what to do), if it could not. */
function unreadableWhy(file: string, files: readonly GivenFile[], lang: Lang): string | undefined {
  const given = files.find((f) => f.name === file);
  const finding = given && unreadableFinding(given);
  return finding && renderFinding(finding, lang);
}

/**
 * "Không dùng N tệp:", then each file not used and why, as `consolidate` and `report` print them; a file
 * that could not be read says why, so the clerk need not open the summary to learn it.
 */
export function notUsedLines(
  notUsed: readonly FileDecision[],
  files: readonly GivenFile[],
  lang: Lang,
): string[] {
  if (notUsed.length === 0) return [];
  return [
    cliText(lang, "consolidate.not-used", { count: notUsed.length }),
    ...notUsed.map((d) => {
      const reason = d.reason ?? "unreadable";
      const why = cliText(lang, `not-used.${reason}`, { year: d.year ?? "?", file: d.sameAs ?? "" });
      const detail = reason === "unreadable" ? unreadableWhy(d.file, files, lang) : undefined;
      return `  ${printableName(d.file)}: ${detail ? `${why} — ${detail}` : why}`;
    }),
  ];
}
