/**
 * Names the format of bytes that are not an .xlsx/.xlsm by their signature and content, so the user is told
 * what the file is and how to save it as an Excel Workbook, rather than a guess.
 */
import type { WorkbookReadErrorCode } from "../errors";
import type { ZipArchive } from "./zip-archive";
import { oleRootNames } from "./ole-directory";
import { xmlText } from "./xml-encoding";

const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_SIGNATURE = [0x50, 0x4b, 0x05, 0x06];
/** "Rar!" and its marker, RAR 4 and RAR 5 alike. */
const RAR_SIGNATURE = [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07];
const SEVEN_ZIP_SIGNATURE = [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c];
/** "%PDF-": a PDF, such as the signed scan of a report. */
const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d];
/** "{\rtf": a Rich Text document (WordPad, Word's "Rich Text Format"). */
const RTF_SIGNATURE = [0x7b, 0x5c, 0x72, 0x74, 0x66];
/** A photo or a scan: JPEG, PNG, TIFF (both byte orders), GIF. */
const IMAGE_SIGNATURES = [
  [0xff, 0xd8, 0xff],
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  [0x49, 0x49, 0x2a, 0x00],
  [0x4d, 0x4d, 0x00, 0x2a],
  [0x47, 0x49, 0x46, 0x38],
];
/** A phone's photo: HEIC/HEIF (an ISO media file of an image brand), WebP (a RIFF file of type WEBP). */
const HEIF_BRANDS = new Set(["heic", "heix", "hevc", "heim", "heis", "mif1", "msf1", "avif"]);

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to));
}

function isImage(bytes: Uint8Array): boolean {
  if (IMAGE_SIGNATURES.some((signature) => startsWith(bytes, signature))) return true;
  if (ascii(bytes, 4, 8) === "ftyp" && HEIF_BRANDS.has(ascii(bytes, 8, 12))) return true;
  return ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP";
}
/** Files in a zip that make it a unit's files zipped, not a workbook of some kind. */
const ZIPPED_SPREADSHEET = /\.(xlsx|xlsm|xls|xlsb|ods|csv)$/i;
/** Bytes of a text file looked at to name its format. */
const SNIFF_BYTES = 8192;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP_SIGNATURE) || startsWith(bytes, EMPTY_ZIP_SIGNATURE);
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

/**
 * An OLE2 compound file, by the streams at its root (an object embedded in it has streams of its own, further
 * down): a password-protected Office file (MS-OFFCRYPTO's EncryptionInfo and EncryptedPackage, whatever the
 * extension), an Excel 97-2003 workbook ("Workbook", "Book" before Excel 97) — one WPS Spreadsheets saved,
 * as its own .et or as .xls, has WPS's ETExtData beside it, so its user is told the way in WPS —, a Word
 * 97-2003 document, a PowerPoint presentation, an Outlook message. Another program's file is not an Excel
 * workbook. When the directory cannot be read (a damaged file), by the names anywhere in the file.
 */
function oleFormat(bytes: Uint8Array): WorkbookReadErrorCode {
  const names = oleRootNames(bytes)?.map((name) => name.toLowerCase());
  if (names === undefined) return oleFormatOfDamaged(bytes);
  const has = (name: string) => names.includes(name.toLowerCase());
  if (has("EncryptionInfo") || has("EncryptedPackage")) return "encrypted";
  if (has("Workbook") || has("Book")) return has("ETExtData") ? "wps" : "legacy-xls";
  if (has("WordDocument")) return "word";
  if (has("PowerPoint Document")) return "presentation";
  if (has("__properties_version1.0") || names.some((n) => n.startsWith("__substg1.0_"))) return "email";
  return "not-zip";
}

function oleFormatOfDamaged(bytes: Uint8Array): WorkbookReadErrorCode {
  if (contains(bytes, utf16le("EncryptionInfo")) || contains(bytes, utf16le("EncryptedPackage")))
    return "encrypted";
  if (contains(bytes, utf16le("WordDocument"))) return "word";
  if (contains(bytes, utf16le("ETExtData"))) return "wps";
  return "legacy-xls";
}

function textStart(bytes: Uint8Array): string | undefined {
  const text = xmlText(bytes.subarray(0, SNIFF_BYTES));
  // Binary data: control characters other than tab and line breaks, or many undecodable bytes.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text)) return undefined;
  if ((text.match(/\ufffd/g)?.length ?? 0) > text.length / 20) return undefined;
  return text;
}

/**
 * An Excel 2.0 to 4.0 worksheet (.xls before OLE2): it starts with its BOF record, of type 0x0009, 0x0209
 * or 0x0409, whose data is 4 to 8 bytes.
 */
