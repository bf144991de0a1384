/**
 * Excel criteria as in COUNTIF and SUMIF: ">=5", "<>x", "=x", "x", "" (blank), a number or TRUE/FALSE.
 * Text matches case-insensitively after NFC normalisation, with the wildcards * and ? (~ escapes them).
 */
import { parseLocaleNumber } from "../../locale/numbers";
import { foldKey } from "../../locale/text";
import { compareValues, valuesEqual } from "./compare";
import { isBlank, type Scalar } from "./values";

type CriterionOp = "=" | "<>" | "<" | "<=" | ">" | ">=";
export type Matcher = (value: Scalar) => boolean;

const OPERATOR_PREFIX = /^(<>|<=|>=|=|<|>)?([\s\S]*)$/;

export function criterionMatcher(criterion: Scalar): Matcher {
  if (criterion === null) return isBlank;
  if (typeof criterion !== "string") return withOp("=", criterion);
  const [, op = "=", operandText] = OPERATOR_PREFIX.exec(criterion) ?? [];
  const operand = operandText ?? "";
  if (operand.trim() === "") {
    if (op === "=") return isBlank;
    if (op === "<>") return (value) => !isBlank(value);
    return () => false;
  }
  return withOp(op as CriterionOp, readOperand(operand));
}

function readOperand(text: string): number | string | boolean {
  const word = text.trim().toUpperCase();
  if (word === "TRUE" || word === "FALSE") return word === "TRUE";
  const parsed = parseLocaleNumber(text);
  return parsed.ok ? parsed.value : text;
}

function withOp(op: CriterionOp, operand: number | string | boolean): Matcher {
  const equals = equalityMatcher(operand);
  if (op === "=") return equals;
  if (op === "<>") return (value) => !equals(value);
  // Ordering only looks at values of the operand's own type, as Excel does.
  return (value) => {
    if (value === null || isBlank(value) || typeof value !== typeof operand) return false;
    const order = compareValues(value, operand);
    return op === "<" ? order < 0 : op === "<=" ? order <= 0 : op === ">" ? order > 0 : order >= 0;
  };
}

function equalityMatcher(operand: number | string | boolean): Matcher {
  if (typeof operand === "number") {
    return (value) => {
      if (typeof value === "number") return valuesEqual(value, operand);
      if (typeof value !== "string") return false;
      const parsed = parseLocaleNumber(value);
      return parsed.ok && valuesEqual(parsed.value, operand);
    };
  }
  if (typeof operand === "boolean") return (value) => value === operand;
  const pattern = wildcardPattern(operand);
  return (value) => typeof value === "string" && !isBlank(value) && pattern(foldKey(value));
}

type GlobPart = { star: true } | { star: false; char: string | undefined };

/** A test on folded text; exact comparison when the criterion has no wildcard. */
function wildcardPattern(text: string): (folded: string) => boolean {
  const key = foldKey(text);
  if (!/[*?~]/.test(key)) return (folded) => folded === key;
  const chars = [...key];
  const parts: GlobPart[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === "~" && i + 1 < chars.length && "*?~".includes(chars[i + 1]))
      parts.push({ star: false, char: chars[++i] });
    else if (ch === "*") parts.push({ star: true });
    else parts.push({ star: false, char: ch === "?" ? undefined : ch });
  }
  return (folded) => globMatch(parts, [...folded]);
}

/** Wildcard matching in O(text × pattern), without a backtracking regex. */
function globMatch(parts: GlobPart[], text: string[]): boolean {
  let p = 0;
  let t = 0;
  let starAt = -1;
  let starText = 0;
  while (t < text.length) {
    const part = parts[p];
    if (part && !part.star && (part.char === undefined || part.char === text[t])) {
      p++;
      t++;
    } else if (part && part.star) {
      starAt = p++;
      starText = t;
    } else if (starAt >= 0) {
      p = starAt + 1;
      t = ++starText;
    } else {
      return false;
    }
  }
  while (p < parts.length && parts[p].star) p++;
  return p === parts.length;
}
