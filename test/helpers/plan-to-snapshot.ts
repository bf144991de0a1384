/**
 * Turns a WorkbookPlan into the WorkbookSnapshot a host would read back after applying it, so core tests
 * need no Excel library: blocks → cells (formulas → formula with their result or null), names → names,
 * tables → tables, merges kept (cells inside a merge other than its top-left dropped).
 */
import type { CellStyle, PlanValue, SheetPlan, WorkbookPlan } from "../../src/core/workbook-model/plan";
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from "../../src/core/workbook-model/snapshot";
import { parseA1, parseRange, rangeContains, toA1 } from "../../src/core/workbook-model/address";

export function planToSnapshot(plan: WorkbookPlan, fileName = "test.xlsx"): WorkbookSnapshot {
  return {
    fileName,
    sheets: plan.sheets.map(sheetSnapshot),
    names: (plan.names ?? []).map((n) => ({ name: n.name, sheet: n.sheet, ref: n.ref })),
    tables: plan.sheets.flatMap((s) =>
      (s.tables ?? []).map((t) => ({
        name: t.name,
        sheet: s.name,
        ref: t.ref,
        columns: [...t.columns],
        ...(t.totalsRow ? { totalsRow: true } : {}),
      })),
    ),
  };
}

function sheetSnapshot(sheet: SheetPlan): SheetSnapshot {
  const cells: Record<string, CellSnapshot> = {};
  for (const block of sheet.blocks) {
    const origin = parseA1(block.origin);
    block.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        const address = toA1(origin.row + r, origin.col + c);
        const cell = cellOf(value);
        if (cell) cells[address] = cell;
        else delete cells[address];
      }),
    );
  }
  const merges = sheet.merges ?? [];
  for (const merge of merges) {
    const r = parseRange(merge);
    for (const address of Object.keys(cells)) {
      const { row, col } = parseA1(address);
      if (rangeContains(r, row, col) && !(row === r.top && col === r.left)) delete cells[address];
    }
  }
  for (const [address, cell] of Object.entries(cells)) {
    const numFmt = styleAt(sheet, address).numFmt;
    if (numFmt !== undefined && numFmt !== "General") cell.numFmt = numFmt;
  }
  return { name: sheet.name, visibility: sheet.visibility ?? "visible", cells, merges: [...merges] };
}

function cellOf(value: PlanValue): CellSnapshot | undefined {
  if (value === null || value === "") return undefined;
  if (typeof value === "object") return { value: value.result ?? null, formula: value.formula };
  return { value };
}

/** The style a cell ends up with: the plan's styles covering it, merged in order (later wins). */
export function styleAt(sheet: SheetPlan, address: string): CellStyle {
  const { row, col } = parseA1(address);
  let style: CellStyle = {};
  for (const s of sheet.styles ?? []) {
    if (!rangeContains(parseRange(s.range), row, col)) continue;
    style = {
      ...style,
      ...s.style,
      font: s.style.font ? { ...style.font, ...s.style.font } : style.font,
      border: s.style.border ? { ...style.border, ...s.style.border } : style.border,
    };
  }
  return style;
}

/** Every string anywhere in a value (for NFC checks). */
export function allStrings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => [k, ...allStrings(v)]);
  }
  return [];
}
