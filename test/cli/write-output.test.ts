import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import fsPromises from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CliIO } from "../../src/cli/io";
import { writeOrTell } from "../../src/cli/write-failure";
import { makeFolders, writeOutputFile } from "../../src/cli/write-output";
import { writeWorkbook } from "../../src/hosts/xlsx";
import { baselineUnit, unitPlan } from "../helpers/unit-workbook";
import { runCli } from "./run-cli";

const root = mkdtempSync(join(tmpdir(), "thidua-write-"));
const bytes = new TextEncoder().encode("kết quả mới");

describe("writing an output file", () => {
  it("replaces the file whole and leaves nothing beside it", async () => {
    const file = join(root, "tong-hop.xlsx");
    writeFileSync(file, "kết quả cũ");
    await writeOutputFile(file, bytes);
    expect(readFileSync(file, "utf8")).toBe("kết quả mới");
    expect(readdirSync(root).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("leaves the earlier output whole when the disk fills half-way", async () => {
    const file = join(root, "tong-hop-day.xlsx");
    writeFileSync(file, "kết quả cũ");
    const fillsHalfWay = jest.spyOn(fsPromises, "writeFile").mockImplementationOnce(async (path, data) => {
      writeFileSync(path as string, (data as Uint8Array).subarray(0, 3));
      throw Object.assign(new Error("no space left on device"), { code: "ENOSPC" });
    });
    try {
      await expect(writeOutputFile(file, bytes)).rejects.toMatchObject({ code: "ENOSPC" });
    } finally {
      fillsHalfWay.mockRestore();
    }
    expect(readFileSync(file, "utf8")).toBe("kết quả cũ");
    expect(readdirSync(root).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("keeps what was there when the new file cannot take its place, and removes the new one", async () => {
    const folder = join(root, "bao-cao.xlsx");
    mkdirSync(folder);
    writeFileSync(join(folder, "trong.txt"), "giữ");
    await expect(writeOutputFile(folder, bytes)).rejects.toHaveProperty("code");
    expect(readFileSync(join(folder, "trong.txt"), "utf8")).toBe("giữ");
    expect(readdirSync(root).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("writes through a symbolic link, which stays a link", async () => {
    const real = join(root, "that.xlsx");
    const link = join(root, "lien-ket.xlsx");
    writeFileSync(real, "cũ");
    symlinkSync(real, link);
    await writeOutputFile(link, bytes);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, "utf8")).toBe("kết quả mới");
  });

  it("does not make a missing folder: a mistyped path is an error", async () => {
    await expect(writeOutputFile(join(root, "khong-co", "x.xlsx"), bytes)).rejects.toMatchObject({
      code: "ENOENT",
    });
    expect(existsSync(join(root, "khong-co"))).toBe(false);
  });
});

describe("making the folders of the chase output", () => {
  it("makes the missing ones, one under the other", async () => {
    await makeFolders(join(root, "don-doc", "phan-hoi"));
    expect(lstatSync(join(root, "don-doc", "phan-hoi")).isDirectory()).toBe(true);
  });

  // Node's recursive mkdir never returns here: /proc answers ENOENT for a child it cannot hold.
  (existsSync("/proc/self") ? it : it.skip)("gives up at once where a folder cannot be made", async () => {
    await expect(makeFolders("/proc/thidua-khong-the/phan-hoi")).rejects.toMatchObject({ code: "ENOENT" });
  });

  (existsSync("/proc/self") ? it : it.skip)(
    "chase says so in the user's words and stops",
    async () => {
      const units = join(root, "don-vi");
      mkdirSync(units);
      writeFileSync(join(units, "VP-2024.xlsx"), await writeWorkbook(unitPlan(baselineUnit())));
      const run = await runCli("chase", units, "--year", "2024", "-o", "/proc/thidua-khong-the");
      expect(run.code).toBe(2);
      expect(run.err).toContain("thư mục chứa tệp không tồn tại");
      expect(run.err).not.toMatch(/ENOENT|Error/);
    },
    20_000,
  );
});

describe("a write that fails", () => {
  it.each([["template"], ["criteria"]])(
    "%s names the file and the reason, in the catalogue's words",
    async (command) => {
      const run = await runCli(command, "-o", join(root, "khong-co", "x.xlsx"), "--lang", "en");
      expect(run.code).toBe(2);
      expect(run.err).toContain("the folder does not exist");
      expect(run.err).not.toMatch(/ENOENT|Error|at /);
    },
  );
});

describe("making an output that fails", () => {
  it("is thidua's fault, not the disk's: it is thrown for the unexpected-error message, nothing written", async () => {
    const file = join(root, "hong.xlsx");
    const told: string[] = [];
    const io = { out: (t: string) => told.push(t), err: (t: string) => told.push(t) } as unknown as CliIO;
    const fault = new RangeError("a number must be finite");
    await expect(writeOrTell(file, () => Promise.reject(fault), io, "vi")).rejects.toBe(fault);
    expect(told).toEqual([]);
    expect(existsSync(file)).toBe(false);
  });

  it("is told in the user's words when the disk refuses it", async () => {
    const told: string[] = [];
    const io = { out: (t: string) => told.push(t), err: (t: string) => told.push(t) } as unknown as CliIO;
    const written = await writeOrTell(join(root, "khong-co", "x.xlsx"), async () => bytes, io, "vi");
    expect(written).toBe(false);
    expect(told.join("\n")).toMatch(/^Không ghi được .*x\.xlsx: /);
  });
});
