import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSummaryPlan, consolidate } from "../../core/consolidation";
import { checkedFile } from "../../core/validation/file-check";
import { checkWorkbook } from "../../core/validation/validate";
import { readWorkbook, writeWorkbook } from "../../hosts/xlsx";
import { campaignWithUnits } from "../sample/campaign-with-units";

/** What one measuring process reports: times in ms, its own peak resident memory in MB. */
export interface PhaseTimes {
  rawMs?: number;
  readMs?: number;
  validateMs?: number;
  consolidateMs?: number;
  writeMs?: number;
  peakRssMb: number;
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

function loadFiles(dir: string): { name: string; bytes: Uint8Array }[] {
  return readdirSync(dir)
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
}

/** Raw ExcelJS `load` of every file of the folder, nothing else. */
export async function measureRawLoad(dir: string): Promise<PhaseTimes> {
  // Imported here: the pipeline's process must not load ExcelJS (its memory would count as the pipeline's).
  const { rawExcelJsLoad } = await import("./raw-exceljs-load");
  const files = loadFiles(dir);
  global.gc?.();
  const peak = new PeakRss();
  const [, rawMs] = await timed(async () => {
    for (const f of files) await rawExcelJsLoad(f.bytes);
  });
  return { rawMs, peakRssMb: peak.stop() };
}

/** thidua's pipeline on the files of the folder: read, validate, consolidate, write the summary. */
export async function measurePipeline(dir: string, units: number): Promise<PhaseTimes> {
  const campaign = campaignWithUnits(units);
  const files = loadFiles(dir);
  global.gc?.();
  const peak = new PeakRss();
  let validateMs = 0;
  const [checks, readAndValidateMs] = await timed(async () => {
    const out = [];
    for (const f of files) {
      const snapshot = await readWorkbook(f.bytes, f.name);
      const [result, ms] = await timed(() => checkWorkbook(snapshot, campaign));
      validateMs += ms;
      out.push({ check: checkedFile(f.name, result) });
    }
    return out;
  });
  const [result, consolidateMs] = await timed(() => consolidate(checks, campaign, { year: 2024 }));
  const [, writeMs] = await timed(async () => writeWorkbook(buildSummaryPlan(result, campaign)));
  return {
    readMs: readAndValidateMs - validateMs,
    validateMs,
    consolidateMs,
    writeMs,
    peakRssMb: peak.stop(),
  };
}
