import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
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
  /** `node -e 0`: Node's own start, which no code of thidua's can shorten. */
  nodeStartMs: number;
  /**
   * The median again with NODE_EXTRA_CA_CERTS removed, when it is set: Node reads that file of certificates
   * at every start, before any script runs (80–90 ms for Debian's bundle).
   */
  withoutExtraCertsMs?: number;
  /** Whether the CLI process loaded ExcelJS to validate one file. */
  loadsExcelJs: boolean;
  /** How bin/ had the bundle's code: from its code cache, refused by V8, or compiled (no cache). */
  bundleCode: string;
}

/** What bin/cached-bundle.js, beside `bin`, says of the code cache when it loads the bundle. */
function bundleCode(bin: string): string {
  const loader = JSON.stringify(join(dirname(bin), "cached-bundle.js"));
  const run = spawnSync(
    process.execPath,
    ["-e", `process.stdout.write(require(${loader}).loadBundle().code)`],
    {
      encoding: "utf8",
    },
  );
  return run.stdout;
}

/** `node bin/thidua.js validate FILE` for one realistic unit workbook, timed as a user would see it. */
export async function validateWallTimes(bin: string, runs = 11): Promise<WallTimes> {
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
    const nodeStart = wall("-e", ["0"], runs);
    const { NODE_EXTRA_CA_CERTS: extraCerts, ...withoutCerts } = process.env;
    const plain = extraCerts ? wall(bin, ["validate", file], runs, withoutCerts) : undefined;
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
      nodeStartMs: nodeStart[Math.floor(runs / 2)],
      withoutExtraCertsMs: plain?.[Math.floor(runs / 2)],
      runs,
      medianMs: times[Math.floor(runs / 2)],
      minMs: times[0],
      maxMs: times[runs - 1],
      loadsExcelJs: probe.stderr.trim().endsWith("true"),
      bundleCode: bundleCode(bin),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Sorted wall times of `node script ...args`, run `runs` times. */
function wall(script: string, args: string[], runs: number, env = process.env): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    spawnSync(process.execPath, [script, ...args], { stdio: "ignore", env });
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

export async function runValidateWallBench(bin: string): Promise<void> {
  const t = await validateWallTimes(bin);
  process.stdout.write(
    `thidua validate FILE (one unit workbook, ${t.runs} runs): median ${t.medianMs.toFixed(0)} ms, ` +
      `min ${t.minMs.toFixed(0)}, max ${t.maxMs.toFixed(0)}; thidua --version ${t.startupMs.toFixed(0)} ms; ` +
      `node -e 0 ${t.nodeStartMs.toFixed(0)} ms; ExcelJS loaded: ${t.loadsExcelJs ? "yes" : "no"}; ` +
      `bundle code: ${t.bundleCode}\n`,
  );
  if (t.withoutExtraCertsMs !== undefined) {
    process.stdout.write(
      `NODE_EXTRA_CA_CERTS is set: every Node start reads its certificates; without it, validate FILE ` +
        `median ${t.withoutExtraCertsMs.toFixed(0)} ms\n`,
    );
  }
}
