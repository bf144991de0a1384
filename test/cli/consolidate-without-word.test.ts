/**
 * `thidua consolidate`, with or without `--report`, writes only a workbook: it loads neither the report
 * command nor the Word host (docx costs some 50 ms to load).
 */
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeWorkbook } from "../../src/hosts/xlsx";
import { baselineUnit, unitPlan } from "../helpers/unit-workbook";
import { runCli } from "./run-cli";

// Each module below throws as soon as it is loaded (jest.mock is hoisted, so each factory stands alone).
jest.mock("../../src/hosts/docx", () => {
  throw new Error("consolidate loaded the Word host");
});
jest.mock("../../src/cli/commands/report", () => {
  throw new Error("consolidate loaded the report command");
});

const dir = mkdtempSync(join(tmpdir(), "thidua-consolidate-no-word-"));

beforeAll(async () => {
  writeFileSync(join(dir, "VP-2024.xlsx"), await writeWorkbook(unitPlan(baselineUnit())));
});

it.each([[[]], [["--report", "annual"]]])("consolidates %j without the Word host", async (extra) => {
  const output = join(dir, `tong-hop-${extra.length}.xlsx`);
  const run = await runCli("consolidate", join(dir, "VP-2024.xlsx"), "-o", output, ...extra);
  expect(run.err).toBe("");
  expect(run.code).toBeLessThanOrEqual(1);
  expect(existsSync(output)).toBe(true);
});
