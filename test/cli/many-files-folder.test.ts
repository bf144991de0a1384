/**
 * A folder of more files than a call takes arguments (about 120,000 with Node's stack): every one is listed.
 * The listing is played by a spy, as making that many files would take most of the test's time.
 */
import type { Dirent } from "node:fs";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import fsPromises from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gatherInputFiles } from "../../src/cli/gather-inputs";

const FILES = 150_000;
const root = mkdtempSync(join(tmpdir(), "thidua-many-"));
const folder = join(root, "don-vi");
const inner = join(folder, "2024");

beforeAll(() => mkdirSync(inner, { recursive: true }));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => jest.restoreAllMocks());

function fileEntry(name: string): Dirent<Buffer> {
  return { name: Buffer.from(name), isDirectory: () => false, isSymbolicLink: () => false } as Dirent<Buffer>;
}

function folderEntry(name: string): Dirent<Buffer> {
  return { name: Buffer.from(name), isDirectory: () => true, isSymbolicLink: () => false } as Dirent<Buffer>;
}

test("a folder holding 150,000 workbooks, in a folder of its own, lists them all", async () => {
  const names = Array.from({ length: FILES }, (_, i) => `DV${String(i).padStart(6, "0")}-2024.xlsx`);
  const readdir = fsPromises.readdir;
  jest.spyOn(fsPromises, "readdir").mockImplementation(((dir: string, ...rest: unknown[]) => {
    if (dir === folder) return Promise.resolve([folderEntry("2024")]);
    if (dir === inner) return Promise.resolve(names.map(fileEntry));
    return (readdir as (...a: unknown[]) => unknown)(dir, ...rest);
  }) as typeof fsPromises.readdir);

  const found = await gatherInputFiles([folder]);

  expect(found).toHaveLength(FILES);
  expect(found[0]).toEqual({ path: join(inner, names[0]), name: `2024/${names[0]}`, inFolder: true });
  expect(found[FILES - 1].name).toBe(`2024/${names[FILES - 1]}`);
}, 60_000);
