/**
 * A unit's file can have more findings than a JavaScript call takes arguments (about 125,000 here): the
 * terminal's table of them was built with spread calls, and `thidua validate` stopped on "an unexpected
 * error" instead of listing them. 35,000 initiatives of two cells each, both values not in their lists and
 * the name and author left empty: four findings a row, 140,000 in all, within the reader's cell limit.
 * Five files of 400,000 findings made `--json` longer than a string can be: it is written a piece at a time.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeWorkbook } from "../../src/hosts/xlsx";
import { baselineUnit, unitPlan } from "../helpers/unit-workbook";
import { main } from "../../src/cli/main";
import { runCli } from "./run-cli";

const ROWS = 35_000;
const file = join(mkdtempSync(join(tmpdir(), "thidua-many-findings-")), "VP-2024.xlsx");

beforeAll(async () => {
  const unit = baselineUnit();
  unit.tables.tbl_initiatives = Array.from({ length: ROWS }, () => ({ kind: "khác lạ", status: "lạ" }));
  writeFileSync(file, await writeWorkbook(unitPlan(unit)));
}, 60_000);

it("lists every finding of a file with 140,000 of them, and exits 1", async () => {
  const run = await runCli("validate", file);
  expect(run.code).toBe(1);
  const lines = run.out.split("\n");
  const unknownKind = lines.filter((l) => l.includes("khác lạ")).length;
  expect(unknownKind).toBe(ROWS);
  expect(lines.length).toBeGreaterThan(4 * ROWS);
  // The count written the Vietnamese way.
  expect(lines.find((l) => l.includes("=>"))).toMatch(/ 14\d\.\d{3} lỗi/);
}, 60_000);

it("writes --json a piece at a time, and all of it", async () => {
  const pieces: string[] = [];
  const io = { out: (text: string) => pieces.push(text), err: () => undefined, isTTY: false };
  expect(await main(["validate", "--json", file], io)).toBe(1);
  expect(pieces.length).toBeGreaterThan(10);
  expect(pieces.every((piece) => piece.length < 2_000_000)).toBe(true);
  const [report] = (JSON.parse(pieces.join("\n")) as { files: { findings: unknown[] }[] }).files;
  expect(report.findings.length).toBeGreaterThan(4 * ROWS);
}, 60_000);
