export interface Digest {
  /** Hex SHA-256 of the bytes. */
  full: string;
  /** Its first 8 hex digits, as the summary's status sheet records them. */
  short: string;
}

/** SHA-256 through Web Crypto (Node 20 and secure pages alike); undefined where it is missing. */
export async function digestOf(bytes: Uint8Array): Promise<Digest | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined;
  const digest = new Uint8Array(await subtle.digest("SHA-256", bytes as BufferSource));
  const full = [...digest].map((b) => b.toString(16).padStart(2, "0")).join("");
  return { full, short: full.slice(0, 8) };
}
