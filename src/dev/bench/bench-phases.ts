import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSummaryPlan, consolidate } from "../../core/consolidation";
import { checkedFile } from "../../core/validation/file-check";
import { checkWorkbook } from "../../core/validation/validate";
import { readWorkbook, writeWorkbook } from "../../hosts/xlsx";
import { installNativeZlib } from "../../hosts/xlsx/native-zlib";
import { setV8Flags } from "../../cli/node-v8-flags";
import { nodeZlib } from "../../cli/node-zlib";
import { campaignWithUnits } from "../sample/campaign-with-units";

/** Wall and CPU time of one phase, in ms. */
export interface Timing {
  ms: number;
  /**
   * CPU time (user + system, all of the process's threads): on a machine shared with other work it varies
   * far less than wall time, which counts the waits for a core.
   */
  cpuMs: number;
}

/** What one measuring process reports: its phases' times, its own peak resident memory in MB. */
export interface PhaseTimes {
  raw?: Timing;
  read?: Timing;
  validate?: Timing;
  consolidate?: Timing;
  write?: Timing;
  peakRssMb: number;
}

/** The process's peak resident memory so far, in MB, as the system counts it (sampling would miss peaks). */
function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

async function timed<T>(fn: () => Promise<T> | T): Promise<[T, Timing]> {
  const start = performance.now();
  const cpu = cpuNow();
  const value = await fn();
  return [value, { ms: performance.now() - start, cpuMs: cpuNow() - cpu }];
}

/**
 * The folder's files, each read when it is asked for (as the command line does): holding all of them
 * would count their bytes as the pipeline's memory.
 */
function folderFiles(dir: string): { name: string; bytes: () => Uint8Array }[] {
  return readdirSync(dir)
    .sort()
    .map((name) => ({ name, bytes: () => readFileSync(join(dir, name)) }));
}

/** Raw ExcelJS `load` of every file of the folder, nothing else. */
export async function measureRawLoad(dir: string): Promise<PhaseTimes> {
  // Imported here: the pipeline's process must not load ExcelJS (its memory would count as the pipeline's).
  const { rawExcelJsLoad } = await import("./raw-exceljs-load");
  const files = folderFiles(dir);
  global.gc?.();
  const [, raw] = await timed(async () => {
    for (const f of files) await rawExcelJsLoad(f.bytes());
  });
  return { raw, peakRssMb: peakRssMb() };
}

/** thidua's pipeline on the files of the folder: read, validate, consolidate, write the summary. */
export async function measurePipeline(dir: string, units: number): Promise<PhaseTimes> {
  // As the command line does.
  installNativeZlib(nodeZlib);
  setV8Flags();
  const campaign = campaignWithUnits(units);
  const files = folderFiles(dir);
  global.gc?.();
  // Validation's share of the CPU time is taken as its share of the wall time: process.cpuUsage() per
  // file would cost more than some of what it measures.
  let validateMs = 0;
  const [checks, readAndValidate] = await timed(async () => {
    const out = [];
    for (const f of files) {
      const snapshot = await readWorkbook(f.bytes(), f.name);
      const start = performance.now();
      const result = checkWorkbook(snapshot, campaign);
      validateMs += performance.now() - start;
      out.push({ check: checkedFile(f.name, result) });
    }
    return out;
  });
  const validateShare = validateMs / readAndValidate.ms;
  const validate: Timing = { ms: validateMs, cpuMs: readAndValidate.cpuMs * validateShare };
  const [result, consolidateTime] = await timed(() => consolidate(checks, campaign, { year: 2024 }));
  const [, write] = await timed(async () => writeWorkbook(buildSummaryPlan(result, campaign)));
  return {
    read: { ms: readAndValidate.ms - validate.ms, cpuMs: readAndValidate.cpuMs - validate.cpuMs },
    validate,
    consolidate: consolidateTime,
    write,
    peakRssMb: peakRssMb(),
  };
}
