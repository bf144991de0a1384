import { criterionMatcher } from "../criteria-match";
import { finite, flatten, isBlank, scalar, toNumber, type ExprValue, type Scalar } from "../values";
import type { FunctionTable } from "./types";

/** Numbers of a column; a scalar argument is read as a number (blank skipped, text converted). */
function numbersOf(args: ExprValue[], fn: string): number[] {
  const out: number[] = [];
  for (const arg of args) {
    if (Array.isArray(arg)) {
      for (const v of flatten([arg])) if (typeof v === "number" && Number.isFinite(v)) out.push(v);
    } else if (!isBlank(arg)) {
      out.push(toNumber(arg, `in ${fn}`));
    }
  }
  return out;
}

function columnOf(value: ExprValue): Scalar[] {
  return flatten([value]);
}

/** The smallest or largest number; 0 when there is none (Excel). */
function extreme(numbers: number[], pick: (a: number, b: number) => number): number {
  return numbers.length === 0 ? 0 : numbers.reduce((a, b) => pick(a, b));
}

export const AGGREGATE_FUNCTIONS: FunctionTable = {
  SUM: {
    min: 1,
    max: Infinity,
    apply: (args) =>
      finite(
        numbersOf(args, "SUM").reduce((a, b) => a + b, 0),
        "SUM",
      ),
  },
  MIN: {
    min: 1,
    max: Infinity,
    apply: (args) => extreme(numbersOf(args, "MIN"), Math.min),
  },
  MAX: {
    min: 1,
    max: Infinity,
    apply: (args) => extreme(numbersOf(args, "MAX"), Math.max),
  },
  COUNT: {
    min: 1,
    max: Infinity,
    apply: (args) => flatten(args).filter((v) => typeof v === "number").length,
  },
  COUNTA: { min: 1, max: Infinity, apply: (args) => flatten(args).filter((v) => !isBlank(v)).length },
  COUNTBLANK: { min: 1, max: Infinity, apply: (args) => flatten(args).filter(isBlank).length },
  COUNTIF: {
    min: 2,
    max: 2,
    apply: ([range, criterion]) => {
      const matches = criterionMatcher(scalar(criterion, "as a COUNTIF criterion"));
      return columnOf(range).filter(matches).length;
    },
  },
  SUMIF: {
    min: 2,
    max: 3,
    apply: ([range, criterion, sumRange]) => {
      const matches = criterionMatcher(scalar(criterion, "as a SUMIF criterion"));
      const tested = columnOf(range);
      const summed = sumRange === undefined ? tested : columnOf(sumRange);
      let total = 0;
      tested.forEach((v, i) => {
        const add = summed[i];
        if (matches(v) && typeof add === "number" && Number.isFinite(add)) total += add;
      });
      return finite(total, "SUMIF");
    },
  },
};
