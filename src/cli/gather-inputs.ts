import { isUtf8 } from "node:buffer";
import type { Dirent } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { basename, join, sep } from "node:path";
import type { ReadProblem } from "../jobs/read-file";

/** Workbooks thidua reads, in any letter case: Excel's, and LibreOffice's own (OpenDocument). */
const READABLE = /\.(xlsx|xlsm|ods|fods|ots)$/i;
/**
 * Other files a unit may send in place of its workbook: other spreadsheets, archives (its workbook zipped to
 * be mailed), and the mail itself saved from Outlook or another mail program (its workbook still attached).
 * Found in a folder, they are listed and read like the others so the reader names their format and says
 * what to do (save as .xlsx, extract, save the attachment), instead of being silently skipped.
 */
const OTHER_SPREADSHEET = /\.(xls|xlsb|xltx|xltm|xla|xlam|csv|tsv|numbers|et|ett|zip|rar|7z|msg|eml)$/i;

/**
 * Documents a unit may send with its workbook or instead of it (the signed report as a PDF or a Word file,
 * a photo of it sent from a phone). Found in a folder they are listed, not read: they are no form, and
 * listing them tells the clerk that a unit shown as not having sent its form sent a document instead.
 */
const DOCUMENT = /\.(pdf|doc|docx|docm|odt|rtf|jpg|jpeg|png|heic|heif|webp|tif|tiff)$/i;

/** True for a name a folder search picks up: a workbook, or another spreadsheet or an archive to report. */
export function isSpreadsheetName(name: string): boolean {
  return READABLE.test(name) || OTHER_SPREADSHEET.test(name);
}

/** A file to read, and the name it goes by in messages and in the summary. */
export interface InputFile {
  /**
   * Where it is: a Buffer only when a name on the way is not UTF-8 (a zip made on an old Windows and
   * unpacked on Linux keeps its names in the code page it was made in), so that it can still be opened.
   */
  path: string | Buffer;
  /**
   * The file's name, or for a file found in a given folder its path inside it ("VP/bao-cao.xlsx"): units
   * often send files of one name, which the Office keeps in a folder per unit.
   */
  name: string;
  /**
   * A folder that could not be listed (no permission to read it, gone meanwhile): nothing in it was read,
   * and it is reported by its name ("VP/") like a file that could not be read, the others read as usual.
   */
  problem?: ReadProblem;
  /** Found inside a given folder, not given by name. */
  inFolder?: true;
  /** A document found in a folder (see DOCUMENT): listed, not read. */
  document?: true;
}

/**
 * Files as given, and every spreadsheet file inside the given folders (recursively, sorted). Whatever is
 * listed is then opened by the bounded reader, which refuses pipes, devices and oversized files itself;
 * a folder entry that is not a regular file is therefore kept, so it shows as unreadable with its reason.
 */
export async function gatherInputFiles(paths: string[]): Promise<InputFile[]> {
  const out: InputFile[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info?.isDirectory()) out.push({ path, name: basename(path) });
    else await spreadsheetsIn(path, "", basename(path), new Set(), out);
  }
  return out;
}

/**
 * A name as the user knows it: UTF-8, or else read as Latin-1, which keeps the letters it shares with the
 * Vietnamese code page (á, â, ê, ô…) and shows every other byte as some character rather than none.
 */
function nameText(raw: Buffer): string {
  return raw.toString(isUtf8(raw) ? "utf8" : "latin1");
}

/** The path of an entry of `dir`: a string while every name on the way is UTF-8. */
function entryPath(dir: string | Buffer, raw: Buffer): string | Buffer {
  if (typeof dir === "string" && isUtf8(raw)) return join(dir, raw.toString("utf8"));
  return Buffer.concat([typeof dir === "string" ? Buffer.from(dir) : dir, Buffer.from(sep), raw]);
}

/**
 * Adds to `found` the spreadsheet files under `dir`, named by their path inside the given folder (`inside`),
 * and each folder there that could not be listed (`label`: the given folder's own name, for itself).
 * Symbolic links to folders are followed (a shared folder linked in); `seen` holds the folders already
 * searched, so a link back up the tree is searched once. Added one by one: a folder may hold more files
 * than a call takes arguments (`push(...list)` fails past some 120,000).
 */
async function spreadsheetsIn(
  dir: string | Buffer,
  inside: string,
  label: string,
  seen: Set<string>,
  found: InputFile[],
): Promise<void> {
  let entries: Dirent<Buffer>[];
  try {
    const folder = await stat(dir);
    const key = `${folder.dev}:${folder.ino}`;
    if (seen.has(key)) return;
    seen.add(key);
    entries = await readdir(dir, { withFileTypes: true, encoding: "buffer" });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const problem = { reason: "folder-unreadable", detail: String(code ?? "readdir failed") };
    found.push({ path: dir, name: `${inside || label}/`, problem });
    return;
  }
  const named = entries.map((entry) => ({ entry, name: nameText(entry.name) }));
  for (const { entry, name } of named.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = entryPath(dir, entry.name);
    const nameInside = inside === "" ? name : `${inside}/${name}`;
    if (entry.isDirectory() || (entry.isSymbolicLink() && (await isFolder(path))))
      await spreadsheetsIn(path, nameInside, label, seen, found);
    else if (isSpreadsheetName(name)) found.push({ path, name: nameInside, inFolder: true });
    else if (DOCUMENT.test(name)) found.push({ path, name: nameInside, inFolder: true, document: true });
  }
}

async function isFolder(path: string | Buffer): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}
