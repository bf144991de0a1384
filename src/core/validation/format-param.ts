import type { Lang } from "../locale/lang";
import { interpolate } from "../locale/interpolate";
import { formatNumberVi } from "../locale/numbers";

/** Years, rows and the like are written as they are, never grouped ("2024", not "2.024"). */
const PLAIN_NUMBER = /year|_from$|^row$/;

/**
 * A value kept for a message: numbers stay numbers so each language writes them its own way when the
 * message is rendered (see paramText); booleans as Excel shows them.
 */
export function formatParam(name: string, value: unknown): string | number {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return PLAIN_NUMBER.test(name) ? String(value) : value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** A parameter as a message shows it: "1.500.000" and "72,5" in Vietnamese, "1,500,000" and "72.5" in English. */
export function paramText(name: string, value: string | number, lang: Lang): string {
  if (typeof value !== "number") return value;
  if (PLAIN_NUMBER.test(name) || !Number.isFinite(value)) return String(value);
  const vi = formatNumberVi(value, Number.isInteger(value) ? 0 : 2);
  const trimmed = vi.includes(",") ? vi.replace(/0+$/, "").replace(/,$/, "") : vi;
  return lang === "vi" ? trimmed : trimmed.replace(/[.,]/g, (c) => (c === "." ? "," : "."));
}

/**
 * The parameters of the pane's and the command line's messages that count things ("{errors} lỗi", "Đã đọc
 * {done}/{total}"): a count is grouped the language's way, "1.234" in Vietnamese and "1,234" in English. Only
 * these names: the other numbers of those messages (years, versions) are written as they are.
 */
const COUNT_PARAMS = new Set([
  "count",
  "errors",
  "warnings",
  "infos",
  "files",
  "units",
  "forms",
  "toFix",
  "ready",
  "valid",
  "invalid",
  "withErrors",
  "unreadable",
  "notAReport",
  "received",
  "expected",
  "missing",
  "duplicates",
  "done",
  "total",
  "shown",
  "marked",
  "more",
]);

/** A parameter of the pane's or the command line's messages as shown: a count grouped, the rest as it is. */
function messageParamText(name: string, value: string | number, lang: Lang): string {
  return typeof value === "number" && Number.isInteger(value) && COUNT_PARAMS.has(name)
    ? paramText(name, value, lang)
    : String(value);
}

/** A message of a catalogue filled in (see interpolate), its counts written the language's way. */
export function fillMessage(
  template: string,
  params: Readonly<Record<string, string | number>>,
  lang: Lang,
): string {
  return interpolate(template, params, (name, value) => messageParamText(name, value, lang));
}
