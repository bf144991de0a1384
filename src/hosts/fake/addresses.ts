import { columnNumber, type RangeRef } from "../../core/workbook-model/address";
import { fail } from "./errors";
import { MAX_COLUMNS, MAX_ROWS } from "./state";

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMNS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d{1,7}):\$?(\d{1,7})$/;

function area(text: string): RangeRef | undefined {
  const columns = COLUMNS.exec(text);
  if (columns) {
    const [a, b] = [columnNumber(columns[1]), columnNumber(columns[2])];
    return { top: 1, bottom: MAX_ROWS, left: Math.min(a, b), right: Math.max(a, b) };
  }
  const rows = ROWS.exec(text);
  if (rows) {
    const [a, b] = [Number(rows[1]), Number(rows[2])];
    return { top: Math.min(a, b), bottom: Math.max(a, b), left: 1, right: MAX_COLUMNS };
  }
  const [first, second, extra] = text.split(":");
  const a = CELL.exec(first ?? "");
  const b = CELL.exec(second ?? first ?? "");
  if (!a || !b || extra !== undefined) return undefined;
  const [r1, c1, r2, c2] = [Number(a[2]), columnNumber(a[1]), Number(b[2]), columnNumber(b[1])];
  const r = {
    top: Math.min(r1, r2),
    bottom: Math.max(r1, r2),
    left: Math.min(c1, c2),
    right: Math.max(c1, c2),
  };
  return r.top >= 1 && r.bottom <= MAX_ROWS && r.left >= 1 && r.right <= MAX_COLUMNS ? r : undefined;
}

/** "A1", "B2:C3", "C:E", "5:7", optionally after "Sheet!" or "'My sheet'!" (and a leading "="). */
export function parseAddress(address: string): { sheet?: string; range: RangeRef } {
  const text = address.trim().replace(/^=/, "");
  const bang = text.lastIndexOf("!");
  const range = area(bang >= 0 ? text.slice(bang + 1) : text);
  if (!range) fail("InvalidArgument", `The address "${address}" is not valid.`);
  if (bang < 0) return { range };
  const raw = text.slice(0, bang);
  const quoted = /^'((?:[^']|'')+)'$/.exec(raw);
  return { sheet: quoted ? quoted[1].replace(/''/g, "'") : raw, range };
}
