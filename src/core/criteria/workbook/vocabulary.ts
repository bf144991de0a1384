/** Words the clerk reads and types for the model's keywords. Reading also accepts the English keyword. */
import type { ColumnType, FieldDef, FieldType, Severity } from "../../campaign/model";
import { foldKey } from "./cells";

export interface Vocabulary<T extends string> {
  /** The words written, in order (for drop-downs). */
  readonly words: string[];
  write(value: T): string;
  read(text: string): T | undefined;
}

function vocabulary<T extends string>(
  entries: readonly (readonly [T, string, ...string[]])[],
): Vocabulary<T> {
  const lookup = new Map<string, T>();
  for (const [value, ...words] of entries) {
    for (const w of [value, ...words]) lookup.set(foldKey(w), value);
  }
  return {
    words: entries.map((e) => e[1]),
    write: (value) => entries.find((e) => e[0] === value)?.[1] ?? value,
    read: (text) => lookup.get(foldKey(text)),
  };
}

export const FIELD_TYPES = vocabulary<FieldType>([
  ["text", "văn bản", "chữ"],
  ["unit", "tên đơn vị"],
  ["integer", "số nguyên"],
  ["money", "tiền (đồng)", "tiền", "số tiền"],
  ["number", "số"],
  ["date", "ngày"],
  ["score", "điểm"],
]);

export const COLUMN_TYPES = vocabulary<ColumnType>([
  ["text", "văn bản", "chữ"],
  ["integer", "số nguyên"],
  ["list", "danh sách"],
]);

export const SEVERITIES = vocabulary<Severity>([
  ["error", "lỗi"],
  ["warning", "cảnh báo"],
  ["info", "thông tin"],
]);

export const FILLED_BY = vocabulary<FieldDef["filledBy"]>([
  ["unit", "đơn vị"],
  ["reviewer", "thẩm định", "văn phòng sở"],
]);

const YES_NO = vocabulary<"yes" | "no">([
  ["yes", "có", "x", "y", "true", "1", "đúng"],
  ["no", "không", "n", "false", "0", "sai"],
]);

export const YES_NO_WORDS = YES_NO.words;

export function writeYesNo(value: boolean): string {
  return YES_NO.write(value ? "yes" : "no");
}

export function readYesNo(text: string): boolean | undefined {
  const v = YES_NO.read(text);
  return v === undefined ? undefined : v === "yes";
}
