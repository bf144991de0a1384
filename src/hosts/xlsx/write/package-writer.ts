import { Zip, ZipDeflate } from "fflate";

/** Characters of XML gathered before they are encoded and deflated. */
const FLUSH_CHARS = 1 << 16;
/** Level 1 deflates about twice as fast as the default 6 for a file a few percent larger. */
const LEVEL = 1;

/** One part being written: text appended in pieces, deflated into the package as it grows. */
export class PartWriter {
  private pending = "";
  private readonly encoder = new TextEncoder();

  constructor(private readonly entry: ZipDeflate) {}

  write(text: string): void {
    this.pending += text;
    if (this.pending.length >= FLUSH_CHARS) {
      this.entry.push(this.encoder.encode(this.pending));
      this.pending = "";
    }
  }

  end(): void {
    this.entry.push(this.encoder.encode(this.pending), true);
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
    const entry = new ZipDeflate(path, { level: LEVEL });
    entry.mtime = this.modified;
    this.zip.add(entry);
    return new PartWriter(entry);
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
    const out = new Uint8Array(this.chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}
