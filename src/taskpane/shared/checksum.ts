/**
 * First 8 hex digits of the bytes' SHA-256, as `thidua consolidate` records them, so the summary made in
 * the pane equals the CLI's. Undefined where Web Crypto is missing (pages not served securely).
 */
export async function shortChecksum(bytes: Uint8Array): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined;
  const digest = new Uint8Array(await subtle.digest("SHA-256", bytes as BufferSource));
  return [...digest.slice(0, 4)].map((b) => b.toString(16).padStart(2, "0")).join("");
}
