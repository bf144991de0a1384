/**
 * How many lines a text takes in a cell of a given width, by greedy word wrap with Times New Roman's widths,
 * and the row height that shows them all: Excel and LibreOffice never grow a row for a merged cell.
 */
import { charWidth, type FontFace } from "./font-metrics";

/** Excel's column width unit is the width of "0" in the workbook's default font (Calibri 11: 7 px at 96 dpi). */
const PX_PER_WIDTH_UNIT = 7;
const PT_PER_PX = 0.75;
/** Space the cell keeps free at its left and right edges, and a margin for renderers that set text wider. */
const CELL_PADDING_PT = 5;
const SAFETY = 0.96;
/**
 * Line pitch of wrapped Times New Roman, in ems. Excel spaces lines by the font's row height (18.75 pt at
 * 14 pt, 15.75 pt at 12 pt); LibreOffice by its ascent and descent (about 1.11 em), so there the text
 * has some room to spare, which the vertically centred paragraphs share out above and below.
 */
export const LINE_PITCH = 1.34;

/** One level of a cell's indent (Excel: about 9 px; LibreOffice reads it as 10 pt). */
export const INDENT_POINTS = 10;

export interface TextFont {
  size: number;
  face: FontFace;
}

/** Points of text a cell spanning columns of these widths can hold on one line. */
export function usableWidth(columnWidths: number[]): number {
  const px = columnWidths.reduce((s, w) => s + Math.round(w * PX_PER_WIDTH_UNIT), 0);
  return (px * PT_PER_PX - CELL_PADDING_PT) * SAFETY;
}

export function textWidth(text: string, font: TextFont): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch, font.face);
  return (units * font.size) / 1000;
}

/** Lines of `text` wrapped at spaces into `width` points; explicit line breaks start new lines. */
export function lineCount(text: string, font: TextFont, width: number): number {
  const space = textWidth(" ", font);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(" ")) {
      const w = textWidth(word, font);
      if (used > 0 && used + space + w > width) {
        lines++;
        used = 0;
      }
      if (w > width) {
        lines += Math.ceil(w / width) - 1;
        used = w % width;
      } else {
        used += (used > 0 ? space : 0) + w;
      }
    }
  }
  return lines;
}

/** Height in points for `lines` lines of a font size, with `padding` points above and below in all. */
export function linesHeight(lines: number, size: number, padding = 4): number {
  return Math.ceil((lines * size * LINE_PITCH + padding) * 4) / 4;
}
