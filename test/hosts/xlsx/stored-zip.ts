/** A tiny writer of uncompressed zips for tests, able to lie about an entry's size in the central directory. */
import { crc32Js as crc32 } from "../../../src/hosts/xlsx/crc32";

export interface StoredEntry {
  name: string;
  data: Uint8Array | string;
  /** Uncompressed size to claim in the central directory (a zip bomb's lie). */
  claimedSize?: number;
  /** Compressed size to claim in the central directory. */
  claimedCompressedSize?: number;
}

class Writer {
  private readonly chunks: number[] = [];
  get length(): number {
    return this.chunks.length;
  }
  u16(n: number): this {
    this.chunks.push(n & 0xff, (n >>> 8) & 0xff);
    return this;
  }
  u32(n: number): this {
    return this.u16(n & 0xffff).u16(Math.floor(n / 0x10000) & 0xffff);
  }
  bytes(b: Uint8Array): this {
    for (const x of b) this.chunks.push(x);
    return this;
  }
  done(): Uint8Array {
    return Uint8Array.from(this.chunks);
  }
}

export function storedZip(entries: StoredEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const out = new Writer();
  const central = new Writer();
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const data = typeof entry.data === "string" ? encoder.encode(entry.data) : entry.data;
    const crc = crc32(data);
    const offset = out.length;
    out.u32(0x04034b50).u16(20).u16(0x0800).u16(0).u16(0).u16(0x21).u32(crc);
    out.u32(data.length).u32(data.length).u16(name.length).u16(0).bytes(name).bytes(data);
    central.u32(0x02014b50).u16(20).u16(20).u16(0x0800).u16(0).u16(0).u16(0x21).u32(crc);
    central.u32(entry.claimedCompressedSize ?? data.length).u32(entry.claimedSize ?? data.length);
    central.u16(name.length).u16(0).u16(0).u16(0).u16(0).u32(0).u32(offset).bytes(name);
  }
  const cd = central.done();
  const cdOffset = out.length;
  out.bytes(cd);
  out
    .u32(0x06054b50)
    .u16(0)
    .u16(0)
    .u16(entries.length)
    .u16(entries.length)
    .u32(cd.length)
    .u32(cdOffset)
    .u16(0);
  return out.done();
}

export function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) out[i * 2] = text.charCodeAt(i);
  return out;
}

/** An OLE2 compound file header followed by a directory sector holding the given stream names. */
export function ole2File(streamNames: string[]): Uint8Array {
  const out = new Uint8Array(512 + 128 * Math.max(streamNames.length, 4));
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  streamNames.forEach((name, i) => out.set(utf16le(name), 512 + 128 * i));
  return out;
}
