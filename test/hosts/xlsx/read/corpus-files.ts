import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** ../shared/corpus/third-party beside the project (as CI has it). */
export const CORPUS_DIR = resolve(__dirname, "../../../..", "../shared/corpus/third-party");

export function corpusFiles(): { name: string; bytes: Uint8Array }[] {
  if (!existsSync(CORPUS_DIR)) return [];
  return readdirSync(CORPUS_DIR)
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(CORPUS_DIR, name))) }));
}
