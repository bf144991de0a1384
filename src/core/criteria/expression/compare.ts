import { foldKey } from "../../locale/text";
import { isBlank, type Scalar } from "./values";

/** Made on first use: creating a collator costs about 9 ms, and most runs never order two texts. */
let collator: Intl.Collator | undefined;

/** Excel compares numbers on 15 significant digits, so 0.1 + 0.2 = 0.3 holds. */
function roundForComparison(n: number): number {
  // Whole numbers under 15 digits are already exact (most of what the rules compare).
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return n;
  return Number(n.toPrecision(15));
}

function compareNumbers(a: number, b: number): number {
  const x = roundForComparison(a);
  const y = roundForComparison(b);
  return x === y ? 0 : x < y ? -1 : 1;
}

/** Case-insensitive, NFC, spaces trimmed and collapsed; Vietnamese collation for ordering. */
export function compareTexts(a: string, b: string): number {
  if (a === b) return 0;
  const x = foldKey(a);
  const y = foldKey(b);
  if (x === y) return 0;
  const order = (collator ??= new Intl.Collator("vi")).compare(x, y);
  if (order !== 0) return order < 0 ? -1 : 1;
  return x < y ? -1 : 1;
}

type Filled = number | string | boolean;

function typeRank(value: Filled): number {
  return typeof value === "number" ? 0 : typeof value === "string" ? 1 : 2;
}

function blankLike(other: Filled): Filled {
  if (typeof other === "number") return 0;
  if (typeof other === "boolean") return false;
  return "";
}

/**
 * Excel's order of values: a blank takes the type of the other side (0, "" or FALSE);
 * otherwise numbers < texts < booleans, and a text that looks like a number is still text.
 */
export function compareValues(a: Scalar, b: Scalar): number {
  if (a === null || isBlank(a)) {
    return b === null || isBlank(b) ? 0 : compareFilled(blankLike(b), b);
  }
  return b === null || isBlank(b) ? compareFilled(a, blankLike(a)) : compareFilled(a, b);
}

function compareFilled(a: Filled, b: Filled): number {
  if (typeof a === "number" && typeof b === "number") return compareNumbers(a, b);
  if (typeof a === "string" && typeof b === "string") return compareTexts(a, b);
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  return typeRank(a) - typeRank(b);
}

/** compareValues(a, b) === 0, without ordering two texts: they are equal exactly when their keys are. */
export function valuesEqual(a: Scalar, b: Scalar): boolean {
  if (typeof a === "string" && typeof b === "string") return a === b || foldKey(a) === foldKey(b);
  return compareValues(a, b) === 0;
}
