/** Text as read from workbooks: one Unicode form, no stray spaces. */

/** Keys of recent texts: lists, labels and roster names are compared over and over. */
const foldCache = new Map<string, string>();
const FOLD_CACHE_LIMIT = 5000;
/** The same labels, list values and names come back in every file; long texts are not kept. */
const normalCache = new Map<string, string>();
const CACHED_LENGTH = 200;
/**
 * Characters that are their own NFC whatever stands beside them (no combining marks, no singletons) and are
 * not whitespace: printable ASCII, Latin-1 to the spacing modifiers, Latin Extended Additional (Vietnamese
 * letters with tone marks), dashes, quotes and ellipsis. Words of them with single spaces between are
 * already normal: most texts of a Vietnamese form are, and need neither a cache lookup nor `normalize`.
 */
export const STABLE_CHARACTERS = "!-~\u00A1-\u02FF\u1E00-\u1EFF\u2010-\u2027\u2030-\u205E";
const ALREADY_NORMAL = new RegExp(`^[${STABLE_CHARACTERS}]+(?: [${STABLE_CHARACTERS}]+)*$`);

/** NFC, trimmed, every run of whitespace (including non-breaking spaces) collapsed to one space. */
export function normalizeText(text: string): string {
  if (ALREADY_NORMAL.test(text)) return text;
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
  // Already normal text is still NFC once lower-cased (every pair of its characters checked): names of
  // initiatives, looked up once each, need neither a lookup nor a place in the cache.
  if (ALREADY_NORMAL.test(text)) return text.toLowerCase();
  let key = foldCache.get(text);
  if (key === undefined) {
    key = normalizeText(text).toLowerCase().normalize("NFC");
    if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
    foldCache.set(text, key);
  }
  return key;
}
