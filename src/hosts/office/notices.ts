import en from "../../i18n/en.json";
import vi from "../../i18n/vi.json";
import type { Lang } from "../../core/locale/lang";
import { fillMessage } from "../../core/validation/format-param";
import type { HostError } from "./errors";

/** Something an operation could not do in this Excel, reported so the pane can say so (not an error). */
export type HostNoticeCode =
  | "merges-unknown"
  | "notes-skipped"
  | "print-skipped"
  | "indent-skipped"
  | "names-renamed"
  | "mark-notes-skipped"
  | "validation-text-cut";

export interface HostNotice {
  code: HostNoticeCode;
  count: number;
  /** Sheet names, or "old → new" for renamed tables and names. */
  items: string[];
}

export type NoticeSink = (notice: HostNotice) => void;

/** The notices' and errors' text: the catalogue's "host" section. */
const HOST_TEXT: Record<Lang, Record<string, string>> = { vi: vi.host, en: en.host };

function hostText(lang: Lang, key: string): string {
  return HOST_TEXT[lang][key] ?? key;
}

export function describeNotice(notice: HostNotice, lang: Lang): string {
  return fillMessage(
    hostText(lang, `notice.${notice.code}`),
    {
      count: notice.count,
      items: notice.items.join(", "),
    },
    lang,
  );
}

export function describeHostError(error: HostError, lang: Lang): string {
  return fillMessage(hostText(lang, `error.${error.code}`), error.params, lang);
}
