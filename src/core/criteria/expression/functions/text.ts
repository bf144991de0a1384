import { normalizeText } from "../../../locale/text";
import { ExpressionError } from "../errors";
import { toText } from "../values";
import type { FunctionTable } from "./types";

/** Short patterns and texts keep a badly written pattern from hanging the check. */
export const MAX_PATTERN_LENGTH = 200;
export const MAX_REGEX_TEXT_LENGTH = 1000;

const compiled = new Map<string, RegExp>();

function compile(pattern: string): RegExp {
  const cached = compiled.get(pattern);
  if (cached) return cached;
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new ExpressionError(
      "regex",
      `The pattern is longer than ${MAX_PATTERN_LENGTH} characters`,
      pattern,
    );
  }
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, "u");
  } catch (e) {
    throw new ExpressionError(
      "regex",
      `The pattern is not valid: ${e instanceof Error ? e.message : String(e)}`,
      pattern,
    );
  }
  if (compiled.size >= 100) compiled.clear();
  compiled.set(pattern, regex);
  return regex;
}

export const TEXT_FUNCTIONS: FunctionTable = {
  /** Characters (code points) of the NFC text, so "ệ" counts 1 whatever the input form. */
  LEN: { min: 1, max: 1, apply: ([text]) => [...toText(text).normalize("NFC")].length },
  TRIM: { min: 1, max: 1, apply: ([text]) => normalizeText(toText(text)) },
  LOWER: { min: 1, max: 1, apply: ([text]) => toText(text).toLocaleLowerCase("vi") },
  UPPER: { min: 1, max: 1, apply: ([text]) => toText(text).toLocaleUpperCase("vi") },
  SUBSTITUTE: {
    min: 3,
    max: 3,
    apply: ([text, old, replacement]) => {
      const search = toText(old);
      const source = toText(text);
      return search === "" ? source : source.split(search).join(toText(replacement));
    },
  },
  /** Google Sheets' REGEXMATCH: TRUE when the pattern (JavaScript, "u" flag) matches part of the text. */
  REGEXMATCH: {
    min: 2,
    max: 2,
    apply: ([text, pattern]) => {
      const regex = compile(toText(pattern).normalize("NFC"));
      const subject = toText(text).normalize("NFC");
      if (subject.length > MAX_REGEX_TEXT_LENGTH) {
        throw new ExpressionError("regex", `The text is longer than ${MAX_REGEX_TEXT_LENGTH} characters`);
      }
      return regex.test(subject);
    },
  },
};
