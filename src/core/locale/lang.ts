export type Lang = "vi" | "en";

export function isLang(value: string): value is Lang {
  return value === "vi" || value === "en";
}
