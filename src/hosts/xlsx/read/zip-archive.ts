import { Inflate } from "fflate";
import { locateCentralDirectory, readCentralDirectory, ZipEntryInfo, ZipFormatError } from "../zip-directory";

/** How much an archive may make the reader inflate, counted as it inflates, whatever the zip declares. */
export interface InflateLimits {
  /** Largest size one entry may inflate to. */
  maxEntryBytes: number;
  /** Largest size all the entries read from one file may inflate to together. */
  maxTotalBytes: number;
}

/** An entry inflated (or would inflate) past a limit. */
export class InflateLimitError extends Error {}

const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** Compressed bytes pushed to the inflater at a time: one push outputs at most ~1,032 times as much. */
const PUSH_BYTES = 16 * 1024;

/**
 * The entries of a zip file, inflated one at a time on request. Reads only its central directory up front;
 * every byte inflated counts against the limits, so a zip that lies about its sizes is stopped all the same.
 */
export class ZipArchive {
  private readonly byName = new Map<string, ZipEntryInfo>();
  private readonly byLowerName = new Map<string, ZipEntryInfo>();
  private inflated = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: InflateLimits,
    readonly entries: ZipEntryInfo[] = readCentralDirectory(bytes, locateCentralDirectory(bytes)),
  ) {
    for (const entry of entries) {
      // Some writers put a leading "/" on entry names; parts are looked up without it.
      const name = entry.name.replace(/^\/+/, "");
      if (!this.byName.has(name)) this.byName.set(name, entry);
      if (!this.byLowerName.has(name.toLowerCase())) this.byLowerName.set(name.toLowerCase(), entry);
    }
  }

  /** The entry of a part name (exact first, then ignoring letter case as Office does). */
  entry(name: string): ZipEntryInfo | undefined {
    const key = name.replace(/^\/+/, "");
    return this.byName.get(key) ?? this.byLowerName.get(key.toLowerCase());
  }

  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  /** The inflated bytes of an entry, or undefined when there is no such entry. */
  read(name: string): Uint8Array | undefined {
    const entry = this.entry(name);
    return entry && this.inflate(entry);
  }

  /** The entry as UTF-8 text (a byte-order mark dropped), or undefined. */
  readText(name: string): string | undefined {
    const bytes = this.read(name);
    return bytes && new TextDecoder("utf-8").decode(bytes);
  }

  private inflate(entry: ZipEntryInfo): Uint8Array {
    if (entry.flags & 1) throw new ZipFormatError(`entry ${entry.name} is encrypted`);
    const data = this.compressedData(entry);
    const limit = Math.min(this.limits.maxEntryBytes, this.limits.maxTotalBytes - this.inflated);
    // An honest size over the limit is refused before inflating anything.
    this.count(entry, entry.uncompressedSize, limit);
    if (entry.method === STORED) {
      this.count(entry, data.length, limit);
      return data;
    }
    if (entry.method !== DEFLATED) {
      throw new ZipFormatError(`entry ${entry.name} uses compression method ${entry.method}`);
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    let done = false;
    const inflater = new Inflate((chunk, final) => {
      size += chunk.length;
      this.count(entry, size, limit);
      chunks.push(chunk.slice());
      if (final) done = true;
    });
    for (let at = 0; at < data.length && !done; at += PUSH_BYTES) {
      const end = Math.min(at + PUSH_BYTES, data.length);
      inflater.push(data.subarray(at, end), end === data.length);
    }
    if (!done) throw new ZipFormatError(`entry ${entry.name} ends before its compressed data does`);
    this.inflated += size;
    return concat(chunks, size);
  }

  private count(entry: ZipEntryInfo, size: number, limit: number): void {
    if (size > limit) {
      throw new InflateLimitError(`entry ${entry.name} inflates past ${limit} bytes`);
    }
  }

  private compressedData(entry: ZipEntryInfo): Uint8Array {
    const at = entry.localHeaderOffset;
    const dv = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    if (at + 30 > this.bytes.length || dv.getUint32(at, true) !== LOCAL_HEADER_SIGNATURE) {
      throw new ZipFormatError(`bad local header for ${entry.name}`);
    }
    const start = at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
    // The declared compressed size may lie; the data never extends past the file.
    return this.bytes.subarray(
      Math.min(start, this.bytes.length),
      Math.min(start + entry.compressedSize, this.bytes.length),
    );
  }
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