function isOldBiff(bytes: Uint8Array): boolean {
  const [type, version, length, lengthHigh] = bytes;
  return (
    type === 0x09 &&
    (version === 0 || version === 2 || version === 4) &&
    lengthHigh === 0 &&
    length >= 4 &&
    length <= 8
  );
}

/** A header a saved e-mail (.eml) starts with. */
const FIRST_EMAIL_HEADER =
  /^(?:return-path|received|delivered-to|from|to|date|subject|message-id|mime-version|dkim-signature|x-[a-z0-9-]+):/;

/** An e-mail saved as text (.eml, lower-cased): it starts with its headers, MIME's among them. */
function isEmail(lower: string): boolean {
  return FIRST_EMAIL_HEADER.test(lower) && /(?:^|\n)(?:mime-version|content-type):/.test(lower);
}

/** A file that is not a zip nor an OLE2 file: named from its first bytes. */
function textFormat(bytes: Uint8Array): WorkbookReadErrorCode {
  const text = textStart(bytes);
  if (text === undefined) return "not-zip";
  const lower = text.toLowerCase();
  if (lower.includes("urn:oasis:names:tc:opendocument") && lower.includes("opendocument.spreadsheet"))
    return "fods";
  if (lower.includes("urn:schemas-microsoft-com:office:spreadsheet")) return "xml-2003";
  if (isEmail(lower)) return "email";
  if (/<(!doctype\s+html|html|table)\b/.test(lower)) return "html";
  if (lower.trimStart().startsWith("<")) return "not-zip";
  const lines = text.split(/\r\n|\n|\r/).filter((line) => line.trim() !== "");
  if (lines.length > 0 && lines.some((line) => /[,;\t]/.test(line))) return "csv";
  return "not-zip";
}

/** The format of bytes that do not start as a zip. */
export function nonZipFormat(bytes: Uint8Array): WorkbookReadErrorCode {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, OLE2_SIGNATURE)) return oleFormat(bytes);
  if (isOldBiff(bytes)) return "legacy-xls";
  if (startsWith(bytes, RAR_SIGNATURE) || startsWith(bytes, SEVEN_ZIP_SIGNATURE)) return "archive";
  if (startsWith(bytes, PDF_SIGNATURE)) return "pdf";
  if (startsWith(bytes, RTF_SIGNATURE)) return "document";
  if (isImage(bytes)) return "image";
  return textFormat(bytes);
}

const ODF_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";
/** OpenDocument's text documents (LibreOffice Writer's .odt, and its templates). */
const ODF_TEXT_MIMETYPE = "application/vnd.oasis.opendocument.text";

/**
 * Apple's Numbers: its document in Index/*.iwa since 2013 (older ones zip that folder as Index.zip). A
 * Numbers file is a folder on the Mac: zipped to be mailed, its entries are inside "<name>.numbers/".
 */
function isNumbersPackage(zip: ZipArchive): boolean {
  const names = new Set(zip.entries.map((e) => e.name.replace(/^[^/]+\.numbers\//i, "")));
  return (
    names.has("Index/Document.iwa") || (names.has("Index.zip") && names.has("Metadata/Properties.plist"))
  );
}

/**
 * A zip with no .xlsx workbook part: a binary .xlsb workbook, an OpenDocument spreadsheet, a Word or
 * LibreOffice Writer document, a zip of spreadsheet files…
 */
export function zipFormat(zip: ZipArchive): WorkbookReadErrorCode {
  // Its workbook part in xl/, where Excel puts it, or in a folder of another name (some writers).
  if (zip.entries.some((e) => /(?:^|\/)workbook\.bin$/i.test(e.name))) return "xlsb";
  if (isNumbersPackage(zip)) return "numbers";
  if (zip.has("word/document.xml")) return "word";
  if (zip.has("ppt/presentation.xml")) return "presentation";
  const mimetype = zip.entry("mimetype");
  if (mimetype && mimetype.uncompressedSize < 200) {
    const text = (zip.readText("mimetype") ?? "").trim();
    if (text.startsWith(ODF_MIMETYPE)) return "ods";
    if (text.startsWith(ODF_TEXT_MIMETYPE)) return "document";
  } else if (zip.has("content.xml") && zip.has("META-INF/manifest.xml")) {
    const manifest = zip.readText("META-INF/manifest.xml") ?? "";
    if (manifest.includes(ODF_MIMETYPE)) return "ods";
  }
  // Zipped to be sent by mail: the workbooks are inside.
  if (zip.entries.some((e) => ZIPPED_SPREADSHEET.test(e.name))) return "archive";
  return "not-workbook";
}
