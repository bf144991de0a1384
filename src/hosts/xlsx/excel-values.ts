/**
 * Characters XML cannot carry literally (or, for "\r", does not keep) and lone surrogates. Surrogate pairs
 * are matched first (group 1) so that they are kept; no lookbehind, for older Safari web views.
 */
const UNWRITABLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /([\ud800-\udbff][\udc00-\udfff])|[\u0000-\u0008\u000b\u000c\u000e-\u001f\r\ufffe\uffff\ud800-\udfff]/g;

function hex4(ch: string): string {
  return ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
}

/**
 * Text as OOXML stores it: characters XML cannot hold become "_xHHHH_", and a literal "_xHHHH_" gets its
 * underscore escaped, since Excel (and every reader that follows it) decodes such sequences.
 */
export function escapeText(text: string): string {
  // eslint-disable-next-line no-control-regex -- as above
  if (!/_x|[\u0000-\u0008\u000b\u000c\u000e-\u001f\r\ufffe\uffff\ud800-\udfff]/.test(text)) return text;
  return text
    .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, "_x005F_")
    .replace(UNWRITABLE, (ch, pair?: string) => pair ?? `_x${hex4(ch)}_`);
}
