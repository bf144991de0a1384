import type { FieldType } from "../campaign/model";
import { REPORT_YEAR_FIELD } from "./layout";

/** Text fields are formatted "@" so a phone number keeps its leading 0. */
const BY_TYPE: Record<FieldType, string | undefined> = {
  text: "@",
  unit: "@",
  integer: "#,##0",
  money: "#,##0",
  number: undefined,
  date: "dd/mm/yyyy",
  score: "0.0",
};

/** The report year is an integer, but "2.024" (vi-VN thousands) would read badly. */
export function numberFormatFor(fieldId: string, type: FieldType): string | undefined {
  return fieldId === REPORT_YEAR_FIELD ? "0" : BY_TYPE[type];
}
