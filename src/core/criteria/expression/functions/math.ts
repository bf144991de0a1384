import { roundHalfAwayFromZero } from "../../../locale/numbers";
import { ExpressionError } from "../errors";
import { finite, toNumber } from "../values";
import type { FunctionTable } from "./types";

/** Multiples as Excel shows them: 0.15 * 20 is 3, not 3.0000000000000004, before rounding up. */
const clean = (n: number): number => Number(n.toPrecision(15));

function divisionByZero(fn: string): ExpressionError {
  return new ExpressionError("type", `${fn} divides by zero`);
}

function toMultiple(fn: "CEILING" | "FLOOR", x: number, significance: number): number {
  if (significance === 0) {
    if (fn === "CEILING" || x === 0) return 0;
    throw divisionByZero(fn);
  }
  if (x > 0 && significance < 0) {
    throw new ExpressionError("type", `${fn} of a positive number needs a positive significance`);
  }
  const quotient = clean(x / significance);
  const steps = fn === "CEILING" ? Math.ceil(quotient) : Math.floor(quotient);
  return finite(clean(steps * significance), fn);
}

export const MATH_FUNCTIONS: FunctionTable = {
  ABS: { min: 1, max: 1, apply: ([x]) => Math.abs(toNumber(x)) },
  INT: { min: 1, max: 1, apply: ([x]) => finite(Math.floor(toNumber(x)), "INT") },
  ROUND: {
    min: 1,
    max: 2,
    apply: ([x, digits = 0]) => finite(roundHalfAwayFromZero(toNumber(x), toNumber(digits)), "ROUND"),
  },
  MOD: {
    min: 2,
    max: 2,
    apply: ([n, d]) => {
      const dividend = toNumber(n);
      const divisor = toNumber(d);
      if (divisor === 0) throw divisionByZero("MOD");
      return finite(clean(dividend - divisor * Math.floor(dividend / divisor)), "MOD");
    },
  },
  CEILING: {
    min: 1,
    max: 2,
    apply: ([x, significance = 1]) => toMultiple("CEILING", toNumber(x), toNumber(significance)),
  },
  FLOOR: {
    min: 1,
    max: 2,
    apply: ([x, significance = 1]) => toMultiple("FLOOR", toNumber(x), toNumber(significance)),
  },
};
