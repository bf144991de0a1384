import type { NoteLike, RequestContextLike } from "../excel-api";
import type { Supports } from "../requirements";
import { decodeMarks, type MarkRecord } from "./mark-record";
import { MARKS_SHEET } from "./marks-sheet";
import { SheetProtections, syncMarks } from "./protection";

function restoreFill(context: RequestContextLike, r: MarkRecord, patterns: boolean): void {
  const fill = context.workbook.worksheets.getItem(r.sheet).getRange(r.cell).format.fill;
  if (!r.hadFill) {
    fill.clear();
    return;
  }
  fill.color = r.color;
  if (patterns && r.pattern !== "" && r.pattern !== "Solid") fill.pattern = r.pattern;
}

/**
 * Puts back what the marks replaced — fills (or no fill) and notes — and deletes the record. Without a
 * record it does nothing, so a second call is a no-op. Syncs: 1 when there is nothing to clear, else 4
 * (sheets; the record and protections; fills restored and notes looked up; notes and the record removed),
 * one more when a protection is lifted.
 */
export async function clearMarksWith(context: RequestContextLike, supports: Supports): Promise<number> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const sheetNames = new Set(worksheets.items.map((ws) => ws.name));
  if (!sheetNames.has(MARKS_SHEET)) return 0;

  const used = context.workbook.worksheets.getItem(MARKS_SHEET).getUsedRangeOrNullObject(true);
  used.load("values");
  const protections = new SheetProtections(
    context,
    [...sheetNames].filter((s) => s !== MARKS_SHEET),
  );
  await context.sync();
  const records = used.isNullObject ? [] : decodeMarks(used.values).filter((r) => sheetNames.has(r.sheet));
  protections.checkStructure();
  const lifted = await protections.lift(
    context,
    records.map((r) => r.sheet),
  );

  const patterns = supports("fillPattern");
  const withNotes = supports("notes") ? records.filter((r) => r.note !== "none") : [];
  records.forEach((r) => restoreFill(context, r, patterns));
  const notes: [MarkRecord, NoteLike][] = withNotes.map((r) => {
    const ws = context.workbook.worksheets.getItem(r.sheet);
    const note = ws.notes.getItemOrNullObject(r.cell);
    note.load("content");
    return [r, note];
  });
  await syncMarks(context, lifted, false);

  for (const [r, note] of notes) {
    if (note.isNullObject) continue;
    if (r.note === "added") note.delete();
    else note.content = r.originalNote;
  }
  const marks = context.workbook.worksheets.getItem(MARKS_SHEET);
  // Worksheet.delete fails with InvalidOperation on a "VeryHidden" sheet (Excel.Worksheet.delete reference).
  marks.visibility = "Hidden";
  marks.delete();
  await syncMarks(context, lifted);
  return records.length;
}
