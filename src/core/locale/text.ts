/** Text as read from workbooks: one Unicode form, no stray spaces. */

/** NFC, trimmed, every run of whitespace (including non-breaking spaces) collapsed to one space. */
export function normalizeText(text: string): string {
  return text.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/**
 * A key for matching names regardless of case, spacing and Unicode form.
 * Diacritics are kept: "Văn phòng" and "Van phong" are different names.
 */
export function foldKey(text: string): string {
  return normalizeText(text).toLocaleLowerCase("vi").normalize("NFC");
}
