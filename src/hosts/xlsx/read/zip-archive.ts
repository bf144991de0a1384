import { concatBytes } from "../concat-bytes";
import { crc32 } from "../crc32";
import { fflate } from "./fflate-on-first-use";
import { nativeZlib } from "../native-zlib";
import { keepSeenText, LONGEST_SEEN_DATA, seenText } from "./seen-parts";
import { xmlEncoding, xmlText } from "./xml-encoding";
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
/** General-purpose flag: sizes are in a data descriptor after the data (zero in the headers). */
const DATA_DESCRIPTOR = 8;
/** Compressed bytes pushed to the inflater at a time: one push outputs at most ~1,032 times as much. */
const PUSH_BYTES = 16 * 1024;
/** What deflate data of PUSH_BYTES can inflate to at most (its best ratio is 1,032:1). */
const MAX_ONE_PUSH = PUSH_BYTES * 1032;
/**
 * Compressed bytes given to the streaming inflater at a time. It grows its output by doubling, so one push of
 * PUSH_BYTES that inflates to 16 MB leaves some 50 MB of buffers behind: a push of 1 KB inflates to at
 * most 1 MB, and the limit is checked after each.
 */
const STREAM_PUSH_BYTES = 1024;

/**
 * A part's name as parts are looked up: some writers put a leading "/" on entry names, and some Windows
 * tools (the Compress-Archive of Windows PowerShell 5 among them) a backslash between folders.
 */
function partKey(name: string): string {
  return name.replace(/\\/g, "/").replace(/^\/+/, "");
}

/**
 * The entries of a zip file, inflated one at a time on request. Reads only its central directory up front;
 * every byte inflated counts against the limits, so a zip that lies about its sizes is stopped all the same.
 */
