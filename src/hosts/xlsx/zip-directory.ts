/**
 * A minimal reader of a zip file's central directory: entry names and the sizes the archive claims.
 * Used to refuse zip bombs before any decompression happens.
 */

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  /** 0 stored, 8 deflated. */
  method: number;
  /** General-purpose flags; bit 0 means the entry is encrypted. */
  flags: number;
  localHeaderOffset: number;
  /** CRC-32 of the uncompressed data, as the central directory gives it. */
  crc32: number;
}

export interface CentralDirectoryLocation {
  entryCount: number;
  offset: number;
  size: number;
}

export class ZipFormatError extends Error {}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const U16_MAX = 0xffff;
const U32_MAX = 0xffffffff;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function readU64(dv: DataView, at: number): number {
  return dv.getUint32(at, true) + dv.getUint32(at + 4, true) * 2 ** 32;
}

function need(dv: DataView, at: number, length: number, what: string): void {
  if (at < 0 || at + length > dv.byteLength) throw new ZipFormatError(`truncated zip: ${what} out of bounds`);
}

export function locateCentralDirectory(bytes: Uint8Array): CentralDirectoryLocation {
  const dv = view(bytes);
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT);
  let eocd = -1;
  for (let at = bytes.length - EOCD_SIZE; at >= lowest; at--) {
    if (dv.getUint32(at, true) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError("end of central directory not found");

  let entryCount = dv.getUint16(eocd + 10, true);
  let size = dv.getUint32(eocd + 12, true);
  let offset = dv.getUint32(eocd + 16, true);
  if (entryCount === U16_MAX || size === U32_MAX || offset === U32_MAX) {
    const locator = eocd - 20;
    if (locator >= 0 && dv.getUint32(locator, true) === ZIP64_LOCATOR_SIGNATURE) {
      const zip64 = readU64(dv, locator + 8);
      need(dv, zip64, 56, "zip64 end of central directory");
      if (dv.getUint32(zip64, true) !== ZIP64_EOCD_SIGNATURE) throw new ZipFormatError("bad zip64 record");
      entryCount = readU64(dv, zip64 + 32);
      size = readU64(dv, zip64 + 40);
      offset = readU64(dv, zip64 + 48);
    }
  }
  need(dv, offset, size, "central directory");
  return { entryCount, offset, size };
}

/** Sizes from the zip64 extra field, present only for the fields whose 32-bit value is 0xFFFFFFFF. */
function applyZip64Extra(dv: DataView, start: number, end: number, entry: ZipEntryInfo): void {
  let at = start;
  while (at + 4 <= end) {
    const id = dv.getUint16(at, true);
    const length = dv.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      if (entry.uncompressedSize === U32_MAX && field + 8 <= end) {
        entry.uncompressedSize = readU64(dv, field);
        field += 8;
      }
      if (entry.compressedSize === U32_MAX && field + 8 <= end) {
        entry.compressedSize = readU64(dv, field);
        field += 8;
      }
      if (entry.localHeaderOffset === U32_MAX && field + 8 <= end)
        entry.localHeaderOffset = readU64(dv, field);
      return;
    }
    at += 4 + length;
  }
}

export function readCentralDirectory(bytes: Uint8Array, location: CentralDirectoryLocation): ZipEntryInfo[] {
  const dv = view(bytes);
  const decoder = new TextDecoder("utf-8");
  const entries: ZipEntryInfo[] = [];
  let at = location.offset;
  for (let i = 0; i < location.entryCount; i++) {
    need(dv, at, 46, "central directory entry");
    if (dv.getUint32(at, true) !== CENTRAL_HEADER_SIGNATURE) {
      throw new ZipFormatError("bad central directory entry");
    }
    const nameLength = dv.getUint16(at + 28, true);
    const extraLength = dv.getUint16(at + 30, true);
    const commentLength = dv.getUint16(at + 32, true);
    need(dv, at + 46, nameLength + extraLength, "central directory entry name");
    const entry: ZipEntryInfo = {
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      compressedSize: dv.getUint32(at + 20, true),
      uncompressedSize: dv.getUint32(at + 24, true),
      method: dv.getUint16(at + 10, true),
      flags: dv.getUint16(at + 8, true),
      localHeaderOffset: dv.getUint32(at + 42, true),
      crc32: dv.getUint32(at + 16, true),
    };
    const extraStart = at + 46 + nameLength;
    applyZip64Extra(dv, extraStart, extraStart + extraLength, entry);
    entries.push(entry);
    at = extraStart + extraLength + commentLength;
  }
  return entries;
}
