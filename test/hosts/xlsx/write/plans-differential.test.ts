/**
 * Every kind of workbook thidua writes, written by the streaming writer and read back by the reader and by
 * ExcelJS (the oracle): the same snapshot from both, equal to what the plan says (values, formulas with
 * cached results, merges, tables, sheet names and visibility, the hidden record sheet), and, through
 * ExcelJS, the styles that matter (bold, italic, fills, number formats, borders, alignment, locking) and
 * the list validations.
 */
import ExcelJS from "exceljs";
import { DEFAULT_CAMPAIGN } from "../../../../src/core/campaign/default-campaign";
import { feedbackBooks } from "../../../../src/core/chase";
import { buildSummaryPlan, consolidate, type Consolidation } from "../../../../src/core/consolidation";
import type { ConsolidationOptions } from "../../../../src/core/consolidation/model";
import { buildCriteriaPlan } from "../../../../src/core/criteria/workbook/write-criteria";
import { buildReport, buildReportPlan, reportSettings } from "../../../../src/core/report";
import { buildTemplatePlan } from "../../../../src/core/template";
import { checkedFile } from "../../../../src/core/validation/file-check";
import { checkWorkbook } from "../../../../src/core/validation/validate";
import { parseRange, toA1 } from "../../../../src/core/workbook-model/address";
import type { CellStyle, SheetPlan, WorkbookPlan } from "../../../../src/core/workbook-model/plan";
import type { WorkbookSnapshot } from "../../../../src/core/workbook-model/snapshot";
import { sampleBatch } from "../../../../src/dev/sample/batch";
import { writeWorkbook } from "../../../../src/hosts/xlsx";
import { readWorkbookBytes } from "../../../../src/hosts/xlsx/read";
import { asOutputFile } from "../../../../src/jobs/output-file";
import { planToSnapshot, styleAt } from "../../../helpers/plan-to-snapshot";
import { readWithExcelJs } from "../exceljs-oracle/read-with-exceljs";
import { snapshotDiff } from "../read/snapshot-diff";

type ExcelJsBytes = Parameters<ExcelJS.Xlsx["load"]>[0];

function consolidation(options: ConsolidationOptions): Consolidation {
  const years = [2023, 2024];
  const batch = sampleBatch(DEFAULT_CAMPAIGN, { years, seed: 11, missing: ["TTr"], faulty: ["QLXD"] });
  const inputs = batch.map((f) => ({
    check: checkedFile(f.name, checkWorkbook(planToSnapshot(f.plan, f.name), DEFAULT_CAMPAIGN)),
  }));
  return consolidate(inputs, DEFAULT_CAMPAIGN, options);
}

function plans(): [string, WorkbookPlan][] {
  const c = consolidation({ year: 2024 });
  const period = consolidation({ period: { from: 2023, to: 2024 } });
  const settings = reportSettings(DEFAULT_CAMPAIGN.settings);
  const report = (kind: "annual" | "interim" | "final"): WorkbookPlan =>
    asOutputFile(
      buildReportPlan(buildReport(kind === "annual" ? c : period, DEFAULT_CAMPAIGN, settings, kind)),
      DEFAULT_CAMPAIGN,
      "report",
    );
  const feedback = feedbackBooks(c);
  expect(feedback.length).toBeGreaterThan(0);
  return [
    ["summary", asOutputFile(buildSummaryPlan(c, DEFAULT_CAMPAIGN), DEFAULT_CAMPAIGN, "summary")],
    [
      "summary (period)",
      asOutputFile(buildSummaryPlan(period, DEFAULT_CAMPAIGN), DEFAULT_CAMPAIGN, "summary"),
    ],
    ["report (annual)", report("annual")],
    ["report (interim)", report("interim")],
    ["report (final)", report("final")],
    ["template", buildTemplatePlan(DEFAULT_CAMPAIGN, { unitCode: "VP", year: 2024 })],
    ["criteria", asOutputFile(buildCriteriaPlan(DEFAULT_CAMPAIGN), DEFAULT_CAMPAIGN, "criteria")],
    ["chase feedback", feedback[0].plan],
  ];
}

/** The reader gives "" for a cell written empty; a plan's "" means "nothing there". */
function withoutEmptyText(s: WorkbookSnapshot): WorkbookSnapshot {
  return {
    ...s,
    sheets: s.sheets.map((sheet) => ({
      ...sheet,
      cells: Object.fromEntries(
        Object.entries(sheet.cells).filter(([, c]) => !(c.value === "" && c.formula === undefined)),
      ),
      merges: [...sheet.merges].sort(),
    })),
  };
}

/** What the plan says, with the hidden list sheet the writer adds when a list is too long to be inline. */
function expectedSnapshot(plan: WorkbookPlan, read: WorkbookSnapshot): WorkbookSnapshot {
  const expected = planToSnapshot(plan, read.fileName);
  const lists = read.sheets.slice(plan.sheets.length);
  expect(lists.map((s) => [s.name.startsWith("_lists"), s.visibility])).toEqual(
    lists.map(() => [true, "hidden"]),
  );
  return withoutEmptyText({ ...expected, sheets: [...expected.sheets, ...lists] });
}

interface Cell {
  font: Partial<ExcelJS.Font>;
  fill: ExcelJS.Fill | undefined;
  numFmt: string | undefined;
  border: Partial<ExcelJS.Borders> | undefined;
  alignment: Partial<ExcelJS.Alignment> | undefined;
  protection: Partial<ExcelJS.Protection> | undefined;
}

