import {
  offsetA1,
  parseA1,
  parseRange,
  rangeToA1,
  type RangeRef,
} from "../../../core/workbook-model/address";
import type { SheetPlan } from "../../../core/workbook-model/plan";
import { validateSheet } from "../../../core/workbook-model/validate-sheet";
import { HostError, officeErrorCode } from "../errors";
import type { ExcelRun, RequestContextLike } from "../excel-api";
import { shiftRange } from "../sheet-address";
import { hasFormulas, runOps } from "./run-ops";
import type { SkipCounts } from "./setup-ops";
import { mergeOps } from "./sheet-ops";
import { styleOps } from "./style-ops";
import { collectGrid, valueOps } from "./value-ops";
import type { WriteOptions } from "./write-sheets";

/** The section with its A1 moved to the 0-based (row, column). */
export function shiftSection(section: SheetPlan, rows: number, cols: number): SheetPlan {
  return {
    ...section,
    blocks: section.blocks.map((b) => ({ ...b, origin: offsetA1(b.origin, rows, cols) })),
    styles: section.styles?.map((s) => ({ ...s, range: shiftRange(s.range, rows, cols) })),
    merges: section.merges?.map((m) => shiftRange(m, rows, cols)),
  };
}

/** The rectangle the section's values and merges cover, if any. */
function extent(section: SheetPlan): string | undefined {
  const areas: RangeRef[] = (section.merges ?? []).map(parseRange);
  for (const block of section.blocks) {
    const o = parseA1(block.origin);
    const width = Math.max(0, ...block.rows.map((r) => r.length));
    if (block.rows.length > 0 && width > 0) {
      areas.push({
        top: o.row,
        left: o.col,
        bottom: o.row + block.rows.length - 1,
        right: o.col + width - 1,
      });
    }
  }
  if (areas.length === 0) return undefined;
  return rangeToA1({
    top: Math.min(...areas.map((a) => a.top)),
    left: Math.min(...areas.map((a) => a.left)),
    bottom: Math.max(...areas.map((a) => a.bottom)),
    right: Math.max(...areas.map((a) => a.right)),
  });
}

async function selectionStart(
  context: RequestContextLike,
): Promise<{ sheet: string; row: number; col: number }> {
  const selected = context.workbook.getSelectedRange();
  selected.load("rowIndex,columnIndex");
  // The selection is always on the active sheet.
  const worksheet = context.workbook.worksheets.getActiveWorksheet();
  worksheet.load("name");
  try {
    await context.sync();
  } catch (error) {
    if (officeErrorCode(error) !== "InvalidSelection") throw error;
    throw new HostError("selection-missing", {}, "No cell is selected", { cause: error });
  }
  return { sheet: worksheet.name, row: selected.rowIndex, col: selected.columnIndex };
}

/**
 * Writes a section's values, merges and styles with its A1 at the selected cell. Nothing is overwritten:
 * when the cells it would fill are not empty, it stops before writing. Syncs: 2, then one per request.
 */
export async function insertSection(run: ExcelRun, section: SheetPlan, options: WriteOptions): Promise<void> {
  validateSheet(section);
  await run(async (context) => {
    const start = await selectionStart(context);
    const moved = shiftSection(section, start.row, start.col);
    const area = extent(moved);
    if (area) {
      const target = context.workbook.worksheets.getItem(start.sheet).getRange(area);
      target.load("formulas");
      await context.sync();
      if (target.formulas.some((row) => row.some((v) => v !== ""))) {
        throw new HostError("target-not-empty", { range: area }, `The range ${area} is not empty`);
      }
    }
    const counts: SkipCounts = { notesSkipped: 0, indentSkipped: 0, printSkipped: [], validationsCut: [] };
    const ops = [
      ...valueOps(start.sheet, collectGrid(moved.blocks)),
      ...mergeOps(start.sheet, moved.merges ?? []),
      ...styleOps(start.sheet, moved.styles ?? [], options.supports, counts),
    ];
    try {
      await runOps(context, ops, options.requestBytes);
      if (hasFormulas(moved.blocks)) {
        // Written with calculation suspended: recalculate so totals do not show stale values.
        context.application.calculate("Recalculate");
        await context.sync();
      }
    } catch (error) {
      if (officeErrorCode(error) !== "AccessDenied") throw error;
      throw new HostError("sheet-protected", { sheets: start.sheet }, `Sheet ${start.sheet} is protected`, {
        cause: error,
      });
    }
    if (counts.indentSkipped > 0)
      options.notice?.({ code: "indent-skipped", count: counts.indentSkipped, items: [] });
  });
}
