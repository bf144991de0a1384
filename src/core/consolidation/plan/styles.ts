/** Looks of the summary sheets: Times New Roman, bordered tables, a tinted bold header block. */
import type { BorderWeight, CellStyle, PrintSetup } from "../../workbook-model/plan";

export const FONT = "Times New Roman";
const HEADER_FILL = "D9E1F2";
const TOTAL_FILL = "F2F2F2";
export const TABLE_STYLE = "TableStyleLight1";

type Border = NonNullable<CellStyle["border"]>;
const thin: BorderWeight = "thin";
export const ALL_BORDERS: Border = { top: thin, bottom: thin, left: thin, right: thin };
/** A header cell with no group above it: no line between the group row and the header row. */
export const OPEN_BOTTOM: Border = { top: thin, left: thin, right: thin };
export const OPEN_TOP: Border = { bottom: thin, left: thin, right: thin };

export const BASE: CellStyle = { font: { name: FONT, size: 12 }, vertical: "middle" };
export const TITLE: CellStyle = {
  font: { name: FONT, size: 14, bold: true },
  horizontal: "center",
  wrap: true,
};
export const SUBTITLE: CellStyle = {
  font: { name: FONT, size: 12, italic: true },
  horizontal: "center",
  wrap: true,
};
export const HEADER: CellStyle = {
  font: { name: FONT, size: 12, bold: true },
  fill: HEADER_FILL,
  horizontal: "center",
  vertical: "middle",
  wrap: true,
};
export const TOTAL: CellStyle = {
  font: { name: FONT, size: 12, bold: true },
  fill: TOTAL_FILL,
  border: ALL_BORDERS,
};

export const PRINT: Omit<PrintSetup, "repeatRows" | "printArea"> = {
  orientation: "landscape",
  paperSize: "A4",
  margins: { top: 15, bottom: 15, left: 15, right: 10, header: 8, footer: 8 },
  fitToWidth: 1,
  footerCenter: "Trang &P/&N",
  horizontalCentered: true,
};
