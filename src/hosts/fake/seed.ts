import { parseA1, parseRange } from "../../core/workbook-model/address";
import type { SheetPlan, WorkbookPlan } from "../../core/workbook-model/plan";
import type { FakeExcel } from "./fake-excel";
import { cellKey, type SheetState } from "./state";

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

function seedSheet(sheet: SheetState, plan: SheetPlan): void {
  for (const block of plan.blocks) {
    const origin = parseA1(block.origin);
    block.rows.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null) return;
        const key = cellKey(origin.row + i, origin.col + j);
        if (typeof v === "object")
          sheet.cells.set(key, { value: v.result ?? null, formula: v.formula.replace(/^=/, "") });
        else if (v === "") sheet.cells.delete(key);
        else sheet.cells.set(key, { value: v });
      }),
    );
  }
  for (const { range, style } of plan.styles ?? []) {
    if (style.numFmt === undefined && style.fill === undefined) continue;
    const r = parseRange(range);
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        const key = cellKey(row, col);
        const format = sheet.formats.get(key) ?? {};
        if (style.numFmt !== undefined) format.numberFormat = style.numFmt;
        if (style.fill !== undefined) format.fill = { color: `#${style.fill}`, pattern: "Solid" };
        sheet.formats.set(key, format);
      }
    }
  }
  sheet.merges = (plan.merges ?? []).map(parseRange);
  for (const m of sheet.merges) {
    for (let row = m.top; row <= m.bottom; row++) {
      for (let col = m.left; col <= m.right; col++)
        if (row !== m.top || col !== m.left) sheet.cells.delete(cellKey(row, col));
    }
  }
}

/**
 * Puts a plan into the fake as a workbook opened in Excel would hold it — values with the formulas' cached
 * results, number formats and fills, merges, tables, names, visibility — without requests, so that a
 * test or the bench can start from a unit's workbook.
 */
export function seedPlan(fake: FakeExcel, plan: WorkbookPlan): void {
  const ids = new Map<string, string>();
  for (const sheetPlan of plan.sheets) {
    const sheet = fake.addSheet(sheetPlan.name, VISIBILITY[sheetPlan.visibility ?? "visible"]);
    ids.set(sheetPlan.name.toLowerCase(), sheet.id);
    seedSheet(sheet, sheetPlan);
    for (const t of sheetPlan.tables ?? []) {
      fake.state.tables.push({
        id: fake.state.nextId("table"),
        name: t.name,
        sheetId: sheet.id,
        range: parseRange(t.ref),
        columns: [...t.columns],
        style: t.style ?? "TableStyleLight9",
        showTotals: t.totalsRow === true,
        showFilterButton: t.showFilter ?? true,
      });
    }
  }
  for (const n of plan.names ?? []) {
    const sheetId = ids.get(n.sheet.toLowerCase());
    if (sheetId) fake.state.names.push({ name: n.name, ref: { sheetId, range: parseRange(n.ref) } });
  }
  const firstVisible = fake.state.sheets.find((s) => s.visibility === "Visible");
  if (firstVisible) fake.state.activeSheetId = firstVisible.id;
}
