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

export const SIZE = {
  header: 13,
  nationalName: 12,
  motto: 13,
  placeDate: 14,
  title: 14,
  body: 14,
  table: 12,
};

export const STYLE = {
  parentAgency: centre(13),
  agency: centre(13, { bold: true }),
  number: centre(13),
  nationalName: centre(12, { bold: true }),
  motto: centre(13, { bold: true }),
  placeDate: centre(14, { italic: true }),
  title: centre(14, { bold: true }),
  summary: centre(14, { bold: true }),
  heading1: { font: font(14, { bold: true }), horizontal: "justify", vertical: "middle", wrap: true },
  heading2: { font: font(14, { bold: true }), horizontal: "justify", vertical: "middle", wrap: true },
  heading3: { font: font(14), horizontal: "justify", vertical: "middle", wrap: true },
  paragraph: { font: font(14), horizontal: "justify", vertical: "middle", wrap: true },
  prompt: { font: font(14, { italic: true }), horizontal: "justify", vertical: "middle", wrap: true },
  caption: centre(13, { bold: true }),
  unitLine: { font: font(12, { italic: true }), horizontal: "right", vertical: "bottom" },
  tableHeader: centre(12, { bold: true }),
  tableText: { font: font(12), horizontal: "left", vertical: "middle", wrap: true, indent: 1 },
  tableIndex: { font: font(12), horizontal: "center", vertical: "middle" },
  tableNumber: { font: font(12), horizontal: "right", vertical: "middle", numFmt: "#,##0", indent: 1 },
  // LibreOffice drops the indent of a right-aligned number with decimals; "_)" keeps a gap there too.
  tableDecimal: { font: font(12), horizontal: "right", vertical: "middle", numFmt: "#,##0.0_)", indent: 1 },
  tableGroup: { font: font(12, { bold: true }), horizontal: "left", vertical: "middle", wrap: true },
  recipientsTitle: { font: font(12, { bold: true, italic: true }), horizontal: "left", vertical: "top" },
  recipient: { font: font(11), horizontal: "left", vertical: "top", wrap: true },
  signer: centre(14, { bold: true }),
  signerName: centre(14, { bold: true }),
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
