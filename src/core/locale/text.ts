/** Text as read from workbooks: one Unicode form, no stray spaces. */

/** Keys of recent texts: lists, labels and roster names are compared over and over. */
const foldCache = new Map<string, string>();
const FOLD_CACHE_LIMIT = 5000;
/** The same labels, list values and names come back in every file; long texts are not kept. */
const normalCache = new Map<string, string>();
const CACHED_LENGTH = 200;
const PLAIN_ASCII = /^[!-~]+(?: [!-~]+)*$/;

/** NFC, trimmed, every run of whitespace (including non-breaking spaces) collapsed to one space. */
export function normalizeText(text: string): string {
  // Printable ASCII words with single spaces between them (codes, numbers, most labels) are already so.
  if (PLAIN_ASCII.test(text)) return text;
  let normal = normalCache.get(text);
  if (normal === undefined) {
    normal = text.normalize("NFC").replace(/\s+/gu, " ").trim();
    if (text.length > CACHED_LENGTH) return normal;
    if (normalCache.size >= FOLD_CACHE_LIMIT) normalCache.clear();
    normalCache.set(text, normal);
  }
  return normal;
}

/**
 * A key for matching names regardless of case, spacing and Unicode form.
 * Diacritics are kept: "Văn phòng" and "Van phong" are different names.
 * Plain toLowerCase is used: Vietnamese has no locale-specific case rules (unlike Turkish dotted i).
 */
export function foldKey(text: string): string {
  let key = foldCache.get(text);
  if (key === undefined) {
    key = normalizeText(text).toLowerCase().normalize("NFC");
    if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
    foldCache.set(text, key);
  }
  return key;
}
