/** Excel's rules for sheet, defined and table names; each returns what is wrong, or undefined. */

const SHEET_FORBIDDEN = /[[\]:*?/\\]/;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/;

export function sheetNameProblem(name: string): string | undefined {
  if (name.length === 0) return "is empty";
  if (name.length > 31) return "is longer than 31 characters";
  if (SHEET_FORBIDDEN.test(name)) return "contains one of the characters [ ] : * ? / \\";
  if (CONTROL.test(name)) return "contains a control character";
  if (name.startsWith("'") || name.endsWith("'")) return "starts or ends with an apostrophe";
  if (name.toLowerCase() === "history") return 'is "History", which Excel reserves';
  return undefined;
}

/** Defined names and table names share these rules (tables are names in Excel's formula language). */
export function definedNameProblem(name: string): string | undefined {
  if (name.length === 0 || name.length > 255) return "must have 1 to 255 characters";
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) {
    return "must start with a letter or underscore and contain only letters, digits, underscores and periods";
  }
  if (/^[A-Za-z]{1,3}\d+$/.test(name)) return "looks like a cell reference";
  if (/^[Rr]\d*([Cc]\d*)?$/.test(name) || /^[Cc]\d*$/.test(name)) return "looks like an R1C1 reference";
  if (/^(true|false)$/i.test(name)) return "is a logical value";
  return undefined;
}

export function tableColumnProblem(name: string): string | undefined {
  if (name.trim() === "") return "is empty";
  if (name.length > 255) return "is longer than 255 characters";
  return undefined;
}

export function isHexColor(color: string): boolean {
  return /^[0-9A-Fa-f]{6}$/.test(color);
}
