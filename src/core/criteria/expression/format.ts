import type { Expr } from "./ast";
import { precedenceOf, BINARY_PRECEDENCE, PERCENT_PRECEDENCE, UNARY_PRECEDENCE } from "./operators";

/**
 * The canonical source of a rule: upper-case functions, ", " between arguments, spaces around
 * binary operators, parentheses only where precedence needs them. It parses back to the same tree.
 */
export function formatExpression(expr: Expr): string {
  switch (expr.kind) {
    case "number":
      return String(expr.value);
    case "string":
      return `"${expr.value.replace(/"/g, '""')}"`;
    case "boolean":
      return expr.value ? "TRUE" : "FALSE";
    case "self":
      return ".";
    case "name":
      return expr.name;
    case "column":
      return `${expr.table}[${expr.column}]`;
    case "unary":
      return expr.op + wrapped(expr.operand, UNARY_PRECEDENCE);
    case "percent":
      return `${wrapped(expr.operand, PERCENT_PRECEDENCE)}%`;
    case "binary": {
      const precedence = BINARY_PRECEDENCE[expr.op];
      // Left-associative: a right operand of the same precedence needs parentheses.
      return `${wrapped(expr.left, precedence)} ${expr.op} ${wrapped(expr.right, precedence + 1)}`;
    }
    case "call":
      return `${expr.name}(${expr.args.map(formatExpression).join(", ")})`;
  }
}

function wrapped(expr: Expr, minPrecedence: number): string {
  const text = formatExpression(expr);
  return precedenceOf(expr) < minPrecedence ? `(${text})` : text;
}
