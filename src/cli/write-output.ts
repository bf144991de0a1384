import { lstat, mkdir, realpath, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

/**
 * The folder and the folders above it that do not exist yet, made one by one. Node's own recursive mkdir
 * spins forever where a parent exists but cannot hold a child (a path under /proc answers ENOENT, which it
 * takes for "make the parent first"); here an ENOENT once the parent is there is the answer.
 */
export async function makeFolders(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let at = resolve(dir); !(await isFolder(at)); at = dirname(at)) {
    missing.push(at);
    if (dirname(at) === at) break;
  }
  for (const folder of missing.reverse()) await mkdir(folder);
}

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

/**
 * Writes an output file whole or not at all: into a new file beside it, then renamed over it, so that a
 * full disk or a stop half-way leaves the earlier output as it was. A symbolic link is written through; a
 * missing folder is an error (a mistyped path), not made.
 * Throws the system's error (with its `code`) for the caller to put in the user's words.
 */
export async function writeOutputFile(path: string, bytes: Uint8Array): Promise<void> {
  const target = await resolvedTarget(path);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temporary, bytes, { flag: "wx" });
    await rename(temporary, target).catch((error: unknown) => {
      // The new file could be written beside it: a refusal now comes from the file itself (open in Excel
      // on Windows, read-only), not from the folder.
      const code = (error as { code?: unknown }).code;
      if (code !== "EPERM" && code !== "EACCES") throw error;
      throw Object.assign(new Error("output file in use"), { code: "EBUSY", cause: error });
    });
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

async function resolvedTarget(path: string): Promise<string> {
  const link = await lstat(path).catch(() => undefined);
  return link?.isSymbolicLink() ? realpath(path) : path;
}
