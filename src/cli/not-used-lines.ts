import type { Lang } from "../core/locale/lang";
import type { FileDecision } from "../jobs/select-inputs";
import { cliText } from "./messages";
import { printableName } from "./printable";

/** "Không dùng N tệp:", then each file not used and why, as `consolidate` and `report` print them. */
export function notUsedLines(notUsed: readonly FileDecision[], lang: Lang): string[] {
  if (notUsed.length === 0) return [];
  return [
    cliText(lang, "consolidate.not-used", { count: notUsed.length }),
    ...notUsed.map((d) => {
      const why = cliText(lang, `not-used.${d.reason ?? "unreadable"}`, {
        year: d.year ?? "?",
        file: d.sameAs ?? "",
      });
      return `  ${printableName(d.file)}: ${why}`;
    }),
  ];
}
