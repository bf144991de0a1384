import { readdir, stat } from "node:fs/promises";
import { basename, join, relative, sep } from "node:path";

/** Workbooks thidua reads, in any letter case. */
const READABLE = /\.(xlsx|xlsm)$/i;
/**
 * Other spreadsheet files a unit may send: found in a folder, they are listed and read like the others so
 * the reader names their format and says how to save them as .xlsx, instead of being silently skipped.
 */
const OTHER_SPREADSHEET = /\.(xls|xlsb|xltx|xltm|xla|xlam|ods|fods|ots|csv|tsv|numbers|et|ett)$/i;

/** True for a name a folder search picks up: a workbook, or another spreadsheet to report as unreadable. */
export function isSpreadsheetName(name: string): boolean {
  return READABLE.test(name) || OTHER_SPREADSHEET.test(name);
}

/** A file to read, and the name it goes by in messages and in the summary. */
export interface InputFile {
  path: string;
  /**
   * The file's name, or for a file found in a given folder its path inside it ("VP/bao-cao.xlsx"): units
   * often send files of one name, which the Office keeps in a folder per unit.
   */
  name: string;
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
    else
      for (const file of await spreadsheetsIn(path))
        out.push({ path: file, name: relative(path, file).split(sep).join("/") });
  }
  return out;
}

async function spreadsheetsIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await spreadsheetsIn(path)));
    else if (isSpreadsheetName(entry.name)) found.push(path);
  }
  return found;
}
