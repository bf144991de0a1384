/** Paragraphs and borderless layout tables in the decree's type, shared by the report and the chase letter. */
import {
  AlignmentType,
  BorderStyle,
  HighlightColor,
  LineRuleType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import { textWidth } from "../../core/report/plan/measure";
import { FIRST_LINE_INDENT, FONT, half, LINE_SPACING, PARAGRAPH_AFTER, TEXT_WIDTH } from "./decree-layout";

export interface RunStyle {
  size: number;
  bold?: boolean;
  italic?: boolean;
  /** A prompt for the writer: highlighted so it cannot be missed or printed unnoticed. */
  marked?: boolean;
}

export const run = (text: string, s: RunStyle): TextRun =>
  new TextRun({
    text,
    font: FONT,
    size: half(s.size),
    bold: s.bold,
    italics: s.italic,
    ...(s.marked ? { highlight: HighlightColor.YELLOW } : {}),
  });

/** A centred line (header, title, signature), single-spaced. */
export function centred(text: string, s: RunStyle, after = 0): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after, line: 240 },
    children: [run(text, s)],
  });
}

/** A body paragraph: justified, first line indented 1.27 cm, 6 pt after. */
export function bodyParagraph(text: string, s: RunStyle): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: { before: 0, after: PARAGRAPH_AFTER, line: LINE_SPACING },
    children: [run(text, s)],
  });
}

/**
 * A horizontal rule of a given length centred in a column: an empty, very low paragraph whose bottom border
 * runs between indents that leave just that length.
 */
export function rule(columnTwips: number, lengthPoints: number): Paragraph {
  const length = Math.min(columnTwips, Math.round(lengthPoints * 20));
  const side = Math.max(0, Math.round((columnTwips - length) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { before: 0, after: 100, line: 60, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    children: [run("", { size: 2 })],
  });
}

/** The length of a text's rule, in points: as long as the text set in this style. */
export function ruleLength(text: string, s: RunStyle, share = 1): number {
  return textWidth(text, { size: s.size, face: s.bold ? "bold" : "regular" }) * share;
}

const NONE = { style: BorderStyle.NONE, size: 0, color: "auto" } as const;
const NO_CELL_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE };

/** Two columns with no borders: the header's agencies and nation, the recipients and the signature. */
export function twoColumns(left: Paragraph[], right: Paragraph[], leftShare: number): Table {
  const leftWidth = Math.round(TEXT_WIDTH * leftShare);
  const widths = [leftWidth, TEXT_WIDTH - leftWidth];
  const cell = (children: Paragraph[], width: number): TableCell =>
    new TableCell({
      children,
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlign.TOP,
      borders: NO_CELL_BORDERS,
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(left, widths[0]), cell(right, widths[1])] })],
  });
}

/** The left column's share in the header and the closing table. */
export const HEADER_LEFT_SHARE = 0.4;
export const headerColumns = (): [number, number] => {
  const left = Math.round(TEXT_WIDTH * HEADER_LEFT_SHARE);
  return [left, TEXT_WIDTH - left];
};
