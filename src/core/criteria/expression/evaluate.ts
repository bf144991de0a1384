import type { Binary, Call, Expr } from "./ast";
import { compareValues, valuesEqual } from "./compare";
import type { EvalContext } from "./context";
import { ExpressionError } from "./errors";
import { arityFits, describeArity, lookupFunction } from "./functions/registry";
import { finite, scalar, toNumber, toText, type ExprValue } from "./values";

/** Deeper than any rule parseExpression accepts; guards trees built by hand. */
export const MAX_EVALUATION_DEPTH = 1200;

/** Computes a rule. Throws only ExpressionError. */
export function evaluate(expr: Expr, ctx: EvalContext): ExprValue {
  return run(expr, ctx, 0);
}

function run(expr: Expr, ctx: EvalContext, depth: number): ExprValue {
  if (depth > MAX_EVALUATION_DEPTH) {
    throw new ExpressionError("depth", `The rule is nested more than ${MAX_EVALUATION_DEPTH} levels deep`);
  }
  switch (expr.kind) {
    case "number":
    case "string":
    case "boolean":
      return expr.value;
    case "self":
      return ctx.self ?? null;
    case "name": {
      const value = ctx.resolve(expr.name);
      if (value === undefined)
        throw new ExpressionError("unknown-name", `Unknown name ${expr.name}`, expr.name);
      return value;
    }
    case "column": {
      const values = ctx.column(expr.table, expr.column);
      const label = `${expr.table}[${expr.column}]`;
      if (values === undefined)
        throw new ExpressionError("unknown-name", `Unknown table column ${label}`, label);
      return values;
    }
    case "unary": {
      const value = toNumber(run(expr.operand, ctx, depth + 1));
      return expr.op === "-" ? finite(-value, "The minus sign") : value;
    }
    case "percent":
      return finite(toNumber(run(expr.operand, ctx, depth + 1)) / 100, "%");
    case "binary":
      return binary(expr, run(expr.left, ctx, depth + 1), run(expr.right, ctx, depth + 1));
    case "call":
      return call(expr, ctx, depth);
  }
}

/** "with '+'", for the messages of values an operator cannot take: made once, not at every evaluation. */
const OPERATOR_WHERE = new Map<string, string>();

function binary(expr: Binary, left: ExprValue, right: ExprValue): ExprValue {
  let where = OPERATOR_WHERE.get(expr.op);
  if (where === undefined) {
    where = `with '${expr.op}'`;
    OPERATOR_WHERE.set(expr.op, where);
  }
  switch (expr.op) {
    case "&":
      return toText(left, where) + toText(right, where);
    case "=":
      return valuesEqual(scalar(left, where), scalar(right, where));
    case "<>":
      return !valuesEqual(scalar(left, where), scalar(right, where));
    case "<":
    case "<=":
    case ">":
    case ">=":
      return comparison(expr.op, compareValues(scalar(left, where), scalar(right, where)));
    default:
      return arithmetic(expr.op, toNumber(left, where), toNumber(right, where));
  }
}

function comparison(op: "<" | "<=" | ">" | ">=", order: number): boolean {
  switch (op) {
    case "<":
      return order < 0;
    case "<=":
      return order <= 0;
    case ">":
      return order > 0;
    case ">=":
      return order >= 0;
  }
}

function arithmetic(op: "+" | "-" | "*" | "/" | "^", a: number, b: number): number {
  switch (op) {
    case "+":
      return finite(a + b, "The sum");
    case "-":
      return finite(a - b, "The difference");
    case "*":
      return finite(a * b, "The product");
    case "/":
      if (b === 0) throw new ExpressionError("type", "Division by zero");
      return finite(a / b, "The division");
    case "^":
      if (a === 0 && b < 0)
        throw new ExpressionError("type", "Division by zero (0 raised to a negative power)");
      return finite(a ** b, "The power");
  }
}

function call(expr: Call, ctx: EvalContext, depth: number): ExprValue {
  const spec = lookupFunction(expr.name);
  if (!spec) throw new ExpressionError("unknown-function", `Unknown function ${expr.name}`, expr.name);
  if (!arityFits(spec, expr.args.length)) {
    const message = `${expr.name} ${describeArity(spec)}, not ${expr.args.length}`;
    throw new ExpressionError("arity", message, expr.name);
  }
  const evaluateArg = (arg: Expr): ExprValue => run(arg, ctx, depth + 1);
  if (spec.lazy) return spec.apply(expr.args, evaluateArg, ctx);
  return spec.apply(expr.args.map(evaluateArg), ctx);
}
