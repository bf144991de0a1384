import { AGGREGATE_FUNCTIONS } from "./aggregate";
import { DATE_FUNCTIONS } from "./date";
import { INFO_FUNCTIONS } from "./info";
import { LOGICAL_FUNCTIONS } from "./logical";
import { MATH_FUNCTIONS } from "./math";
import { TABLE_FUNCTIONS } from "./table";
import { TEXT_FUNCTIONS } from "./text";
import type { FunctionSpec } from "./types";

const FUNCTIONS = new Map<string, FunctionSpec>(
  [
    LOGICAL_FUNCTIONS,
    AGGREGATE_FUNCTIONS,
    MATH_FUNCTIONS,
    TEXT_FUNCTIONS,
    INFO_FUNCTIONS,
    DATE_FUNCTIONS,
    TABLE_FUNCTIONS,
  ].flatMap((table) => Object.entries(table)),
);

/** Function names are case-insensitive. */
export function lookupFunction(name: string): FunctionSpec | undefined {
  // Rules mostly write them in capitals: look that up before making an upper-case copy.
  return FUNCTIONS.get(name) ?? FUNCTIONS.get(name.toUpperCase());
}

export function functionNames(): string[] {
  return [...FUNCTIONS.keys()].sort();
}

/** "takes exactly 1 argument", "takes 2 to 3 arguments", "takes at least 1 argument". */
export function describeArity({ min, max }: FunctionSpec): string {
  const plural = (n: number): string => `${n} argument${n === 1 ? "" : "s"}`;
  if (min === max) return min === 0 ? "takes no arguments" : `takes exactly ${plural(min)}`;
  if (max === Infinity) return `takes at least ${plural(min)}`;
  return `takes ${min} to ${plural(max)}`;
}

export function arityFits(spec: FunctionSpec, count: number): boolean {
  return count >= spec.min && count <= spec.max;
}
