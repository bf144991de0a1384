import { fail } from "./errors";
import type { CellContent } from "./state";

/**
 * How Excel takes a value assigned through Range.values, as documented in the Excel.Range reference and
 * "Blank and null values in Excel add-ins":
 * - null leaves the cell as it is; "" clears its content;
 * - a string starting with "=", "+" or "-" is interpreted as a formula ("+84912…" becomes "=+84912…"). "@"
 *   starts a formula when typed in Excel; the fake treats it the same, so the host's guard is tested for it;
 * - a string is otherwise read as if typed: "29.96" becomes the number 29.96 (the reference's example);
 * - in a cell whose number format is Text ("@") anything is kept as text, as typing there does.
 * There is no calculation engine: a formula written here reads back with the value "".
 */
export function assignInput(
  current: CellContent | undefined,
  input: unknown,
  numberFormat: string | undefined,
): CellContent | undefined {
  if (input === null) return current;
  if (input === "") return undefined;
  const asText = numberFormat === "@";
  if (typeof input === "number" || typeof input === "boolean")
    return { value: asText ? String(input) : input };
  if (typeof input !== "string") fail("InvalidArgument", `A cell value cannot be ${typeof input}.`);
  if (asText) return { value: input };
  if (/^[=+\-@]/.test(input)) return { value: null, formula: input.startsWith("=") ? input.slice(1) : input };
  if (/^\s*\d+(\.\d+)?\s*$/.test(input)) return { value: Number(input) };
  return { value: input };
}

/** What Range.values gives for a cell: the value (the cached result of a formula), the error text or "". */
export function valueOut(cell: CellContent | undefined): string | number | boolean {
  if (!cell) return "";
  if (cell.error !== undefined) return cell.error;
  return cell.value ?? "";
}

/** What Range.formulas gives: "=…" for a formula, else the value. */
export function formulaOut(cell: CellContent | undefined): string | number | boolean {
  if (cell?.formula !== undefined) return `=${cell.formula}`;
  return valueOut(cell);
}

/** A values/numberFormat/formulas array must match the range's rows and columns (InvalidArgument). */
function isGrid(input: unknown, rows: number, columns: number): input is unknown[][] {
  return (
    Array.isArray(input) &&
    input.length === rows &&
    input.every((row: unknown) => Array.isArray(row) && row.length === columns)
  );
}

export function checkShape(input: unknown, rows: number, columns: number): unknown[][] {
  if (!isGrid(input, rows, columns)) {
    fail(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows} × ${columns}).`,
    );
  }
  return input;
}
