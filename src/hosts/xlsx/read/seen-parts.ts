/**
 * The texts of small parts already inflated and checked in this process, found again by their compressed
 * bytes. The files of a batch are mostly one template saved by one program: its relationships, its workbook
 * part, its styles and its instructions sheet come back byte for byte, and need not be inflated and decoded
 * again. A text is given back only for compressed data identical to the data it came from, byte for byte,
 * with the same CRC-32 and sizes declared: the same text, whatever a file may forge. A few short parts are
 * kept, so the memory stays bounded (64, each of at most 16 KB compressed and 64 KB inflated).
 */
import type { ZipEntryInfo } from "../zip-directory";

/** Parts noted (most of them seen once, their text not kept). */
const KEPT = 64;
/** Compressed data longer than this is not kept (the comparison would cost what it saves). */
export const LONGEST_SEEN_DATA = 16 * 1024;
/** Nor a part that inflates to more. */
const LONGEST_SEEN_PART = 64 * 1024;

interface SeenPart {
  data: Uint8Array;
  text: string;
}

/** By CRC-32 and sizes: null for a part seen once (most parts never come back, and are not copied). */
const seen = new Map<string, SeenPart | null>();

function keyOf(entry: ZipEntryInfo): string {
  return `${entry.crc32}:${entry.compressedSize}:${entry.uncompressedSize}`;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The text an earlier entry of identical compressed data inflated to, or undefined. */
export function seenText(entry: ZipEntryInfo, data: Uint8Array): string | undefined {
  const key = keyOf(entry);
  const part = seen.get(key);
  if (!part || !sameBytes(part.data, data)) return undefined;
  // The part most recently used is the last to go.
  seen.delete(key);
  seen.set(key, part);
  return part.text;
}

/**
 * Notes an entry that inflated to its declared size and CRC-32 (the caller checked both), and keeps its text
 * the second time such an entry is seen.
 */
export function keepSeenText(entry: ZipEntryInfo, data: Uint8Array, text: string): void {
  if (data.length > LONGEST_SEEN_DATA || entry.uncompressedSize > LONGEST_SEEN_PART) return;
  const key = keyOf(entry);
  const again = seen.has(key);
  if (!again && seen.size >= KEPT) seen.delete(seen.keys().next().value as string);
  // A copy (a view would keep the whole file's bytes alive), made when the part comes back.
  seen.set(key, again ? { data: new Uint8Array(data), text } : null);
}
