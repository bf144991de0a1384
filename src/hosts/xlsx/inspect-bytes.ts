import { WorkbookReadError } from "./errors";
import { locateCentralDirectory, readCentralDirectory, ZipEntryInfo, ZipFormatError } from "./zip-directory";

/** Guards applied before the workbook library sees the bytes. */
export interface ReadLimits {
  maxFileBytes: number;
  /** Sum of the uncompressed sizes of all entries. */
  maxUncompressedBytes: number;
  /** Largest uncompressed/compressed ratio allowed for an entry bigger than `ratioCheckMinBytes`. */
  maxRatio: number;
  ratioCheckMinBytes: number;
  maxEntries: number;
}

const MB = 1024 * 1024;

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxFileBytes: 50 * MB,
  maxUncompressedBytes: 300 * MB,
  maxRatio: 200,
  ratioCheckMinBytes: 10 * MB,
  maxEntries: 10_000,
};

const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) out[i * 2] = text.charCodeAt(i);
  return out;
}

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  const last = haystack.length - needle.length;
  for (
    let at = haystack.indexOf(needle[0]);
    at >= 0 && at <= last;
    at = haystack.indexOf(needle[0], at + 1)
  ) {
    let i = 1;
    while (i < needle.length && haystack[at + i] === needle[i]) i++;
    if (i === needle.length) return true;
  }
  return false;
}

// Office stores a password-protected .xlsx as an OLE2 file with these streams (MS-OFFCRYPTO).
const ENCRYPTION_STREAMS = [utf16le("EncryptionInfo"), utf16le("EncryptedPackage")];

function isWorkbookPart(entry: ZipEntryInfo): boolean {
  return entry.name === "xl/workbook.xml" || entry.name === "/xl/workbook.xml";
}

function checkSizes(entries: ZipEntryInfo[], limits: ReadLimits): string | undefined {
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > limits.ratioCheckMinBytes && ratio > limits.maxRatio) {
      return `entry ${entry.name} expands ${Math.round(ratio)} times`;
    }
  }
  if (total > limits.maxUncompressedBytes) return `entries expand to ${total} bytes`;
  return undefined;
}

/** Throws a WorkbookReadError when the bytes are not an .xlsx that is safe to hand to the workbook library. */
export function inspectBytes(bytes: Uint8Array, fileName: string, limits: ReadLimits): void {
  const fail = (code: WorkbookReadError["code"], message: string, detail?: string): never => {
    throw new WorkbookReadError(code, fileName, message, detail);
  };
  if (bytes.length === 0) fail("empty", "the file is empty");
  if (startsWith(bytes, OLE2_SIGNATURE)) {
    if (ENCRYPTION_STREAMS.some((name) => contains(bytes, name))) {
      fail("encrypted", "the workbook is password-protected");
    }
    fail("legacy-xls", "the file is an old Excel 97-2003 (.xls) workbook");
  }
  if (!startsWith(bytes, ZIP_LOCAL_HEADER)) fail("not-zip", "the file is not an Excel (.xlsx) workbook");
  if (bytes.length > limits.maxFileBytes) {
    fail("too-large", `the file is larger than ${limits.maxFileBytes} bytes`);
  }

  let entries: ZipEntryInfo[] = [];
  try {
    const location = locateCentralDirectory(bytes);
    if (location.entryCount > limits.maxEntries) {
      fail("too-large", `the archive has more than ${limits.maxEntries} entries`);
    }
    entries = readCentralDirectory(bytes, location);
  } catch (error) {
    if (!(error instanceof ZipFormatError)) throw error;
    fail("corrupt", "the file is damaged (its zip directory cannot be read)", error.message);
  }
  const tooLarge = checkSizes(entries, limits);
  if (tooLarge) fail("too-large", "the workbook expands to more data than allowed", tooLarge);
  if (!entries.some(isWorkbookPart)) fail("not-workbook", "the archive is not an Excel workbook");
}
