/**
 * A folder or a file the user may not read (tests run as root, who may read anything, so the system's
 * refusal is played by a spy): it is one unreadable entry with its reason, and the other files are read.
 */
import fs, { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import fsPromises from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeWorkbook } from "../../src/hosts/xlsx";
import { tableRows, valueOf } from "../helpers/read-table";
import { readWorkbook } from "../../src/hosts/xlsx";
import { baselineUnit, unitPlan } from "../helpers/unit-workbook";
import { runCli } from "./run-cli";

const root = mkdtempSync(join(tmpdir(), "thidua-denied-"));
const folder = join(root, "don-vi");
const locked = join(folder, "khoa");

/** An error as the system gives it when reading is not allowed. */
function denied(path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`EACCES: permission denied, '${path}'`), { code: "EACCES" });
}

beforeAll(async () => {
  mkdirSync(locked, { recursive: true });
  const bytes = await writeWorkbook(unitPlan(baselineUnit()));
  writeFileSync(join(folder, "VP-2024.xlsx"), bytes);
  writeFileSync(join(locked, "TTr-2024.xlsx"), bytes);
});

afterEach(() => jest.restoreAllMocks());

function denyListing(path: string): void {
  const readdir = fsPromises.readdir;
  jest
    .spyOn(fsPromises, "readdir")
    .mockImplementation(((dir: string, ...rest: unknown[]) =>
      dir === path
        ? Promise.reject(denied(dir))
        : (readdir as (...a: unknown[]) => unknown)(dir, ...rest)) as typeof fsPromises.readdir);
}

describe("a folder that cannot be listed", () => {
  it("is one unreadable entry for validate, named as a folder; the other files are checked", async () => {
    denyListing(locked);
    const run = await runCli("validate", folder);
    expect(run.out.split("\n")).toContain("khoa/");
    expect(run.out).toContain("Không mở được thư mục này (không có quyền đọc");
    expect(run.out).toContain(
      "Đã kiểm tra 1 tệp: 1 hợp lệ, 0 có lỗi, 0 không đọc được. 1 thư mục không mở được, các tệp trong đó chưa được kiểm tra.",
    );
    expect(run.out + run.err).not.toMatch(/EACCES|permission denied|lỗi không lường trước/);
  });

  it("does not stop consolidate: the summary is written, with the folder among the unreadable", async () => {
    denyListing(locked);
    const output = join(root, "tong-hop.xlsx");
    const run = await runCli("consolidate", folder, "-o", output, "--year", "2024", "--lang", "en");
    expect(run.code).toBe(0);
    expect(run.out).toContain("khoa/: cannot be read — This folder could not be opened");
    const summary = await readWorkbook(readFileSync(output), "tong-hop.xlsx");
    const status = tableRows(summary, "tbl_sum_status");
    expect(status.find((r) => valueOf(r["Tệp"]) === "VP-2024.xlsx")).toBeDefined();
    expect(String(valueOf(status.find((r) => valueOf(r["Tệp"]) === "khoa/")?.["Tình trạng"]))).toMatch(
      /Không đọc được/,
    );
  });

  it("given itself, is that one entry", async () => {
    denyListing(folder);
    const run = await runCli("validate", folder, "--json");
    const report = JSON.parse(run.out) as { files: { file: string }[] };
    expect(report.files.map((f) => f.file)).toEqual(["don-vi/"]);
    expect(run.code).toBe(2);
    const text = await runCli("validate", folder, "--lang", "en");
    expect(text.out).toContain(
      "Checked 0 files: 0 valid, 0 with errors, 0 unreadable. 1 folder could not be opened; the files in it were not checked.",
    );
  });
});

it("a file that may not be read says so, not that it was not found", async () => {
  const file = join(folder, "VP-2024.xlsx");
  const openSync = fs.openSync;
  jest.spyOn(fs, "openSync").mockImplementation(((path: fs.PathLike, ...rest: unknown[]) => {
    if (path === file) throw denied(file);
    return (openSync as (...a: unknown[]) => number)(path, ...rest);
  }) as typeof fs.openSync);
  const run = await runCli("validate", file, "--lang", "en");
  expect(run.out).toContain("You have no permission to read this file.");
  expect(run.out).not.toMatch(/EACCES|not found/);
});
