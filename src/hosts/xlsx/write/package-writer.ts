import { Zip, ZipDeflate, type ZipInputFile } from "fflate";
import { concatBytes } from "../concat-bytes";
import { nativeZlib, type NativeZlib } from "../native-zlib";

/** Characters of XML gathered before they are encoded and deflated. */
const FLUSH_CHARS = 1 << 16;
/** Level 1 deflates about twice as fast as the default 6 for a file a few percent larger. */
const LEVEL = 1;

/** Where a part's bytes go as they are written: deflated as they come, by fflate or by the native zlib. */
interface PartSink {
  push(bytes: Uint8Array, final: boolean): void;
}

/**
 * A part deflated by the native zlib piece by piece as it is written (so that a large sheet is never held
 * whole), handed to fflate's Zip as an already deflated entry (the ZipInputFile contract: size and crc set
 * before the final chunk).
 */
class NativeDeflatedPart implements PartSink {
  private crc = 0;
  private size = 0;

  constructor(
    private readonly zlib: NativeZlib,
    private readonly file: ZipInputFile,
  ) {}

  push(bytes: Uint8Array, final: boolean): void {
    this.crc = this.zlib.crc32(bytes, this.crc);
    this.size += bytes.length;
    if (final) {
      this.file.size = this.size;
      this.file.crc = this.crc;
    }
    this.file.ondata?.(null, this.zlib.deflateRaw(bytes, final), final);
  }
}

/** One part being written: text appended in pieces, encoded (and, with fflate, deflated) as it grows. */
export class PartWriter {
  private pending = "";
  private readonly encoder = new TextEncoder();

  constructor(readonly sink: PartSink) {}

  write(text: string): void {
    this.pending += text;
    if (this.pending.length >= FLUSH_CHARS) {
      this.sink.push(this.encoder.encode(this.pending), false);
      this.pending = "";
    }
  }

  end(): void {
    this.sink.push(this.encoder.encode(this.pending), true);
    this.pending = "";
  }
}

/** A zip package written part after part; the bytes of each part are deflated as they are written. */
export class PackageWriter {
  private readonly chunks: Uint8Array[] = [];
  private failure: Error | null = null;
  private readonly zip = new Zip((error, data) => {
    if (error) this.failure = error;
    else this.chunks.push(data);
  });

  constructor(private readonly modified: Date) {}

  /** Starts a part; write to it and end it before starting the next. */
  part(path: string): PartWriter {
    const zlib = nativeZlib();
    if (zlib) {
      const file: ZipInputFile = { filename: path, size: 0, crc: 0, compression: 8, mtime: this.modified };
      this.zip.add(file);
      return new PartWriter(new NativeDeflatedPart(zlib, file));
    }
    const entry = new ZipDeflate(path, { level: LEVEL });
    entry.mtime = this.modified;
    this.zip.add(entry);
    return new PartWriter(entry);
  }

  /** A part given as bytes. */
  addBytes(path: string, bytes: Uint8Array): void {
    this.part(path).sink.push(bytes, true);
  }

  /** A part copied as another package stored it (its data already compressed with `method`). */
  addStored(
    path: string,
    data: Uint8Array,
    stored: { crc32: number; uncompressedSize: number; method: number },
  ): void {
    const file: ZipInputFile = {
      filename: path,
      size: stored.uncompressedSize,
      crc: stored.crc32,
      compression: stored.method,
      mtime: this.modified,
    };
    this.zip.add(file);
    file.ondata?.(null, new Uint8Array(data), true);
  }

  /** A part written whole. */
  add(path: string, text: string): void {
    const part = this.part(path);
    part.write(text);
    part.end();
  }

  finish(): Uint8Array {
    this.zip.end();
    if (this.failure) throw this.failure;
    return concatBytes(
      this.chunks,
      this.chunks.reduce((n, c) => n + c.length, 0),
    );
  }
}
