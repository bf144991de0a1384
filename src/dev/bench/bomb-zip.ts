/**
 * Zip bombs for the tests and `npm run bench:bomb`, written byte by byte: entries whose deflated data repeats one flushed block of
 * zeros, so a few MB of file inflate to gigabytes, and whose declared sizes may be honest or lie.
 */
import { constants, crc32, deflateRawSync, inflateRawSync } from "node:zlib";

const MB = 1024 * 1024;

/** Raw deflate data that inflates to `megabytes` MB of zeros (about 1 KB per MB). */
export function zerosDeflated(megabytes: number): Uint8Array {
  const blockMb = Math.min(1, megabytes);
  const block = deflateRawSync(new Uint8Array(blockMb * MB), { finishFlush: constants.Z_FULL_FLUSH });
  const count = Math.round(megabytes / blockMb);
  const out = new Uint8Array(block.length * count + 5);
  for (let i = 0; i < count; i++) out.set(block, i * block.length);
  // A final empty stored block ends the stream.
  out.set([0x01, 0x00, 0x00, 0xff, 0xff], block.length * count);
  return out;
}

export interface BombEntry {
  name: string;
  /** Deflated data (method 8) or, for text, stored as it is. */
  data: Uint8Array | string;
  /** The size the zip declares; the real one when left out. */
  declaredSize?: number;
  /** The real inflated size, declared when `declaredSize` is left out. */
  realSize?: number;
  /** Sizes left to a data descriptor: zero in the headers. */
  undeclared?: boolean;
}

const U32 = 0xffffffff;
/** The parts around the bombs inflate to less; the bombs are refused before their end, their CRC-32 unread. */
const CRC_CHECKED_BYTES = 1 * MB;

/** The CRC-32 of what an entry inflates to, when a reader can get that far (0 for a bomb). */
function crcOf(data: Uint8Array, stored: boolean): number {
  if (stored) return crc32(data);
  try {
    return crc32(inflateRawSync(data, { maxOutputLength: CRC_CHECKED_BYTES }));
  } catch {
    return 0;
  }
}

export function bombZip(entries: BombEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = new TextEncoder().encode(e.name);
    const stored = typeof e.data === "string";
    const data = typeof e.data === "string" ? new TextEncoder().encode(e.data) : e.data;
    const size = e.undeclared ? 0 : (e.declaredSize ?? e.realSize ?? data.length);
    const compressed = e.undeclared ? 0 : data.length;
    const crc = crcOf(data, stored);
    const zip64 = size >= U32;
    const extra = zip64 ? new Uint8Array(4 + 16) : new Uint8Array(0);
    if (zip64) {
      const x = new DataView(extra.buffer);
      x.setUint16(0, 1, true);
      x.setUint16(2, 16, true);
      x.setBigUint64(4, BigInt(size), true);
      x.setBigUint64(12, BigInt(compressed), true);
    }
    const local = new Uint8Array(30 + name.length + extra.length);
    const l = new DataView(local.buffer);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(4, zip64 ? 45 : 20, true);
    l.setUint16(6, e.undeclared ? 8 : 0, true);
    l.setUint16(8, stored ? 0 : 8, true);
    l.setUint32(14, e.undeclared ? 0 : crc, true);
    l.setUint32(18, zip64 ? U32 : compressed, true);
    l.setUint32(22, zip64 ? U32 : size, true);
    l.setUint16(26, name.length, true);
    l.setUint16(28, extra.length, true);
    local.set(name, 30);
    local.set(extra, 30 + name.length);
    const header = new Uint8Array(46 + name.length + extra.length);
    const c = new DataView(header.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 45, true);
    c.setUint16(6, zip64 ? 45 : 20, true);
    c.setUint16(8, e.undeclared ? 8 : 0, true);
    c.setUint16(10, stored ? 0 : 8, true);
    c.setUint32(16, crc, true);
    c.setUint32(20, zip64 ? U32 : compressed, true);
    c.setUint32(24, zip64 ? U32 : size, true);
    c.setUint16(28, name.length, true);
    c.setUint16(30, extra.length, true);
    c.setUint32(42, offset, true);
    header.set(name, 46);
    header.set(extra, 46 + name.length);
    parts.push(local, data);
    central.push(header);
    offset += local.length + data.length;
  }
  const centralSize = central.reduce((n, h) => n + h.length, 0);
  const end = new Uint8Array(22);
  const d = new DataView(end.buffer);
  d.setUint32(0, 0x06054b50, true);
  d.setUint16(8, entries.length, true);
  d.setUint16(10, entries.length, true);
  d.setUint32(12, centralSize, true);
  d.setUint32(16, offset, true);
  const all = [...parts, ...central, end];
  const out = new Uint8Array(all.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of all) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The parts around the bombs: a workbook with `sheets` worksheets, sheet i in xl/worksheets/sheet{i}.xml. */
export function workbookParts(sheets: number): BombEntry[] {
  const ids = Array.from({ length: sheets }, (_, i) => i + 1);
  return [
    {
      name: "_rels/.rels",
      data: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: "xl/workbook.xml",
      data: `<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${ids.map((i) => `<sheet name="S${i}" sheetId="${i}" r:id="rId${i}"/>`).join("")}</sheets></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: `<Relationships>${ids.map((i) => `<Relationship Id="rId${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i}.xml"/>`).join("")}</Relationships>`,
    },
  ];
}
