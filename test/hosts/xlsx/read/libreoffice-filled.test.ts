/**
 * The template filled in LibreOffice Calc (headless, driven over UNO by libreoffice-fill.py), with rows
 * typed under both tables, which LibreOffice does not grow: the reader gives ExcelJS's snapshot, and every
 * row reaches the summary. Saved as .ods too, it reads and checks the same. Skips, saying so, where LibreOffice or Python-UNO are missing, unless
 * THIDUA_REQUIRE_E2E=1.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_CAMPAIGN } from "../../../../src/core/campaign/default-campaign";
import { buildSummaryPlan, consolidate } from "../../../../src/core/consolidation";
import { checkedFile } from "../../../../src/core/validation/file-check";
import { checkWorkbook } from "../../../../src/core/validation/validate";
import { parseRange, toA1 } from "../../../../src/core/workbook-model/address";
import { readWorkbookBytes } from "../../../../src/hosts/xlsx/read";
import { writeWorkbook } from "../../../../src/hosts/xlsx";
import { allStrings } from "../../../helpers/plan-to-snapshot";
import { baselineUnit, unitPlan } from "../../../helpers/unit-workbook";
import { readWithExcelJs } from "../exceljs-oracle/read-with-exceljs";
import { snapshotDiff } from "./snapshot-diff";
import type { Finding } from "../../../../src/core/findings/finding";
import { isDateFormat } from "../../../../src/core/submission/parse-date";
import type { WorkbookSnapshot } from "../../../../src/core/workbook-model/snapshot";

const SOFFICE = "/usr/lib/libreoffice/program/soffice.bin";
const PYTHON = "/usr/bin/python3";
const hasUno = existsSync(PYTHON) && spawnSync(PYTHON, ["-c", "import uno"]).status === 0;
const available = existsSync(SOFFICE) && hasUno;
const required = process.env.THIDUA_REQUIRE_E2E === "1";
if (!available && !required)
  console.warn("LibreOffice or Python-UNO missing: skipping the LibreOffice-filled template test.");
const maybe = available || required ? describe : describe.skip;

function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

const TEN = Array.from({ length: 10 }, (_, i) => i + 1);

/** An .xlsx snapshot as an .ods of the same workbook gives it: hidden sheets, date formats only. */
function asOdsKeepsIt(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  const sheets = snapshot.sheets.map((sheet) => {
    const cells: WorkbookSnapshot["sheets"][number]["cells"] = {};
    for (const [address, { numFmt, ...cell }] of Object.entries(sheet.cells))
      cells[address] =
        numFmt !== undefined && isDateFormat(numFmt) ? { ...cell, numFmt: "yyyy-mm-dd" } : cell;
    const visibility = sheet.visibility === "veryHidden" ? "hidden" : sheet.visibility;
    return { ...sheet, visibility, cells };
  });
  return { ...snapshot, sheets };
}

