/**
 * On Node the native zlib inflates every part that declares its size, so `thidua validate` of an ordinary
 * workbook never loads fflate (20–30 ms of the command's start). Parts that declare no size still load
 * it: the zip-bomb tests of the command line read those.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { baselineUnit, unitPlan } from "../helpers/unit-workbook";
import { writeWorkbook } from "../../src/hosts/xlsx/write-workbook";
it("validates an ordinary workbook without loading fflate", async () => {
  const file = join(mkdtempSync(join(tmpdir(), "thidua-no-fflate-")), "VP-2024.xlsx");
  writeFileSync(file, await writeWorkbook(unitPlan(baselineUnit())));
  // A fresh module registry in which loading fflate throws; the workbook above was written before it.
  jest.resetModules();
  jest.doMock("fflate", () => {
    throw new Error("fflate was loaded");
  });
  const { runCli } = await import("./run-cli");
  const run = await runCli("validate", file);
  expect(run.err).toBe("");
  expect(run.code).toBe(0);
});