/** The parts of a plan style ExcelJS reports, in ExcelJS's words. */
function styleProblems(expected: CellStyle, cell: Cell): string[] {
  const out: string[] = [];
  const check = (what: string, want: unknown, got: unknown) => {
    if (want !== undefined && want !== got) out.push(`${what}: want ${String(want)}, got ${String(got)}`);
  };
  check("bold", expected.font?.bold && true, cell.font?.bold);
  check("italic", expected.font?.italic && true, cell.font?.italic);
  check("font", expected.font?.name, cell.font?.name);
  check("size", expected.font?.size, cell.font?.size);
  check("colour", expected.font?.color && `FF${expected.font.color.toUpperCase()}`, cell.font?.color?.argb);
  const fill = cell.fill?.type === "pattern" ? cell.fill.fgColor?.argb : undefined;
  check("fill", expected.fill && `FF${expected.fill.toUpperCase()}`, fill);
  check("numFmt", expected.numFmt === "General" ? undefined : expected.numFmt, cell.numFmt);
  for (const side of ["top", "bottom", "left", "right"] as const) {
    check(`border ${side}`, expected.border?.[side], cell.border?.[side]?.style);
  }
  check("horizontal", expected.horizontal, cell.alignment?.horizontal);
  check("vertical", expected.vertical, cell.alignment?.vertical);
  check("wrap", expected.wrap || undefined, cell.alignment?.wrapText);
  check("indent", expected.indent || undefined, cell.alignment?.indent);
  if (expected.locked === false && cell.protection?.locked !== false) out.push("not unlocked");
  return out;
}

/** Cells of each styled range: its corners and its middle (every cell would take minutes for the summary). */
function sampleCells(sheet: SheetPlan): string[] {
  const cells = new Set<string>();
  for (const s of sheet.styles ?? []) {
    const r = parseRange(s.range);
    const midRow = Math.floor((r.top + r.bottom) / 2);
    const midCol = Math.floor((r.left + r.right) / 2);
    for (const [row, col] of [
      [r.top, r.left],
      [r.bottom, r.right],
      [midRow, midCol],
      [r.top, r.right],
      [r.bottom, r.left],
    ]) {
      cells.add(toA1(row, col));
    }
  }
  return [...cells];
}

function validationModel(ws: ExcelJS.Worksheet): Record<string, { type: string; formulae: string[] }> {
  return (
    ws as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }
  ).dataValidations.model;
}

/** The values a list validation's formula allows: inline, or a column of the hidden list sheet. */
function listValues(workbook: ExcelJS.Workbook, formula: string): string[] {
  if (formula.startsWith('"')) return formula.slice(1, -1).split(",");
  const m = /^'?(.+?)'?!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(formula);
  if (!m) throw new Error(`unexpected list formula ${formula}`);
  const ws = workbook.getWorksheet(m[1]);
  const out: string[] = [];
  for (let row = Number(m[3]); row <= Number(m[4]); row++)
    out.push(String(ws?.getCell(`${m[2]}${row}`).value));
  return out;
}

describe("every kind of workbook, written and read back by the reader and by ExcelJS", () => {
  for (const [kind, plan] of plans()) {
    describe(kind, () => {
      let bytes: Uint8Array;
      let ours: WorkbookSnapshot;
      const workbook = new ExcelJS.Workbook();
      beforeAll(async () => {
        bytes = await writeWorkbook(plan);
        ours = readWorkbookBytes(bytes, `${kind}.xlsx`);
        await workbook.xlsx.load(bytes as unknown as ExcelJsBytes);
      });

      it("reads the same snapshot with the reader and with ExcelJS", async () => {
        expect(snapshotDiff(ours, await readWithExcelJs(bytes, ours.fileName))).toEqual([]);
      });

      it("reads what the plan wrote: sheets, visibility, values, formulas, merges, tables, names", () => {
        expect(snapshotDiff(withoutEmptyText(ours), expectedSnapshot(plan, ours))).toEqual([]);
        expect(ours.sheets.map((s) => s.name).slice(0, plan.sheets.length)).toEqual(
          plan.sheets.map((s) => s.name),
        );
      });

      it("keeps the styles that matter", () => {
        const problems: string[] = [];
        for (const sheet of plan.sheets) {
          const ws = workbook.getWorksheet(sheet.name);
          for (const address of sampleCells(sheet)) {
            const cell = ws?.getCell(address) as unknown as Cell;
            for (const p of styleProblems(styleAt(sheet, address), cell))
              problems.push(`${sheet.name}!${address} ${p}`);
          }
        }
        expect(problems).toEqual([]);
      });

      it("keeps the list validations, one per range, with their values", () => {
        for (const sheet of plan.sheets) {
          const model = validationModel(workbook.getWorksheet(sheet.name) as ExcelJS.Worksheet);
          for (const v of sheet.validations ?? []) {
            const r = parseRange(v.range);
            for (const address of [toA1(r.top, r.left), toA1(r.bottom, r.right)]) {
              const found = model[address];
              expect({ address, type: found?.type }).toEqual({ address, type: "list" });
              expect(listValues(workbook, found.formulae[0])).toEqual(v.values);
            }
          }
        }
      });
    });
  }

  it("writes the summary's hidden record sheet, so that thidua knows its own file", async () => {
    const plan = plans()[0][1];
    const read = readWorkbookBytes(await writeWorkbook(plan), "tong-hop.xlsx");
    const meta = plan.sheets[plan.sheets.length - 1];
    expect(read.sheets.find((s) => s.name === meta.name)?.visibility).toBe(meta.visibility);
    expect(meta.visibility).not.toBe("visible");
  });
});
