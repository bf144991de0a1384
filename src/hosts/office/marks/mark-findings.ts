import type { Severity } from "../../../core/campaign/model";
import type { Lang } from "../../../core/locale/lang";
import { isA1 } from "../../../core/workbook-model/address";
import { SEVERITY_ORDER, type Finding } from "../../../core/findings/finding";
import { renderFinding } from "../../../core/validation/render-finding";
import type { NoteLike, RangeFillLike, RangeLike, RequestContextLike } from "../excel-api";
import type { NoticeSink } from "../notices";
import type { Supports } from "../requirements";
import { decodeMarks, encodeMarks, markKey, type MarkRecord } from "./mark-record";
import { MARKS_SHEET } from "./marks-sheet";
import { SheetProtections, syncMarks } from "./protection";

/** Excel's "Bad", "Neutral" and a light blue: readable with the cell's text on top. */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};

export interface MarkOptions {
  supports: Supports;
  lang: Lang;
  notice?: NoticeSink;
}

interface Target {
  sheet: string;
  cell: string;
  findings: Finding[];
  fill?: RangeFillLike;
  note?: NoteLike;
}

function targetsOf(findings: Finding[], sheets: Set<string>): Target[] {
  const byCell = new Map<string, Target>();
  for (const f of findings) {
    if (!f.sheet || !f.cell || !sheets.has(f.sheet) || f.sheet === MARKS_SHEET || !isA1(f.cell)) continue;
    const key = markKey(f.sheet, f.cell);
    const target = byCell.get(key) ?? { sheet: f.sheet, cell: f.cell, findings: [] };
    target.findings.push(f);
    byCell.set(key, target);
  }
  return [...byCell.values()];
}

function worst(findings: Finding[]): Severity {
  return findings.reduce<Severity>(
    (w, f) => (SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[w] ? f.severity : w),
    "info",
  );
}

/** The record of a cell marked for the first time, from its loaded fill and note. */
function recordOf(t: Target, patterns: boolean): MarkRecord {
  const fill = t.fill;
  const color = fill?.color ?? "";
  const pattern = patterns && fill ? fill.pattern : "";
  // Without RangeFill.pattern (ExcelApi 1.9) "no fill" reads as white; white is taken as no fill.
  const hadFill = patterns ? pattern !== "None" : color.toUpperCase() !== "#FFFFFF";
  const existing = t.note && !t.note.isNullObject ? t.note.content : undefined;
  return {
    sheet: t.sheet,
    cell: t.cell,
    hadFill,
    color,
    pattern,
    note: !t.note ? "none" : existing === undefined ? "added" : "appended",
    originalNote: existing ?? "",
  };
}

function queueMark(context: RequestContextLike, t: Target, record: MarkRecord | undefined, lang: Lang): void {
  const ws = context.workbook.worksheets.getItem(t.sheet);
  ws.getRange(t.cell).format.fill.color = SEVERITY_FILL[worst(t.findings)];
  if (!t.note) return;
  const message = t.findings.map((f) => renderFinding(f, lang)).join("\n");
  const content = record?.note === "appended" ? `${record.originalNote}\n\n${message}` : message;
  if (t.note.isNullObject) ws.notes.add(t.cell, content);
  else t.note.content = content;
}

function writeRecords(context: RequestContextLike, records: MarkRecord[], exists: boolean): void {
  const sheets = context.workbook.worksheets;
  const sheet = exists ? sheets.getItem(MARKS_SHEET) : sheets.add(MARKS_SHEET);
  if (!exists) sheet.visibility = "VeryHidden";
  const rows = encodeMarks(records);
  const range = sheet.getRangeByIndexes(0, 0, rows.length, rows[0].length);
  // Text format first: a recorded note may start with "=" and must stay text.
  range.numberFormat = rows.map((row) => row.map(() => "@"));
  range.values = rows;
}

/**
 * Marks each finding's cell on this workbook: fill by the worst severity and a note with the messages
 * (ExcelApi 1.18; below it the cell is only filled and the pane's list has the messages). What each cell
 * had is recorded on the very hidden marks sheet first; a cell marked again keeps its first record. Three
 * syncs (sheets; records, fills, notes and protection; the writes), four when a protection is lifted.
 */
export async function markFindingsWith(
  context: RequestContextLike,
  findings: Finding[],
  options: MarkOptions,
): Promise<number> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const sheetNames = new Set(worksheets.items.map((ws) => ws.name));
  const targets = targetsOf(findings, sheetNames);
  if (targets.length === 0) return 0;

  const notes = options.supports("notes");
  const patterns = options.supports("fillPattern");
  const hasRecord = sheetNames.has(MARKS_SHEET);
  const recorded: RangeLike | undefined = hasRecord
    ? context.workbook.worksheets.getItem(MARKS_SHEET).getUsedRangeOrNullObject(true)
    : undefined;
  recorded?.load("values");
  const protections = new SheetProtections(
    context,
    targets.map((t) => t.sheet),
  );
  for (const t of targets) {
    const ws = context.workbook.worksheets.getItem(t.sheet);
    t.fill = ws.getRange(t.cell).format.fill;
    t.fill.load(patterns ? "color,pattern" : "color");
    if (notes) {
      t.note = ws.notes.getItemOrNullObject(t.cell);
      t.note.load("content");
    }
  }
  await context.sync();

  const records = new Map<string, MarkRecord>();
  if (recorded && !recorded.isNullObject) {
    for (const r of decodeMarks(recorded.values)) records.set(markKey(r.sheet, r.cell), r);
  }
  for (const t of targets) {
    const key = markKey(t.sheet, t.cell);
    records.set(key, records.get(key) ?? recordOf(t, patterns));
  }
  if (!hasRecord) protections.checkStructure();
  const lifted = await protections.lift(
    context,
    targets.map((t) => t.sheet),
  );
  // The record is written first: whatever happens next, Clear marks knows what to put back.
  writeRecords(context, [...records.values()], hasRecord);
  for (const t of targets) queueMark(context, t, records.get(markKey(t.sheet, t.cell)), options.lang);
  await syncMarks(context, lifted);

  if (!notes) options.notice?.({ code: "mark-notes-skipped", count: targets.length, items: [] });
  return targets.reduce((n, t) => n + t.findings.length, 0);
}
