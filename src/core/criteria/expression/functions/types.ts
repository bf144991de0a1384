import type { Expr } from "../ast";
import type { EvalContext } from "../context";
import type { ExprValue } from "../values";

interface Arity {
  min: number;
  max: number;
}

/** Receives its arguments already evaluated. */
export interface EagerFunction extends Arity {
  lazy?: false;
  apply(args: ExprValue[], ctx: EvalContext): ExprValue;
}

/** Decides itself which arguments to evaluate (IF) or reads them as names (ROWS). */
export interface LazyFunction extends Arity {
  lazy: true;
  apply(args: Expr[], run: (expr: Expr) => ExprValue, ctx: EvalContext): ExprValue;
}

export type FunctionSpec = EagerFunction | LazyFunction;
export type FunctionTable = Readonly<Record<string, FunctionSpec>>;
