/**
 * The encoding of an XML document by its first bytes (XML 1.0, appendix F): a UTF-16 byte-order mark, or
 * "<?" in UTF-16 without one; UTF-8 otherwise. A few tools write their parts, or a whole flat .fods, in UTF-16.
 */
export function xmlEncoding(head: Uint8Array): "utf-8" | "utf-16le" | "utf-16be" {
  const [a, b, c, d] = head;
  if ((a === 0xff && b === 0xfe) || (a === 0x3c && b === 0 && c === 0x3f && d === 0)) return "utf-16le";
  if ((a === 0xfe && b === 0xff) || (a === 0 && b === 0x3c && c === 0 && d === 0x3f)) return "utf-16be";
  return "utf-8";
}

/** Made once: most parts are UTF-8, and a decoder is not free to make. */
const UTF8 = new TextDecoder("utf-8");

/** An XML document's text, in the encoding its first bytes say, without its byte-order mark. */
export function xmlText(bytes: Uint8Array): string {
  const encoding = xmlEncoding(bytes);
  return encoding === "utf-8" ? UTF8.decode(bytes) : new TextDecoder(encoding).decode(bytes);
}
