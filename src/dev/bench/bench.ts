import { cpus, totalmem } from "node:os";
import type { Campaign } from "../../core/campaign/model";
import { buildSummaryPlan, consolidate } from "../../core/consolidation";
import { checkWorkbook } from "../../core/validation/validate";
import { checkedFile } from "../../core/validation/file-check";
import type { WorkbookSnapshot } from "../../core/workbook-model/snapshot";
import { readWorkbook, writeWorkbook } from "../../hosts/xlsx";
import { rawExcelJsLoad } from "../../hosts/xlsx/raw-load";
import { sampleBatch } from "../sample/batch";
import { campaignWithUnits } from "../sample/campaign-with-units";

export interface BenchRow {
  files: number;
  rawMs: number;
  readMs: number;
  validateMs: number;
  consolidateMs: number;
  writeMs: number;
  endToEndMs: number;
  peakRssMb: number;
}

/** Workbooks of realistic size: all fields, 5–20 initiatives, 5–30 proposals, one unit each. */
async function makeFiles(campaign: Campaign): Promise<{ name: string; bytes: Uint8Array }[]> {
  const plans = sampleBatch(campaign, { years: [2024], seed: 7000, sample: { large: true } });
  const files: { name: string; bytes: Uint8Array }[] = [];
  for (const f of plans) files.push({ name: f.name.replace("/", "-"), bytes: await writeWorkbook(f.plan) });
  return files;
}

class PeakRss {
  private peak = 0;
  private readonly timer: NodeJS.Timeout;
  constructor() {
    this.sample();
    this.timer = setInterval(() => this.sample(), 20);
  }
  sample(): void {
    this.peak = Math.max(this.peak, process.memoryUsage.rss());
  }
  stop(): number {
    clearInterval(this.timer);
    this.sample();
    return this.peak / 1024 / 1024;
  }
}

async function timed<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

/** One measurement: the same files loaded raw by ExcelJS, then through the whole pipeline. */
export async function benchOnce(n: number): Promise<BenchRow> {
  const campaign = campaignWithUnits(n);
  const files = await makeFiles(campaign);
  global.gc?.();
  const peak = new PeakRss();
  const [, rawMs] = await timed(async () => {
    for (const f of files) await rawExcelJsLoad(f.bytes);
  });
  let validateMs = 0;
  const [checks, readMs] = await timed(async () => {
    const out = [];
    for (const f of files) {
      const snapshot: WorkbookSnapshot = await readWorkbook(f.bytes, f.name);
      const [result, ms] = await timed(() => checkWorkbook(snapshot, campaign));
      validateMs += ms;
      out.push({ check: checkedFile(f.name, result) });
    }
    return out;
  });
  const [result, consolidateMs] = await timed(() => consolidate(checks, campaign, { year: 2024 }));
  const [, writeMs] = await timed(async () => writeWorkbook(buildSummaryPlan(result, campaign)));
  const peakRssMb = peak.stop();
  return {
    files: n,
    rawMs,
    readMs: readMs - validateMs,
    validateMs,
    consolidateMs,
    writeMs,
    endToEndMs: readMs + consolidateMs + writeMs,
    peakRssMb,
  };
}

export function formatBenchTable(rows: BenchRow[]): string[] {
  const f0 = (n: number): string => n.toFixed(0);
  const f2 = (n: number): string => n.toFixed(2);
  const header =
    "| files | raw load ms | read ms | validate ms | consolidate ms | write ms | end-to-end ms | files/s | ms/file | ratio e2e/raw | ratio (read+validate)/raw | peak RSS MB |";
  const rule = "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";
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
          f0(r.peakRssMb),
        ].join(" | "),
      )
      .map((line) => `| ${line} |`),
  ];
}

export async function runBench(sizes: number[]): Promise<BenchRow[]> {
  process.stdout.write(
    `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, ${Math.round(totalmem() / 2 ** 30)} GB\n`,
  );
  const rows: BenchRow[] = [];
  for (const n of sizes) {
    process.stderr.write(`… ${n} tệp\n`);
    rows.push(await benchOnce(n));
  }
  for (const line of formatBenchTable(rows)) process.stdout.write(line + "\n");
  return rows;
}
