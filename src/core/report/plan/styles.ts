/** Fonts, sizes and alignments of each element, as CAMPAIGN.md gives them for the Decree 30 layout. */
import type { BorderWeight, CellStyle, PrintSetup } from "../../workbook-model/plan";

export const FONT = "Times New Roman";

const font = (size: number, extra: { bold?: boolean; italic?: boolean } = {}): CellStyle["font"] => ({
  name: FONT,
  size,
  color: "000000",
  ...extra,
});

const centre = (size: number, extra: { bold?: boolean; italic?: boolean } = {}): CellStyle => ({
  font: font(size, extra),
  horizontal: "center",
  vertical: "middle",
  wrap: true,
});

/** Point sizes of each element, as the decree's appendix gives them: the sheet and the Word document use these. */
export const SIZE = {
  parentAgency: 13,
  agency: 13,
  number: 13,
  nationalName: 12,
  motto: 13,
  placeDate: 14,
  title: 14,
  body: 14,
  caption: 13,
  table: 12,
  unitLine: 12,
  recipientsTitle: 12,
  recipient: 11,
  signer: 14,
  pageNumber: 13,
};

export const STYLE = {
  parentAgency: centre(SIZE.parentAgency),
  agency: centre(SIZE.agency, { bold: true }),
  number: centre(SIZE.number),
  nationalName: centre(SIZE.nationalName, { bold: true }),
  motto: centre(SIZE.motto, { bold: true }),
  placeDate: centre(SIZE.placeDate, { italic: true }),
  title: centre(SIZE.title, { bold: true }),
  summary: centre(SIZE.title, { bold: true }),
  heading1: { font: font(SIZE.body, { bold: true }), horizontal: "justify", vertical: "middle", wrap: true },
  heading2: { font: font(SIZE.body, { bold: true }), horizontal: "justify", vertical: "middle", wrap: true },
  heading3: { font: font(SIZE.body), horizontal: "justify", vertical: "middle", wrap: true },
  paragraph: { font: font(SIZE.body), horizontal: "justify", vertical: "middle", wrap: true },
  prompt: { font: font(SIZE.body, { italic: true }), horizontal: "justify", vertical: "middle", wrap: true },
  caption: centre(SIZE.caption, { bold: true }),
  unitLine: { font: font(SIZE.unitLine, { italic: true }), horizontal: "right", vertical: "bottom" },
  tableHeader: centre(SIZE.table, { bold: true }),
  tableText: { font: font(SIZE.table), horizontal: "left", vertical: "middle", wrap: true, indent: 1 },
  tableIndex: { font: font(SIZE.table), horizontal: "center", vertical: "middle" },
  tableNumber: {
    font: font(SIZE.table),
    horizontal: "right",
    vertical: "middle",
    numFmt: "#,##0",
    indent: 1,
  },
  // LibreOffice drops the indent of a right-aligned number with decimals; "_)" keeps a gap there too.
  tableDecimal: {
    font: font(SIZE.table),
    horizontal: "right",
    vertical: "middle",
    numFmt: "#,##0.0_)",
    indent: 1,
  },
  tableGroup: { font: font(SIZE.table, { bold: true }), horizontal: "left", vertical: "middle", wrap: true },
  recipientsTitle: {
    font: font(SIZE.recipientsTitle, { bold: true, italic: true }),
    horizontal: "left",
    vertical: "top",
  },
  recipient: { font: font(SIZE.recipient), horizontal: "left", vertical: "top", wrap: true },
  signer: centre(SIZE.signer, { bold: true }),
  signerName: centre(SIZE.signer, { bold: true }),
} satisfies Record<string, CellStyle>;

const thin: BorderWeight = "thin";
export const BOX: CellStyle = { border: { top: thin, bottom: thin, left: thin, right: thin } };
export const RULE: CellStyle = { border: { bottom: thin } };
export const BOLD: CellStyle = { font: { bold: true } };

/**
 * Decree 30: A4 portrait, top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm; page numbers centred in the
 * top margin from page 2.
 */
export const PRINT: Omit<PrintSetup, "printArea"> = {
  orientation: "portrait",
  paperSize: "A4",
  margins: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 },
  fitToWidth: 1,
  headerCenter: '&"Times New Roman,Regular"&13&P',
  differentFirst: true,
};
