import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { writeWorkbook } from "../../hosts/xlsx";
import type { BatchFile } from "./batch";

/** Writes each sample workbook under `dir` at its name (year folders included); resolves with the paths, in order. */
export async function writeBatch(dir: string, batch: readonly BatchFile[]): Promise<string[]> {
  const paths: string[] = [];
  for (const file of batch) {
    const path = join(dir, file.name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, await writeWorkbook(file.plan));
    paths.push(path);
  }
  return paths;
}
