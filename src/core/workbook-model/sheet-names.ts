/** Excel's limit on sheet names. */
export const MAX_SHEET_NAME = 31;

/** The hidden sheet both hosts put long drop-down lists on. */
export const LISTS_SHEET = "_lists";

/** Excel reserves this sheet name (for its change history) and refuses it. */
const RESERVED = "history";

/** `name` cut to 31 characters with `suffix` kept whole ("… (cũ)"), and no apostrophe left at the end. */
export function fitSheetName(name: string, suffix = ""): string {
  const base = [...name].slice(0, MAX_SHEET_NAME - suffix.length).join("");
  return `${base.replace(/'+$/, "")}${suffix}`;
}

/**
 * `name`, or "name (2)", "name (3)"… cut to 31 characters, whichever is not taken (case-insensitive) and
 * is not the reserved "History".
 */
export function uniqueSheetName(name: string, taken: Set<string>): string {
  const free = (candidate: string): boolean =>
    !taken.has(candidate.toLowerCase()) && candidate.toLowerCase() !== RESERVED;
  if (free(name)) return name;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = fitSheetName(name, suffix);
    if (free(candidate)) return candidate;
  }
}

/** `name`, or "name_2", "name_3"… for table and defined names, which share one namespace. */
export function uniqueDefinedName(name: string, taken: Set<string>): string {
  if (!taken.has(name.toLowerCase())) return name;
  for (let i = 2; ; i++) {
    const candidate = `${name}_${i}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
