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

/** An entry of a test's OLE2 compound file: a stream by its name, or a storage and what it holds. */
export type OleEntry = string | { storage: string; holds: OleEntry[] };

const OLE_SECTOR = 512;
const OLE_FREE = 0xffffffff;
const OLE_END_OF_CHAIN = 0xfffffffe;
const OLE_FAT_SECTOR = 0xfffffffd;

/**
 * A well-formed OLE2 compound file (MS-CFB, version 3, 512-byte sectors) whose root holds `entries`: a FAT
 * in sector 0, the directory in the sectors after it, and no stream data (readers that name a file look at
 * its directory only). A storage's entries are below it, as an object embedded in a file is.
 */
export function ole2File(entries: OleEntry[]): Uint8Array {
  interface Flat {
    name: string;
    type: number;
    child: number;
    right: number;
  }
  const flat: Flat[] = [{ name: "Root Entry", type: 5, child: OLE_FREE, right: OLE_FREE }];
  const add = (holder: number, inside: OleEntry[]) => {
    let previous = -1;
    for (const entry of inside) {
      const id = flat.length;
      const storage = typeof entry !== "string";
      flat.push({
        name: storage ? entry.storage : entry,
        type: storage ? 1 : 2,
        child: OLE_FREE,
        right: OLE_FREE,
      });
      if (previous < 0) flat[holder].child = id;
      else flat[previous].right = id;
      previous = id;
      if (storage) add(id, entry.holds);
    }
  };
  add(0, entries);
  const directorySectors = Math.ceil(flat.length / 4);
  const out = new Uint8Array(OLE_SECTOR * (2 + directorySectors));
  const view = new DataView(out.buffer);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  view.setUint16(0x18, 0x3e, true);
  view.setUint16(0x1a, 3, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x2c, 1, true);
  view.setUint32(0x30, 1, true);
  view.setUint32(0x38, 4096, true);
  view.setUint32(0x3c, OLE_END_OF_CHAIN, true);
  view.setUint32(0x44, OLE_END_OF_CHAIN, true);
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + 4 * i, i === 0 ? 0 : OLE_FREE, true);
  const fat = OLE_SECTOR;
  for (let i = 0; i < OLE_SECTOR / 4; i++) {
    const next =
      i === 0
        ? OLE_FAT_SECTOR
        : i < directorySectors
          ? i + 1
          : i === directorySectors
            ? OLE_END_OF_CHAIN
            : OLE_FREE;
    view.setUint32(fat + 4 * i, next, true);
  }
  flat.forEach((entry, id) => {
    const at = 2 * OLE_SECTOR + 128 * id;
    out.set(utf16le(entry.name), at);
    view.setUint16(at + 64, (entry.name.length + 1) * 2, true);
    out[at + 66] = entry.type;
    view.setUint32(at + 68, OLE_FREE, true);
    view.setUint32(at + 72, entry.right, true);
    view.setUint32(at + 76, entry.child, true);
  });
  return out;
}
