/**
 * Excel has no first-line indent (its "indent" moves every line), so a paragraph starts with non-breaking
 * spaces as wide as 1.27 cm: a non-breaking space is a quarter of an em in Times New Roman, so 10 of them at
 * 14 pt. They do not stretch when the line is justified and do not break, so the indent stays exact; a
 * reader that normalises whitespace (as this project's readers do) drops them.
 */
const INDENT_MM = 12.7;
const MM_PER_POINT = 25.4 / 72;
const NBSP_EM = 0.25;
export const NBSP = "\u00a0";

export function firstLineIndent(size: number): string {
  return NBSP.repeat(Math.round(INDENT_MM / (NBSP_EM * size * MM_PER_POINT)));
}
