import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_CAMPAIGN } from "../../core/campaign/default-campaign";
import { buildTemplatePlan } from "../../core/template";
import { writeWorkbook } from "../../hosts/xlsx";
import { fillTemplatePlan } from "../sample/fill-template";
import { sampleUnit } from "../sample/sample-unit";

export interface WallTimes {
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** `thidua --version`: starting Node and loading the CLI, for comparison. */
  startupMs: number;
  /** Whether the CLI process loaded ExcelJS to validate one file. */
  loadsExcelJs: boolean;
}

/** `node bin/thidua.js validate FILE` for one realistic unit workbook, timed as a user would see it. */
export async function validateWallTimes(bin: string, runs = 7): Promise<WallTimes> {
  const dir = mkdtempSync(join(tmpdir(), "thidua-bench-validate-"));
  try {
    const unit = sampleUnit(DEFAULT_CAMPAIGN, DEFAULT_CAMPAIGN.roster[0], 2024, 11, { large: true });
    const plan = fillTemplatePlan(
      buildTemplatePlan(DEFAULT_CAMPAIGN, {}),
      DEFAULT_CAMPAIGN,
      unit.values,
      unit.tables,
    );
    const file = join(dir, "VP-2024.xlsx");
    writeFileSync(file, await writeWorkbook(plan));
    const times = wall(bin, ["validate", file], runs);
    const startup = wall(bin, ["--version"], runs);
    const probe = spawnSync(
      process.execPath,
      [
        "-e",
        `require(${JSON.stringify(bin)}); process.on("exit", () => { process.stderr.write(String(Object.keys(require.cache).some((k) => k.includes("/node_modules/exceljs/")))); })`,
        "probe",
        "validate",
        file,
      ],
      { encoding: "utf8" },
    );
    return {
      startupMs: startup[Math.floor(runs / 2)],
      runs,
      medianMs: times[Math.floor(runs / 2)],
      minMs: times[0],
      maxMs: times[runs - 1],
      loadsExcelJs: probe.stderr.trim().endsWith("true"),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Sorted wall times of `node bin ...args`, run `runs` times. */
function wall(bin: string, args: string[], runs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    spawnSync(process.execPath, [bin, ...args], { stdio: "ignore" });
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

export async function runValidateWallBench(bin: string): Promise<void> {
  const t = await validateWallTimes(bin);
  process.stdout.write(
    `thidua validate FILE (one unit workbook, ${t.runs} runs): median ${t.medianMs.toFixed(0)} ms, ` +
      `min ${t.minMs.toFixed(0)}, max ${t.maxMs.toFixed(0)}; thidua --version ${t.startupMs.toFixed(0)} ms; ` +
      `ExcelJS loaded: ${t.loadsExcelJs ? "yes" : "no"}\n`,
  );
}
