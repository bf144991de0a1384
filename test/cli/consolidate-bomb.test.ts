/**
 * A folder holding zip bombs among the units' files: `consolidate` refuses each bomb by name as unreadable
 * (too large) and still writes the summary of the others.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_CAMPAIGN } from "../../src/core/campaign/default-campaign";
import { readWorkbook, writeWorkbook } from "../../src/hosts/xlsx";
import { sampleBatch } from "../../src/dev/sample/batch";
import { bombZip, workbookParts, zerosDeflated } from "../hosts/xlsx/read/bomb-zip";
import { tableRows, valueOf } from "../helpers/read-table";
import { runCli } from "./run-cli";

const root = mkdtempSync(join(tmpdir(), "thidua-bomb-"));
const dir = join(root, "don-vi");
const SHEET = "xl/worksheets/sheet1.xml";
const BOMBS = ["bom-khai-that.xlsx", "bom-khai-man.xlsx", "bom-khong-khai.xlsx"];
const units = sampleBatch(DEFAULT_CAMPAIGN, { years: [2024], seed: 5 }).slice(0, 3);

beforeAll(async () => {
  mkdirSync(dir, { recursive: true });
  for (const f of units)
    writeFileSync(join(dir, f.name.split("/").pop() ?? f.name), await writeWorkbook(f.plan));
  const twoGb = zerosDeflated(2048);
  const parts = workbookParts(1);
  writeFileSync(
    join(dir, BOMBS[0]),
    bombZip([...parts, { name: SHEET, data: twoGb, realSize: 2048 * 2 ** 20 }]),
  );
  writeFileSync(join(dir, BOMBS[1]), bombZip([...parts, { name: SHEET, data: twoGb, declaredSize: 1024 }]));
  writeFileSync(join(dir, BOMBS[2]), bombZip([...parts, { name: SHEET, data: twoGb, undeclared: true }]));
}, 60_000);

it("writes the summary of the other files and lists each bomb as unreadable, by name", async () => {
  const output = join(root, "tong-hop.xlsx");
  const run = await runCli("consolidate", dir, "-o", output, "--year", "2024", "--json");
  expect(run.code).toBe(0);
  const summary = JSON.parse(run.out) as { received: number; unreadable: string[] };
  expect(summary.received).toBe(units.length);
  expect([...summary.unreadable].sort()).toEqual([...BOMBS].sort());
  const snapshot = await readWorkbook(readFileSync(output), "tong-hop.xlsx");
  const status = tableRows(snapshot, "tbl_sum_status");
  const findings = tableRows(snapshot, "tbl_sum_findings");
  for (const bomb of BOMBS) {
    expect(
      status.some((r) => valueOf(r["Tệp"]) === bomb && valueOf(r["Tình trạng"]) === "Không đọc được"),
    ).toBe(true);
    const finding = findings.find((r) => valueOf(r["Tệp"]) === bomb);
    expect(String(valueOf(finding?.["Nội dung"]))).toContain("quá lớn");
  }
  expect(tableRows(snapshot, "tbl_sum_indicators").length).toBeGreaterThanOrEqual(units.length);
});
