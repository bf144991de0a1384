import { valuesEqual } from "../compare";
import { flatten, scalar, toCondition, type ExprValue } from "../values";
import type { FunctionTable } from "./types";

/** Scalars must be conditions; inside table columns only TRUE/FALSE and numbers count (Excel). */
function conditions(args: ExprValue[]): boolean[] {
  const out: boolean[] = [];
  for (const arg of args) {
    if (!Array.isArray(arg)) out.push(toCondition(arg));
    else
      for (const v of flatten([arg]))
        if (typeof v === "boolean" || typeof v === "number") out.push(toCondition(v));
  }
  return out;
}

export const LOGICAL_FUNCTIONS: FunctionTable = {
  AND: { min: 1, max: Infinity, apply: (args) => conditions(args).every(Boolean) },
  OR: { min: 1, max: Infinity, apply: (args) => conditions(args).some(Boolean) },
  NOT: { min: 1, max: 1, apply: ([value]) => !toCondition(value) },
  IF: {
    min: 2,
    max: 3,
    lazy: true,
    apply: ([condition, then, otherwise], run) => {
      if (toCondition(run(condition))) return run(then);
      return otherwise ? run(otherwise) : false;
    },
  },
  /** IN(value, choice, ...): TRUE when value equals a choice (text case-insensitive); columns are spread. */
  IN: {
    min: 2,
    max: Infinity,
    apply: ([value, ...choices]) => {
      const v = scalar(value, "as the value of IN");
      return flatten(choices).some((choice) => valuesEqual(v, choice));
    },
  },
};
