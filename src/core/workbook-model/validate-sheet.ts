import { isA1, RangeRef } from "./address";
import type { CellBlock, CellStyle, PlanValue, SheetPlan } from "./plan";
import { isHexColor } from "./name-rules";
import { fail } from "./plan-error";
import { MAX_CELL_TEXT, MAX_COLUMNS, MAX_ROWS, tryParseRange } from "./sheet-refs";
import { validateLayout } from "./validate-layout";
import { validateTable } from "./validate-table";

interface Area {
  label: string;
  range: RangeRef;
}

export function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function range(sheet: SheetPlan, text: string, what: string): RangeRef {
  return tryParseRange(text) ?? fail(`sheet "${sheet.name}": ${what} "${text}" is not an A1 range`);
}

function cell(sheet: SheetPlan, text: string, what: string): RangeRef {
  if (!isA1(text)) fail(`sheet "${sheet.name}": ${what} "${text}" is not an A1 cell`);
  return range(sheet, text, what);
}

function valueProblem(v: PlanValue): string | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? undefined : "a number must be finite";
  if (typeof v === "string") {
    return v.length > MAX_CELL_TEXT ? `text longer than ${MAX_CELL_TEXT} characters` : undefined;
  }
  if (v === null || typeof v !== "object") return undefined;
  if (typeof v.formula !== "string" || v.formula.replace(/^=/, "").trim() === "") return "empty formula";
  if (typeof v.result === "number" && !Number.isFinite(v.result)) return "a formula result must be finite";
  return undefined;
}

function checkBlock(sheet: SheetPlan, block: CellBlock): void {
  const origin = cell(sheet, block.origin, "block origin");
  let width = 0;
  block.rows.forEach((values, i) => {
    width = Math.max(width, values.length);
    values.forEach((v, j) => {
      const problem = valueProblem(v);
      if (problem) fail(`sheet "${sheet.name}" block ${block.origin}, row ${i}, column ${j}: ${problem}`);
    });
  });
  if (origin.top + block.rows.length - 1 > MAX_ROWS || origin.left + width - 1 > MAX_COLUMNS) {
    fail(`sheet "${sheet.name}": block at ${block.origin} extends past the sheet's last row or column`);
  }
}

function checkStyle(sheet: SheetPlan, style: CellStyle, where: string): void {
  for (const color of [style.fill, style.font?.color]) {
    if (color !== undefined && !isHexColor(color)) {
      fail(`sheet "${sheet.name}" ${where}: colour "${color}" is not RRGGBB`);
    }
  }
}

function checkDisjoint(sheet: SheetPlan, areas: Area[]): void {
  for (let i = 0; i < areas.length; i++) {
    for (let j = i + 1; j < areas.length; j++) {
      if (overlaps(areas[i].range, areas[j].range)) {
        fail(`sheet "${sheet.name}": ${areas[i].label} overlaps ${areas[j].label}`);
      }
    }
  }
}

function mergesOf(sheet: SheetPlan): Area[] {
  return (sheet.merges ?? []).map((m) => {
    const r = range(sheet, m, "merge");
    if (r.top === r.bottom && r.left === r.right) fail(`sheet "${sheet.name}": merge ${m} is one cell`);
    return { label: `merge ${m}`, range: r };
  });
}

function checkNotes(sheet: SheetPlan, merges: Area[]): void {
  const seen = new Set<string>();
  for (const note of sheet.notes ?? []) {
    const at = cell(sheet, note.cell, "note cell");
    const key = `${at.top}:${at.left}`;
    if (seen.has(key)) fail(`sheet "${sheet.name}": two notes on ${note.cell}`);
    seen.add(key);
    const covering = merges.find((m) => overlaps(m.range, at));
    if (covering && (covering.range.top !== at.top || covering.range.left !== at.left)) {
      fail(
        `sheet "${sheet.name}": note on ${note.cell} is inside ${covering.label} but not on its top-left cell`,
      );
    }
  }
}

/** Throws InvalidPlanError for anything in the sheet that would make a file Excel repairs. */
export function validateSheet(sheet: SheetPlan): void {
  sheet.blocks.forEach((block) => checkBlock(sheet, block));
  for (const s of sheet.styles ?? []) {
    range(sheet, s.range, "style range");
    checkStyle(sheet, s.style, `style ${s.range}`);
  }
  const merges = mergesOf(sheet);
  const tables = (sheet.tables ?? []).map((t) => {
    const ref = range(sheet, t.ref, `table "${t.name}" ref`);
    validateTable(t, ref);
    return { label: `table "${t.name}"`, range: ref };
  });
  // Excel repairs a file with merged cells inside a table, or overlapping merges or tables.
  checkDisjoint(sheet, [...merges, ...tables]);
  const validations = (sheet.validations ?? []).map((v) => {
    if (v.values.length === 0) fail(`sheet "${sheet.name}": validation on ${v.range} has no values`);
    return { label: `validation on ${v.range}`, range: range(sheet, v.range, "validation range") };
  });
  checkDisjoint(sheet, validations);
  checkNotes(sheet, merges);
  validateLayout(sheet);
}
