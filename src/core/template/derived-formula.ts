/**
 * The Excel formula of a derived field (a total). The rule language's names are field ids, which are not
 * valid in Excel formulas ("c1" is a cell), so each field id becomes the address of its cell. A plain sum
 * of cells that sit one under the other becomes SUM(first:last).
 */
import { parseA1 } from "../workbook-model/address";

const PLAIN_SUM = /^\s*[A-Za-z_][A-Za-z0-9_]*(?:\s*\+\s*[A-Za-z_][A-Za-z0-9_]*)*\s*$/;
const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]*/y;

export function derivedFormula(
  expression: string,
  addressOf: (fieldId: string) => string | undefined,
): string {
  if (PLAIN_SUM.test(expression)) {
    const addresses = expression.split("+").map((id) => addressOf(id.trim()));
    const range = contiguousColumn(addresses);
    if (range) return `SUM(${range})`;
  }
  return substituteNames(expression, addressOf);
}

function contiguousColumn(addresses: (string | undefined)[]): string | undefined {
  if (addresses.length < 2 || addresses.some((a) => a === undefined)) return undefined;
  const cells = (addresses as string[]).map(parseA1);
  const ok = cells.every((c, i) => c.col === cells[0].col && c.row === cells[0].row + i);
  return ok ? `${addresses[0]}:${addresses[addresses.length - 1]}` : undefined;
}

function substituteNames(expression: string, addressOf: (fieldId: string) => string | undefined): string {
  let out = "";
  let i = 0;
  while (i < expression.length) {
    const ch = expression[i];
    if (ch === '"') {
      const end = stringEnd(expression, i);
      out += expression.slice(i, end);
      i = end;
      continue;
    }
    IDENTIFIER.lastIndex = i;
    const match = /[A-Za-z_]/.test(ch) ? IDENTIFIER.exec(expression) : null;
    if (match) {
      const id = match[0];
      const isCall = /^\s*\(/.test(expression.slice(i + id.length));
      out += isCall ? id : (addressOf(id) ?? id);
      i += id.length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** Index just after a string literal starting at `start` ("" inside is an escaped quote). */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === '"') {
      if (text[i + 1] === '"') i += 2;
      else return i + 1;
    } else i++;
  }
  return text.length;
}
