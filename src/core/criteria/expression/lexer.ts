import { SyntaxFailure } from "./syntax-failure";
import type { Token } from "./tokens";

const WHITESPACE = /\s+/uy;
const NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const IDENTIFIER = /[\p{L}_][\p{L}\p{M}\p{N}_]*/uy;
const OPERATOR = /<>|<=|>=|[-+*/^&%=<>≠≤≥]/y;
const SAME_AS: Readonly<Record<string, string>> = { "≠": "<>", "≤": "<=", "≥": ">=" };

function matchAt(pattern: RegExp, source: string, position: number): string | undefined {
  pattern.lastIndex = position;
  return pattern.exec(source)?.[0];
}

/** Splits a rule into tokens, ending with an "end" token. Throws SyntaxFailure. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const space = matchAt(WHITESPACE, source, i);
    if (space) {
      i += space.length;
      continue;
    }
    const token = readToken(source, i);
    tokens.push(token);
    i = token.end;
  }
  tokens.push(make("end", "", source.length, 0));
  return tokens;
}

function make(kind: Token["kind"], text: string, position: number, length: number): Token {
  return { kind, text, position, end: position + length };
}

function readToken(source: string, i: number): Token {
  const ch = source[i];
  const number = matchAt(NUMBER, source, i);
  if (number) return make("number", number, i, number.length);
  if (ch === ".") return make("self", ".", i, 1);
  if (ch === '"') return readString(source, i);
  if (ch === "[") return readColumn(source, i);
  if (ch === "(" || ch === ")") return make(ch, ch, i, 1);
  if (ch === "," || ch === ";") return make("separator", ch, i, 1);
  const identifier = matchAt(IDENTIFIER, source, i);
  if (identifier) return make("identifier", identifier.normalize("NFC"), i, identifier.length);
  const operator = matchAt(OPERATOR, source, i);
  if (operator) return make("operator", SAME_AS[operator] ?? operator, i, operator.length);
  if (ch === "“" || ch === "”") throw new SyntaxFailure('Use straight quotes (") around text', i);
  if (ch === "]") throw new SyntaxFailure("Unexpected ']' without a matching '['", i);
  const shown = String.fromCodePoint(source.codePointAt(i) ?? 0);
  throw new SyntaxFailure(`Unexpected character '${shown}'`, i);
}

/** "..." with "" standing for one quote. */
function readString(source: string, start: number): Token {
  let text = "";
  let i = start + 1;
  for (;;) {
    const end = source.indexOf('"', i);
    if (end < 0) throw new SyntaxFailure("Text is missing its closing quote", start);
    text += source.slice(i, end);
    if (source[end + 1] === '"') {
      text += '"';
      i = end + 2;
    } else {
      return make("string", text, start, end + 1 - start);
    }
  }
}

function readColumn(source: string, start: number): Token {
  const end = source.indexOf("]", start + 1);
  const inner = end < 0 ? "" : source.slice(start + 1, end);
  if (end < 0 || inner.includes("[") || /[\r\n]/.test(inner)) {
    throw new SyntaxFailure("Expected ']' after the column name", start);
  }
  const column = inner.trim().normalize("NFC");
  if (column === "") throw new SyntaxFailure("Expected a column name between '[' and ']'", start);
  return make("column", column, start, end + 1 - start);
}
