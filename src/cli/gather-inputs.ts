import { readdir, stat } from "node:fs/promises";
import { basename, join, relative, sep } from "node:path";
import type { ReadProblem } from "../jobs/read-file";

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
  /**
   * A folder that could not be listed (no permission to read it, gone meanwhile): nothing in it was read,
   * and it is reported by its name ("VP/") like a file that could not be read, the others read as usual.
   */
  problem?: ReadProblem;
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
    else {
      const nameOf = (file: string) => relative(path, file).split(sep).join("/");
      for (const found of await spreadsheetsIn(path)) {
        const name = found.problem ? `${nameOf(found.path) || basename(path)}/` : nameOf(found.path);
        out.push({ ...found, name });
      }
    }
  }
  return out;
}

/** The spreadsheet files under `dir`, and each folder there that could not be listed. */
async function spreadsheetsIn(dir: string): Promise<Omit<InputFile, "name">[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return [
      { path: dir, problem: { reason: "folder-unreadable", detail: String(code ?? "readdir failed") } },
    ];
  }
  const found: Omit<InputFile, "name">[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await spreadsheetsIn(path)));
    else if (isSpreadsheetName(entry.name)) found.push({ path });
  }
  return found;
}
