/** The very hidden sheet where validation marks record the formats they replaced (see marks/). */
export const MARKS_SHEET = "_thidua_marks";
