export interface Digest {
  /** Hex SHA-256 of the bytes. */
  full: string;
  /** Its first 8 hex digits, as the summary's status sheet records them. */
  short: string;
}

/** A SHA-256 function: Web Crypto's by default, the host's own where it has a faster one. */
export type DigestFunction = (bytes: Uint8Array) => Digest | undefined | Promise<Digest | undefined>;

/** The digest of a hex SHA-256. */
export function digestOfHex(full: string): Digest {
  return { full, short: full.slice(0, 8) };
}

/** SHA-256 through Web Crypto (Node 20 and secure pages alike); undefined where it is missing. */
export async function digestOf(bytes: Uint8Array): Promise<Digest | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined;
  const digest = new Uint8Array(await subtle.digest("SHA-256", bytes as BufferSource));
  return digestOfHex([...digest].map((b) => b.toString(16).padStart(2, "0")).join(""));
}
