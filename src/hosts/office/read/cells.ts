import { toA1 } from "../../../core/workbook-model/address";
import type { CellSnapshot } from "../../../core/workbook-model/snapshot";

/**
 * Range.values gives an error cell as its error text ("#REF!"); the snapshot keeps it apart as `error`.
 * A text cell that reads exactly like an error is indistinguishable here, and as suspicious.
 */
const EXCEL_ERROR =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!)$/;

/** The three 2-D arrays loaded for a block of cells. */
export interface CellArrays {
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
}

function cellOf(value: unknown, formula: unknown, numFmt: unknown): CellSnapshot | undefined {
  const hasFormula = typeof formula === "string" && formula.startsWith("=");
  if (value === "" && !hasFormula) return undefined;
  const cell: CellSnapshot =
    typeof value === "string" && EXCEL_ERROR.test(value)
      ? { value: null, error: value }
      : {
          value:
            typeof value === "number" || typeof value === "boolean" || typeof value === "string"
              ? value
              : null,
        };
  if (hasFormula) cell.formula = formula.slice(1);
  if (typeof numFmt === "string" && numFmt !== "" && numFmt !== "General") cell.numFmt = numFmt;
  return cell;
}

/** Adds the non-empty cells of a block whose top-left cell is (top, left), 1-based, to `cells`. */
export function addCells(
  cells: Record<string, CellSnapshot>,
  top: number,
  left: number,
  data: CellArrays,
): void {
  data.values.forEach((row, i) =>
    row.forEach((value, j) => {
      const cell = cellOf(value, data.formulas[i]?.[j], data.numberFormat[i]?.[j]);
      if (cell) cells[toA1(top + i, left + j)] = cell;
    }),
  );
}
