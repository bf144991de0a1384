import type { SheetPlan } from "./plan";
import { isHexColor } from "./name-rules";
import { fail } from "./plan-error";
import { MAX_COLUMNS, MAX_ROWS, tryParseRange } from "./sheet-refs";

const MAX_COLUMN_WIDTH = 255;
const MAX_ROW_HEIGHT = 409.5;

function inRange(n: number, min: number, max: number): boolean {
  return Number.isFinite(n) && n >= min && n <= max;
}

/** Column widths, row heights, freeze panes, tab colour and print setup of one sheet. */
export function validateLayout(sheet: SheetPlan): void {
  const bad = (what: string): never => fail(`sheet "${sheet.name}": ${what}`);
  for (const [col, width] of Object.entries(sheet.columnWidths ?? {})) {
    const n = Number(col);
    if (!Number.isInteger(n) || !inRange(n, 1, MAX_COLUMNS) || !inRange(width, 0, MAX_COLUMN_WIDTH)) {
      bad(`column width ${col}=${width}`);
    }
  }
  for (const [row, height] of Object.entries(sheet.rowHeights ?? {})) {
    const n = Number(row);
    if (!Number.isInteger(n) || !inRange(n, 1, MAX_ROWS) || !inRange(height, 0, MAX_ROW_HEIGHT)) {
      bad(`row height ${row}=${height}`);
    }
  }
  const freeze = sheet.freeze;
  if (freeze && !(Number.isInteger(freeze.rows) && inRange(freeze.rows, 0, MAX_ROWS - 1))) bad("freeze rows");
  if (freeze && !(Number.isInteger(freeze.columns) && inRange(freeze.columns, 0, MAX_COLUMNS - 1))) {
    bad("freeze columns");
  }
  if (sheet.tabColor !== undefined && !isHexColor(sheet.tabColor)) {
    bad(`tab colour "${sheet.tabColor}" is not RRGGBB`);
  }

  const print = sheet.print;
  if (!print) return;
  if (print.printArea !== undefined && !tryParseRange(print.printArea)) {
    bad(`print area "${print.printArea}"`);
  }
  if (print.repeatRows !== undefined) {
    const m = /^(\d+):(\d+)$/.exec(print.repeatRows);
    if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2]) || Number(m[2]) > MAX_ROWS) {
      bad(`repeat rows "${print.repeatRows}" (expected "first:last")`);
    }
  }
  if (print.fitToWidth !== undefined && !(Number.isInteger(print.fitToWidth) && print.fitToWidth >= 1)) {
    bad("fitToWidth must be a whole number ≥ 1");
  }
  if (print.fitToHeight !== undefined && !(Number.isInteger(print.fitToHeight) && print.fitToHeight >= 1)) {
    bad("fitToHeight must be a whole number ≥ 1");
  }
  if (print.margins && Object.values(print.margins).some((m) => !inRange(m ?? 0, 0, 1000))) {
    bad("print margins must be between 0 and 1000 mm");
  }
}
