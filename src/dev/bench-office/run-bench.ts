/** `npm run bench:office`: round trips and request sizes of each hosts/office operation, against the fake. */
import { DEFAULT_CAMPAIGN } from "../../core/campaign/default-campaign";
import { checkWorkbook } from "../../core/validation/validate";
import type { WorkbookPlan } from "../../core/workbook-model/plan";
import { sampleBatch } from "../sample/batch";
import { officeWorkbookHost } from "../../hosts/office";
import { loadCriteriaInForce } from "../../jobs/criteria-in-force";
import type { WorkbookHost } from "../../hosts/workbook-host";
import { FakeExcel } from "../../hosts/fake/fake-excel";
import { seedPlan } from "../../hosts/fake/seed";
import { largePlan, longSheetPlan, summaryPlanFor } from "./scenarios";

export interface OfficeBenchRow {
  operation: string;
  size: string;
  syncs: number;
  runs: number;
  rejected: number;
  maxRequestBytes: number;
  totalRequestBytes: number;
  maxResponseBytes: number;
  ms: number;
}

async function measure(
  operation: string,
  size: string,
  excel: FakeExcel,
  action: (host: WorkbookHost) => Promise<unknown>,
): Promise<OfficeBenchRow> {
  excel.resetCounts();
  const start = performance.now();
  await action(officeWorkbookHost({ env: excel.env }));
  const ms = performance.now() - start;
  const r = excel.requests;
  return {
    operation,
    size,
    syncs: excel.syncs,
    runs: excel.runs,
    rejected: r.filter((x) => x.failed !== undefined).length,
    maxRequestBytes: Math.max(0, ...r.map((x) => x.bytes)),
    totalRequestBytes: r.reduce((n, x) => n + x.bytes, 0),
    maxResponseBytes: Math.max(0, ...r.map((x) => x.responseBytes)),
    ms,
  };
}

function seeded(plan: WorkbookPlan): FakeExcel {
  const excel = new FakeExcel();
  seedPlan(excel, plan);
  return excel;
}

function emptyWorkbook(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet("Sheet1");
  return excel;
}

const yes = async (): Promise<boolean> => true;

export async function officeBench(units: number[]): Promise<OfficeBenchRow[]> {
  const rows: OfficeBenchRow[] = [];
  for (const n of [1_000, 5_000]) {
    rows.push(
      await measure("readSnapshot (active sheet)", `${n} rows`, seeded(longSheetPlan(n)), (h) =>
        h.readSnapshot("active"),
      ),
    );
  }
  const [unit] = sampleBatch(DEFAULT_CAMPAIGN, {
    years: [2024],
    seed: 7000,
    faulty: [DEFAULT_CAMPAIGN.roster[0].code],
  });
  const unitExcel = seeded(unit.plan);
  rows.push(
    await measure("readSnapshot (all sheets)", "1 unit workbook", unitExcel, (h) => h.readSnapshot("all")),
  );
  const snapshot = await officeWorkbookHost({ env: unitExcel.env }).readSnapshot("all");
  const findings = checkWorkbook(snapshot, DEFAULT_CAMPAIGN).findings;
  rows.push(
    await measure("markFindings", `${findings.length} findings`, unitExcel, (h) => h.markFindings(findings)),
  );
  rows.push(await measure("clearMarks", `${findings.length} findings`, unitExcel, (h) => h.clearMarks()));
  for (const n of units) {
    process.stderr.write(`… ${n} đơn vị\n`);
    const plan = await summaryPlanFor(n);
    const excel = emptyWorkbook();
    rows.push(await measure("writeSheets (summary)", `${n} units`, excel, (h) => h.writeSheets(plan, yes)));
    rows.push(
      await measure("writeSheets (summary, replacing)", `${n} units`, excel, (h) => h.writeSheets(plan, yes)),
    );
    // What the pane reads each time it gets the focus back, beside that summary (it used to read it all).
    rows.push(
      await measure("criteria in force (pane focus)", `${n} units`, excel, (h) => loadCriteriaInForce(h)),
    );
    rows.push(await measure("readSnapshot (all sheets)", `${n} units`, excel, (h) => h.readSnapshot("all")));
  }
  const large = largePlan(12);
  rows.push(
    await measure("writeSheets (large plan)", "12 MB of text", emptyWorkbook(), (h) =>
      h.writeSheets(large, yes),
    ),
  );
  return rows;
}

export function formatOfficeBench(rows: OfficeBenchRow[]): string[] {
  const kb = (n: number): string => (n / 1024).toFixed(0);
  return [
    "| operation | rows/units | syncs | Excel.run | rejected | max request KB | total request KB | max response KB | ms |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ...rows.map(
      (r) =>
        `| ${r.operation} | ${r.size} | ${r.syncs} | ${r.runs} | ${r.rejected} | ${kb(r.maxRequestBytes)} | ${kb(r.totalRequestBytes)} | ${kb(r.maxResponseBytes)} | ${r.ms.toFixed(0)} |`,
    ),
  ];
}

export async function runOfficeBench(units: number[]): Promise<void> {
  const rows = await officeBench(units);
  for (const line of formatOfficeBench(rows)) process.stdout.write(`${line}\n`);
}
