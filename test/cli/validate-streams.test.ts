/**
 * `thidua validate` writes each file as soon as it is checked, and lets it go before reading the next: a
 * file can have hundreds of thousands of findings, and holding every file's findings until the end made
 * the memory grow with each such file (12 files of 396,000 findings: 2.6 GB, 105 s).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as regularFile from "../../src/cli/read-regular-file";
import { main } from "../../src/cli/main";
import { writeWorkbook } from "../../src/hosts/xlsx";
import { baselineUnit, unitPlan } from "../helpers/unit-workbook";

const folder = mkdtempSync(join(tmpdir(), "thidua-streams-"));
const FILES = ["DV1-2024.xlsx", "DV2-2024.xlsx", "DV3-2024.xlsx"];

beforeAll(async () => {
  const faulty = baselineUnit();
  faulty.values.b04_fund_amount = "2 triệu";
  const bytes = await writeWorkbook(unitPlan(faulty));
  for (const name of FILES) writeFileSync(join(folder, name), bytes);
});

afterEach(() => jest.restoreAllMocks());

/** What the command did, in order: "read NAME" for each file it reads, "out" for each piece it writes. */
async function events(...args: string[]): Promise<{ code: number; events: string[]; out: string }> {
  const seen: string[] = [];
  const read = regularFile.readRegularFile;
  jest.spyOn(regularFile, "readRegularFile").mockImplementation((path, maxBytes) => {
    seen.push(`read ${String(path).slice(folder.length + 1)}`);
    return read(path, maxBytes);
  });
  const pieces: string[] = [];
  const io = {
    out: (text: string) => {
      seen.push("out");
      pieces.push(text);
    },
    err: () => undefined,
    isTTY: false,
  };
  const code = await main(["validate", ...args, folder], io);
  return { code, events: seen, out: pieces.join("\n") };
}

it("writes a file's findings before it reads the next file", async () => {
  const run = await events();
  expect(run.code).toBe(1);
  const reads = FILES.map((name) => run.events.indexOf(`read ${name}`));
  expect(reads.every((at) => at >= 0)).toBe(true);
  for (let i = 1; i < reads.length; i++) {
    expect(run.events.slice(reads[i - 1], reads[i])).toContain("out");
  }
  for (const name of FILES) expect(run.out).toContain(name);
});

it("writes --json a file at a time too, and the whole is still one JSON document", async () => {
  const run = await events("--json");
  const reads = FILES.map((name) => run.events.indexOf(`read ${name}`));
  for (let i = 1; i < reads.length; i++) {
    expect(run.events.slice(reads[i - 1], reads[i])).toContain("out");
  }
  const report = JSON.parse(run.out) as { files: { file: string; findings: unknown[] }[] };
  expect(report.files.map((f) => f.file)).toEqual(FILES);
  expect(report.files.every((f) => f.findings.length > 0)).toBe(true);
});
