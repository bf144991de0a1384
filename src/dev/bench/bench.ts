import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { writeWorkbook } from "../../hosts/xlsx";
import { sampleBatch } from "../sample/batch";
import { campaignWithUnits } from "../sample/campaign-with-units";
import type { PhaseTimes, Timing } from "./bench-phases";

export interface BenchRow {
  files: number;
  rawMs: number;
  readMs: number;
  validateMs: number;
  consolidateMs: number;
  writeMs: number;
  endToEndMs: number;
  /** CPU times of raw loading, of reading + validating, and end to end (see Timing). */
  rawCpuMs: number;
  readValidateCpuMs: number;
  endToEndCpuMs: number;
  /** The pipeline's own process; the raw ExcelJS load runs in another. */
  peakRssMb: number;
  /** Peak of the process that only loaded the files with ExcelJS. */
  rawPeakRssMb: number;
}

/** Workbooks of realistic size (all fields, 5–20 initiatives, 5–30 proposals, one unit each) in a folder. */
async function makeFiles(n: number, dir: string): Promise<void> {
  const plans = sampleBatch(campaignWithUnits(n), { years: [2024], seed: 7000, sample: { large: true } });
  for (const f of plans) writeFileSync(join(dir, f.name.replace("/", "-")), await writeWorkbook(f.plan));
}

/** Runs one measurement in a fresh Node process (so that neither phase inherits the other's heap). */
function inChild(child: string, args: string[]): PhaseTimes {
  const run = spawnSync(process.execPath, ["--expose-gc", child, ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  if (run.status !== 0) throw new Error(`bench child failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as PhaseTimes;
}

/**
 * The same files measured `runs` times: raw ExcelJS loading in one process, thidua's pipeline in another,
 * alternating. Times are the best run of each (the machine is shared); memory is the largest peak seen.
 */
export function benchFiles(child: string, dir: string, n: number, runs: number): BenchRow {
  const raws: PhaseTimes[] = [];
  const pipelines: PhaseTimes[] = [];
  for (let i = 0; i < runs; i++) {
    raws.push(inChild(child, ["raw", dir]));
    pipelines.push(inChild(child, ["pipeline", dir, String(n)]));
  }
  const of = (t: Timing | undefined, cpu = false) => (cpu ? (t?.cpuMs ?? 0) : (t?.ms ?? 0));
  const total = (p: PhaseTimes, cpu = false) =>
    of(p.read, cpu) + of(p.validate, cpu) + of(p.consolidate, cpu) + of(p.write, cpu);
  const best = pipelines.reduce((a, b) => (total(b) < total(a) ? b : a));
  const bestCpu = pipelines.reduce((a, b) => (total(b, true) < total(a, true) ? b : a));
  return {
    files: n,
    rawMs: Math.min(...raws.map((r) => of(r.raw))),
    readMs: of(best.read),
    validateMs: of(best.validate),
    consolidateMs: of(best.consolidate),
    writeMs: of(best.write),
    endToEndMs: total(best),
    rawCpuMs: Math.min(...raws.map((r) => of(r.raw, true))),
    readValidateCpuMs: of(bestCpu.read, true) + of(bestCpu.validate, true),
    endToEndCpuMs: total(bestCpu, true),
    peakRssMb: Math.max(...pipelines.map((p) => p.peakRssMb)),
    rawPeakRssMb: Math.max(...raws.map((r) => r.peakRssMb)),
  };
}

export function formatBenchTable(rows: BenchRow[]): string[] {
  const f0 = (n: number): string => n.toFixed(0);
  const f2 = (n: number): string => n.toFixed(2);
  const header =
    "| files | raw load ms | read ms | validate ms | consolidate ms | write ms | end-to-end ms | files/s | ms/file | ratio e2e/raw | ratio (read+validate)/raw | CPU ratio e2e/raw | CPU ratio (read+validate)/raw | peak RSS MB | raw load peak RSS MB |";
  const rule = "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";
  return [
    header,
    rule,
    ...rows
      .map((r) =>
        [
          r.files,
          f0(r.rawMs),
          f0(r.readMs),
          f0(r.validateMs),
          f0(r.consolidateMs),
          f0(r.writeMs),
          f0(r.endToEndMs),
          f2((r.files / r.endToEndMs) * 1000),
          f2(r.endToEndMs / r.files),
          f2(r.endToEndMs / r.rawMs),
          f2((r.readMs + r.validateMs) / r.rawMs),
          f2(r.endToEndCpuMs / r.rawCpuMs),
          f2(r.readValidateCpuMs / r.rawCpuMs),
          f0(r.peakRssMb),
          f0(r.rawPeakRssMb),
        ].join(" | "),
      )
      .map((line) => `| ${line} |`),
  ];
}

function load(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(", ");
}

export async function runBench(child: string, sizes: number[], runs: number): Promise<BenchRow[]> {
  process.stdout.write(
    `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, ${Math.round(totalmem() / 2 ** 30)} GB; ` +
      `best of ${runs} runs, each phase in its own process; load average before: ${load()}\n`,
  );
  const rows: BenchRow[] = [];
  for (const n of sizes) {
    process.stderr.write(`… ${n} tệp\n`);
    const dir = mkdtempSync(join(tmpdir(), "thidua-bench-"));
    try {
      await makeFiles(n, dir);
      rows.push(benchFiles(child, dir, n, runs));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  for (const line of formatBenchTable(rows)) process.stdout.write(line + "\n");
  process.stdout.write(`load average after: ${load()}\n`);
  return rows;
}
