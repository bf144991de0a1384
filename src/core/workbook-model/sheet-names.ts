/** Excel's limit on sheet names. */
export const MAX_SHEET_NAME = 31;

/** `name`, or "name (2)", "name (3)"… cut to 31 characters, whichever is not taken (case-insensitive). */
export function uniqueSheetName(name: string, taken: Set<string>): string {
  if (!taken.has(name.toLowerCase())) return name;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = `${name.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
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
