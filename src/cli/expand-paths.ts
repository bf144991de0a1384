import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

/**
 * Files as given, and every .xlsx inside the given folders (recursively), sorted. Excel's lock files are
 * kept: the selection rule (jobs/select-inputs) lists them as not used.
 */
export async function expandPaths(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) out.push(...(await workbooksIn(path)));
    else out.push(path);
  }
  return out;
}

async function workbooksIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await workbooksIn(path)));
    else if (/\.xlsx$/i.test(entry.name)) found.push(path);
  }
  return found;
}
