import type { RequestContextLike, WorksheetLike } from "../excel-api";

/** One queued write, with the bytes it adds to a request, so that requests can be packed under 5 MB. */
export interface WriteOp {
  bytes: number;
  queue(context: RequestContextLike): void;
  /** Two halves of a large op (the rows of a 2-D array), for a request that was still too large. */
  split?(): [WriteOp, WriteOp];
}

/** What a queued action costs besides its data: object path, method or property, ids. */
const ACTION_BYTES = 160;

/** UTF-8 length of a string without allocating (Vietnamese text is mostly 2–3 bytes a letter). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function jsonBytes(value: unknown): number {
  return utf8Bytes(JSON.stringify(value) ?? "");
}

export function sheetOf(context: RequestContextLike, sheet: string): WorksheetLike {
  return context.workbook.worksheets.getItem(sheet);
}

/** An op whose data is `payload` (for the size estimate); `queue` makes the calls. */
export function simpleOp(payload: unknown, queue: (context: RequestContextLike) => void): WriteOp {
  return { bytes: ACTION_BYTES + jsonBytes(payload), queue };
}

/** Assigns a 2-D array (values or number formats) to the rows × columns at (top, left), 1-based. */
export function arrayOp(
  sheet: string,
  top: number,
  left: number,
  rows: unknown[][],
  property: "values" | "numberFormat",
): WriteOp {
  const width = rows[0]?.length ?? 0;
  return {
    bytes: ACTION_BYTES + jsonBytes(rows),
    queue(context) {
      const range = sheetOf(context, sheet).getRangeByIndexes(top - 1, left - 1, rows.length, width);
      range[property] = rows;
    },
    split:
      rows.length > 1
        ? () => {
            const mid = Math.ceil(rows.length / 2);
            return [
              arrayOp(sheet, top, left, rows.slice(0, mid), property),
              arrayOp(sheet, top + mid, left, rows.slice(mid), property),
            ];
          }
        : undefined,
  };
}
