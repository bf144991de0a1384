import { foldKey } from "../locale/text";

/**
 * A key for matching a label a unit may have retyped: case, spacing and Unicode form ignored,
 * typographic quotes and dashes treated as plain ones, leading numbering ("1.", "b01", "I.", "a)")
 * and a trailing colon or asterisk dropped.
 */
export function labelKey(text: string): string {
  return foldKey(text)
    .replace(/[“”„‟"'‘’]/g, '"')
    .replace(/[–—−]/g, "-")
    .replace(/^(?:[ivx]+\.|\d+[.)]|[a-zđ]\)|[bc]\d{1,2}[.:)]?)\s*/u, "")
    .replace(/\s*[:*]+$/u, "")
    .trim();
}
