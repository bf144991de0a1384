/**
 * `thidua validate` loads only what validating needs: the writer, the other commands, the report and the
 * Word host are loaded by the commands that use them, so that checking one file starts fast.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { baselineUnit, unitPlan } from "../helpers/unit-workbook";
import { runCli } from "./run-cli";

// Each module below throws as soon as it is loaded (jest.mock is hoisted, so each factory stands alone).
jest.mock("../../src/hosts/xlsx/write-workbook", () => {
  throw new Error("validate loaded the workbook writer");
});
jest.mock("../../src/hosts/docx", () => {
  throw new Error("validate loaded the Word host");
});
jest.mock("../../src/cli/commands/report", () => {
  throw new Error("validate loaded the report command");
});
jest.mock("../../src/cli/commands/consolidate", () => {
  throw new Error("validate loaded the consolidate command");
});
jest.mock("../../src/core/criteria/workbook/write-criteria", () => {
  throw new Error("validate loaded the criteria writer");
});

it("validates a file without loading the writer, the Word host or the other commands", async () => {
  const { writeWorkbook } = jest.requireActual<typeof import("../../src/hosts/xlsx/write-workbook")>(
    "../../src/hosts/xlsx/write-workbook",
  );
  const file = join(mkdtempSync(join(tmpdir(), "thidua-lazy-")), "VP-2024.xlsx");
  writeFileSync(file, await writeWorkbook(unitPlan(baselineUnit())));
  const run = await runCli("validate", file);
  expect(run.err).toBe("");
  expect(run.code).toBe(0);
});