export class ZipArchive {
  private readonly byName = new Map<string, ZipEntryInfo>();
  private readonly byLowerName = new Map<string, ZipEntryInfo>();
  private inflated = 0;
  /** Bytes inflated from entries that declare no size (zero, left to a data descriptor). */
  private inflatedUndeclared = 0;
  /** Whether the last entry inflated was inflated in one call from its declared compressed data alone. */
  private lastInflatedAtOnce = false;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: InflateLimits,
    readonly entries: ZipEntryInfo[] = readCentralDirectory(bytes, locateCentralDirectory(bytes)),
  ) {
    for (const entry of entries) {
      const name = partKey(entry.name);
      if (!this.byName.has(name)) this.byName.set(name, entry);
      if (!this.byLowerName.has(name.toLowerCase())) this.byLowerName.set(name.toLowerCase(), entry);
    }
  }

  /** The entry of a part name (exact first, then ignoring letter case as Office does). */
  entry(name: string): ZipEntryInfo | undefined {
    const key = partKey(name);
    return this.byName.get(key) ?? this.byLowerName.get(key.toLowerCase());
  }

  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  /**
   * The entry as text (a byte-order mark dropped), or undefined: UTF-8, or UTF-16 which XML also allows
   * (a few tools write it), told by its first bytes. Decoded as it inflates, so that only the text is kept,
   * not the bytes too.
   */
  readText(name: string): string | undefined {
    const entry = this.entry(name);
    if (!entry) return undefined;
    // A small part identical to one of an earlier file is not inflated again (see seen-parts).
    const small = isSmallDeflated(entry) ? this.dataFrom(entry, entry.compressedSize) : undefined;
    const seen = small && seenText(entry, small);
    if (seen !== undefined) {
      this.count(entry, entry.uncompressedSize, this.limitOf(entry));
      this.inflated += entry.uncompressedSize;
      return seen;
    }
    const text = this.inflateText(entry);
    if (small && this.lastInflatedAtOnce) keepSeenText(entry, small, text);
    return text;
  }

  private inflateText(entry: ZipEntryInfo): string {
    // Most parts inflate in one piece: decoded at once, with no streaming decoder.
    let first: Uint8Array | undefined;
    let decoder: TextDecoder | undefined;
    const parts: string[] = [];
    this.inflate(entry, (chunk) => {
      if (!decoder && !first) {
        first = chunk;
        return;
      }
      if (!decoder) {
        decoder = new TextDecoder(first ? xmlEncoding(first) : "utf-8");
        parts.push(decoder.decode(first, { stream: true }));
      }
      parts.push(decoder.decode(chunk, { stream: true }));
    });
    if (!decoder) return first ? xmlText(first) : "";
    parts.push(decoder.decode());
    return parts.join("");
  }

  /** The entry's bytes, inflated; undefined if there is no such entry. */
  readBytes(name: string): Uint8Array | undefined {
    const entry = this.entry(name);
    if (!entry) return undefined;
    const chunks: Uint8Array[] = [];
    const size = this.inflate(entry, (chunk) => chunks.push(chunk));
    return chunks.length === 1 ? chunks[0] : concatBytes(chunks, size);
  }

  /** The entry's data as stored (compressed), for copying it into another package unchanged. */
  storedData(entry: ZipEntryInfo): Uint8Array {
    return this.dataFrom(entry, entry.compressedSize);
  }

  /**
   * Inflates an entry chunk by chunk, counting against the limits, and checks its CRC-32 (a damaged
   * entry can still inflate, to other bytes); returns its size.
   */
  private inflate(entry: ZipEntryInfo, give: (chunk: Uint8Array) => void): number {
    if (entry.flags & 1) throw new ZipFormatError(`entry ${entry.name} is encrypted`);
    let crc = 0;
    const onChunk = (chunk: Uint8Array) => {
      crc = crc32(chunk, crc);
      give(chunk);
    };
    const undeclared = isUndeclared(entry);
    const limit = this.limitOf(entry);
    this.lastInflatedAtOnce = false;
    // An honest size over the limit is refused before inflating anything.
    this.count(entry, entry.uncompressedSize, limit);
    let size = 0;
    if (entry.method === STORED) {
      const data = this.dataFrom(entry, entry.compressedSize);
      this.count(entry, data.length, limit);
      onChunk(data);
      size = data.length;
    } else if (
      entry.method === DEFLATED &&
      // Streaming writers (thidua's own among them) set the data descriptor flag but still declare the
      // sizes in the central directory; only an entry that declares none must go through the stream.
      !isUndeclared(entry) &&
      entry.compressedSize > 0 &&
      (entry.compressedSize <= PUSH_BYTES || nativeZlib() !== undefined) &&
      this.inflateAtOnce(entry, onChunk, limit)
    ) {
      size = entry.uncompressedSize;
      this.lastInflatedAtOnce = true;
    } else if (entry.method === DEFLATED) {
      // Read to the end of the file: the declared compressed size may be zero (a data descriptor) or lie;
      // the deflate stream says where it ends.
      const data = this.dataFrom(entry, Number.POSITIVE_INFINITY);
      let done = false;
      const inflater = new (fflate().Inflate)((chunk, final) => {
        size += chunk.length;
        this.count(entry, size, limit);
        onChunk(chunk);
        if (final) done = true;
      });
      for (let at = 0; at < data.length && !done; at += STREAM_PUSH_BYTES) {
        const end = Math.min(at + STREAM_PUSH_BYTES, data.length);
        inflater.push(data.subarray(at, end), end === data.length);
      }
      if (!done) throw new ZipFormatError(`entry ${entry.name} ends before its compressed data does`);
    } else {
      throw new ZipFormatError(`entry ${entry.name} uses compression method ${entry.method}`);
    }
    // An entry that declares nothing may leave its CRC-32 to the data descriptor too.
    if (crc !== entry.crc32 && !(undeclared && entry.crc32 === 0)) {
      throw new ZipFormatError(`entry ${entry.name} does not match its CRC-32`);
    }
    this.inflated += size;
    if (undeclared) this.inflatedUndeclared += size;
    return size;
  }

  /** The most the entry may still inflate to. */
  private limitOf(entry: ZipEntryInfo): number {
    // Writers put the real sizes in the central directory even with a data descriptor; entries without
    // them share one part's limit in all.
    return Math.min(
      this.limits.maxEntryBytes - (isUndeclared(entry) ? this.inflatedUndeclared : 0),
      this.limits.maxTotalBytes - this.inflated,
    );
  }

  private count(entry: ZipEntryInfo, size: number, limit: number): void {
    if (size > limit) {
      throw new InflateLimitError(`entry ${entry.name} inflates past ${limit} bytes`);
    }
    // An entry that declares its size (no data descriptor) and inflates past it lies: stop at once.
    if ((entry.flags & DATA_DESCRIPTOR) === 0 && size > entry.uncompressedSize) {
      throw new InflateLimitError(
        `entry ${entry.name} inflates past the ${entry.uncompressedSize} bytes it declares`,
      );
    }
  }

  /** Refuses, before inflating any of them, parts whose declared sizes together exceed the file's limit. */
  checkDeclared(names: string[]): void {
    let total = this.inflated;
    for (const name of new Set(names)) total += this.entry(name)?.uncompressedSize ?? 0;
    if (total > this.limits.maxTotalBytes) {
      throw new InflateLimitError(
        `the parts to read declare ${total} bytes (at most ${this.limits.maxTotalBytes})`,
      );
    }
  }

  /**
   * Entries that declare their sizes inflated in one call, much faster than the stream: with fflate only small
   * ones (data of at most PUSH_BYTES cannot inflate past MAX_ONE_PUSH), with a native zlib any, as it is
   * told to stop at the declared size; the size is counted before it is used. False when
   * the data does not end where the zip says, or inflates to another size than it declares (then the stream
   * reads it, and says what is wrong).
   */
  private inflateAtOnce(entry: ZipEntryInfo, onChunk: (chunk: Uint8Array) => void, limit: number): boolean {
    const data = this.dataFrom(entry, entry.compressedSize);
    const declared = entry.uncompressedSize;
    const native = nativeZlib();
    let out: Uint8Array;
    try {
      // The native inflater stops at the declared size (checked against the limits before this call).
      out = native
        ? native.inflateRaw(data, declared)
        : // One byte more than declared: fflate stops where its buffer ends, so only a fuller buffer shows a lie.
          fflate().inflateSync(data, declared < MAX_ONE_PUSH ? { out: new Uint8Array(declared + 1) } : {});
    } catch {
      return false;
    }
    if (out.length !== declared) return false;
    this.count(entry, out.length, limit);
    onChunk(out);
    return true;
  }

  /** The bytes after an entry's local header: `length` of them, never past the end of the file. */
  private dataFrom(entry: ZipEntryInfo, length: number): Uint8Array {
    const at = entry.localHeaderOffset;
    const dv = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    if (at + 30 > this.bytes.length || dv.getUint32(at, true) !== LOCAL_HEADER_SIGNATURE) {
      throw new ZipFormatError(`bad local header for ${entry.name}`);
    }
    const start = Math.min(
      at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true),
      this.bytes.length,
    );
    return this.bytes.subarray(start, Math.min(start + length, this.bytes.length));
  }
}

/** A deflated, unencrypted entry with its sizes declared and little compressed data (see seen-parts). */
function isSmallDeflated(entry: ZipEntryInfo): boolean {
  return (
    entry.method === DEFLATED &&
    (entry.flags & 1) === 0 &&
    !isUndeclared(entry) &&
    entry.compressedSize > 0 &&
    entry.compressedSize <= LONGEST_SEEN_DATA
  );
}

function isUndeclared(entry: ZipEntryInfo): boolean {
  return (entry.flags & DATA_DESCRIPTOR) !== 0 && entry.uncompressedSize === 0;
}
