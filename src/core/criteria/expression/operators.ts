import type { BinaryOp, Expr } from "./ast";

/** Excel's precedence, loosest first: comparisons, &, + -, * /, ^, then %, then unary minus. */
export const BINARY_PRECEDENCE: Readonly<Record<BinaryOp, number>> = {
  "=": 1,
  "<>": 1,
  "<": 1,
  "<=": 1,
  ">": 1,
  ">=": 1,
  "&": 2,
  "+": 3,
  "-": 3,
  "*": 4,
  "/": 4,
  "^": 5,
};

export const PERCENT_PRECEDENCE = 6;
export const UNARY_PRECEDENCE = 7;
export const ATOM_PRECEDENCE = 8;

export function isBinaryOp(text: string): text is BinaryOp {
  return Object.prototype.hasOwnProperty.call(BINARY_PRECEDENCE, text);
}

export function precedenceOf(expr: Expr): number {
  switch (expr.kind) {
    case "binary":
      return BINARY_PRECEDENCE[expr.op];
    case "percent":
      return PERCENT_PRECEDENCE;
    case "unary":
      return UNARY_PRECEDENCE;
    default:
      return ATOM_PRECEDENCE;
  }
}
