import { columnLetters, columnNumber, CellRef } from "../../core/workbook-model/address";
import { MAX_COLUMNS, MAX_ROWS } from "../../core/workbook-model/sheet-refs";

/** Parts of a formula that hold no cell references: string literals, quoted sheet names, structured refs. */
const LITERAL = /"(?:[^"]|"")*"|'(?:[^']|'')*'|\[[^\]]*\]/g;
const REFERENCE = /(^|[^A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(!.])/g;

function slide(segment: string, rows: number, cols: number): string {
  return segment.replace(
    REFERENCE,
    (whole, before: string, colAbs: string, letters: string, rowAbs: string, digits: string) => {
      let col = columnNumber(letters);
      let row = Number(digits);
      if (col > MAX_COLUMNS || row < 1 || row > MAX_ROWS) return whole;
      if (!colAbs) col += cols;
      if (!rowAbs) row += rows;
      if (col < 1 || row < 1) return `${before}#REF!`;
      return `${before}${colAbs}${columnLetters(col)}${rowAbs}${row}`;
    },
  );
}

/**
 * The formula a cell of a shared formula holds: the master's formula with its relative references moved
 * by the distance from the master cell. (Files store the text once, on the master.)
 */
export function slideFormula(formula: string, from: CellRef, to: CellRef): string {
  const rows = to.row - from.row;
  const cols = to.col - from.col;
  let out = "";
  let last = 0;
  for (const m of formula.matchAll(LITERAL)) {
    out += slide(formula.slice(last, m.index), rows, cols) + m[0];
    last = (m.index ?? 0) + m[0].length;
  }
  return out + slide(formula.slice(last), rows, cols);
}
