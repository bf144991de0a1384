/**
 * What a mark replaced on one cell, kept as a row of text on the marks sheet so that Clear marks can put
 * it back exactly (and so that it survives saving and reopening the workbook).
 */
export interface MarkRecord {
  sheet: string;
  cell: string;
  /** False when the cell had no fill: clearing then removes the fill rather than painting it white. */
  hadFill: boolean;
  color: string;
  /** RangeFill.pattern (ExcelApi 1.9); "" when it could not be read. */
  pattern: string;
  /** "added": the note is ours; "appended": ours was added to the user's note; "none": no note. */
  note: "none" | "added" | "appended";
  originalNote: string;
}

const HEADER = ["sheet", "cell", "hadFill", "color", "pattern", "note", "originalNote"];

export function markKey(sheet: string, cell: string): string {
  return `${sheet}\u0000${cell}`;
}

export function encodeMarks(records: MarkRecord[]): string[][] {
  return [
    HEADER,
    ...records.map((r) => [
      r.sheet,
      r.cell,
      r.hadFill ? "1" : "0",
      r.color,
      r.pattern,
      r.note,
      r.originalNote,
    ]),
  ];
}

function noteState(text: string): MarkRecord["note"] {
  return text === "added" || text === "appended" ? text : "none";
}

export function decodeMarks(values: unknown[][]): MarkRecord[] {
  return values.slice(1).flatMap((row) => {
    const [sheet, cell, hadFill, color, pattern, note, originalNote] = row.map((v) => String(v ?? ""));
    if (!sheet || !cell) return [];
    return [{ sheet, cell, hadFill: hadFill === "1", color, pattern, note: noteState(note), originalNote }];
  });
}