maybe("the template filled in LibreOffice, rows typed under both tables", () => {
  const dir = mkdtempSync(join(tmpdir(), "thidua-lo-fill-"));
  let soffice: ChildProcess | undefined;
  afterAll(async () => {
    // Stop the LibreOffice this test started, by its own pid, if it did not end by itself.
    if (soffice && !(await exited(soffice, 5000)) && soffice.pid) process.kill(soffice.pid, "SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  });

  it("reads as ExcelJS reads it, and every row reaches the summary", async () => {
    const sample = baselineUnit();
    const [initiative] = sample.tables.tbl_initiatives;
    const [, proposal] = sample.tables.tbl_proposals;
    // Ten rows in each table (its whole range), then two more typed under it in LibreOffice.
    sample.tables.tbl_initiatives = TEN.map((i) => ({ ...initiative, stt: i, name: `Sáng kiến số ${i}` }));
    sample.tables.tbl_proposals = TEN.map((i) => ({ ...proposal, stt: i, name: `Người được đề nghị ${i}` }));
    sample.values.b13_initiatives = 12;
    const template = await writeWorkbook(unitPlan(sample));
    const written = readWorkbookBytes(template, "VP-2024.xlsx");
    const typed: { sheet: string; cell: string; value: string | number }[] = [];
    const under: Record<string, string[]> = {};
    const copied: [string, Record<string, unknown>][] = [
      ["tbl_initiatives", initiative],
      ["tbl_proposals", proposal],
    ];
    for (const [id, row] of copied) {
      const table = written.tables.find((t) => t.name === id)!;
      const range = parseRange(table.ref);
      const def = DEFAULT_CAMPAIGN.tables.find((t) => t.id === id)!;
      under[id] = [];
      for (const extra of [11, 12]) {
        const name =
          id === "tbl_initiatives" ? `Sáng kiến gõ dưới bảng ${extra}` : `Nguyễn Văn Dưới ${extra}`;
        under[id].push(name);
        def.columns.forEach((column, i) => {
          const value = column.id === "stt" ? extra : column.id === "name" ? name : row[column.id];
          if ((typeof value === "string" && value !== "") || typeof value === "number")
            typed.push({ sheet: table.sheet, cell: toA1(range.bottom + extra - 10, range.left + i), value });
        });
      }
    }
    const input = join(dir, "template.xlsx");
    const output = join(dir, "VP-2024.xlsx");
    const outputOds = join(dir, "VP-2024.ods");
    const cells = join(dir, "cells.json");
    writeFileSync(input, template);
    writeFileSync(cells, JSON.stringify(typed));

    // A named pipe, not a port: a port found free can be taken meanwhile (by another test's server), and
    // the script would then wait on what answers there.
    const pipe = `thidua-lo-fill-${process.pid}-${Date.now()}`;
    const options = [
      `-env:UserInstallation=file://${dir}/profile`,
      "--headless",
      "--invisible",
      "--norestore",
      "--nologo",
    ];
    // A new profile is set up by a first run that ends at once (LibreOffice would otherwise restart itself).
    spawnSync(SOFFICE, [...options, "--terminate_after_init"], { stdio: "ignore", timeout: 90_000 });
    soffice = spawn(SOFFICE, [...options, `--accept=pipe,name=${pipe};urp;`], {
      stdio: "ignore",
    });
    const fill = spawnSync(
      PYTHON,
      [join(__dirname, "libreoffice-fill.py"), pipe, input, output, cells, outputOds],
      {
        encoding: "utf8",
        timeout: 150_000,
      },
    );
    expect({ status: fill.status, stderr: fill.stderr }).toEqual({ status: 0, stderr: "" });

    const bytes = new Uint8Array(readFileSync(output));
    const ours = readWorkbookBytes(bytes, "VP-2024.xlsx");
    // LibreOffice kept the tables' ranges: the typed rows are outside them.
    expect(ours.tables.find((t) => t.name === "tbl_proposals")?.ref).toBe(
      written.tables.find((t) => t.name === "tbl_proposals")?.ref,
    );
    expect(snapshotDiff(ours, await readWithExcelJs(bytes, "VP-2024.xlsx"))).toEqual([]);

    const result = checkWorkbook(ours, DEFAULT_CAMPAIGN);
    expect(result.submission.tables.tbl_initiatives.rows).toHaveLength(12);
    expect(result.submission.tables.tbl_proposals.rows).toHaveLength(12);
    expect(result.findings.filter((f) => f.code === "rows-below-table").map((f) => f.params.count)).toEqual([
      2, 2,
    ]);

    const summary = buildSummaryPlan(
      consolidate([{ check: checkedFile("VP-2024.xlsx", result) }], DEFAULT_CAMPAIGN, { year: 2024 }),
      DEFAULT_CAMPAIGN,
    );
    const texts = new Set(allStrings(summary));
    for (const name of [...TEN.map((i) => `Người được đề nghị ${i}`), ...under.tbl_proposals])
      expect(texts).toContain(name);
    for (const name of [...TEN.map((i) => `Sáng kiến số ${i}`), ...under.tbl_initiatives])
      expect(texts).toContain(name);

    // Saved as .ods, LibreOffice's own format: the same snapshot, but for what .ods cannot say (a sheet
    // is hidden, not "very hidden"; number formats other than dates are not kept), and the same checks.
    const odsSnapshot = readWorkbookBytes(new Uint8Array(readFileSync(outputOds)), "VP-2024.xlsx");
    expect(snapshotDiff(odsSnapshot, asOdsKeepsIt(ours))).toEqual([]);
    const fromOds = checkWorkbook(odsSnapshot, DEFAULT_CAMPAIGN);
    const place = (f: Finding) => [f.code, f.sheet, f.cell, f.field].join(" ");
    expect(fromOds.findings.map(place)).toEqual(result.findings.map(place));
    expect(fromOds.submission.tables.tbl_proposals.rows).toHaveLength(12);
  }, 180_000);
});
