/** Colours and cell styles shared by the template's sheets. */
import type { CellStyle } from "../workbook-model/plan";

export const FONT_NAME = "Times New Roman";
/** Light yellow: the unit fills these. */
export const INPUT_FILL = "FFF2CC";
/** Light blue: the Office's reviewer fills these. */
export const REVIEW_FILL = "DDEBF7";
export const HEADER_FILL = "D9E1F2";
export const SECTION_FILL = "F2F2F2";
/** Grey: computed, nothing to fill. */
export const COMPUTED_FILL = "EDEDED";

const THIN = { top: "thin", bottom: "thin", left: "thin", right: "thin" } as const;

export const BASE_STYLE: CellStyle = { font: { name: FONT_NAME, size: 12 }, vertical: "middle" };
export const BORDERED: CellStyle = { border: THIN, locked: true };
export const HEADER_STYLE: CellStyle = {
  font: { name: FONT_NAME, size: 12, bold: true },
  fill: HEADER_FILL,
  horizontal: "center",
  vertical: "middle",
  wrap: true,
  border: THIN,
};
export const SECTION_STYLE: CellStyle = {
  font: { name: FONT_NAME, size: 12, bold: true },
  fill: SECTION_FILL,
  border: THIN,
};
export const INPUT_STYLE: CellStyle = { fill: INPUT_FILL, border: THIN, locked: false };
export const REVIEW_STYLE: CellStyle = { fill: REVIEW_FILL, border: THIN, locked: false };
export const COMPUTED_STYLE: CellStyle = {
  font: { name: FONT_NAME, size: 12, bold: true },
  fill: COMPUTED_FILL,
  border: THIN,
  locked: true,
};
