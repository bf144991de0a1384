/**
 * The report as a Word document, from the same Report model the sheet is laid out from: header, title and
 * summary line, sections I–V with their headings, paragraphs, prompts and tables, recipients and signature.
 */
import { AlignmentType, Paragraph, type Table } from "docx";
import type { BodyBlock, Report } from "../../core/report/model";
import { bodyParagraph, rule, run } from "./blocks";
import { dataTable } from "./data-table";
import { LANDSCAPE_COLUMNS, LANDSCAPE_TEXT_WIDTH, TEXT_WIDTH, SIZE } from "./decree-layout";
import { closingTable, decreeDocument, headerTable, packDocument, type DocumentPart } from "./decree-parts";

/** A prompt left for the writer: "[Nhập …]", "[Enter …]". */
export const isPrompt = (text: string): boolean => /^\[.*\]$/su.test(text.trim());

/** The summary line's rule is a third of the text width. */
const TITLE_RULE_POINTS = 140;

function titleBlock(report: Report): Paragraph[] {
  const centredBold = (text: string, before: number): Paragraph =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before, after: 0, line: 276 },
      children: [run(text, { size: SIZE.title, bold: true })],
    });
  return [
    centredBold(report.title.title, 360),
    centredBold(report.title.summary, 0),
    rule(TEXT_WIDTH, TITLE_RULE_POINTS),
    new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
  ];
}

function block(report: Report, b: BodyBlock): (Paragraph | Table)[] {
  switch (b.kind) {
    case "heading": {
      const text = b.level === 1 ? b.text.toLocaleUpperCase(report.lang) : b.text;
      return [bodyParagraph(`${b.label} ${text}`, { size: SIZE.body, bold: b.level < 3 })];
    }
    case "paragraph":
      return [bodyParagraph(b.text, { size: SIZE.body })];
    case "prompt":
      return [bodyParagraph(b.text, { size: SIZE.body, italic: true, marked: true })];
    case "table":
      return dataTable(report.lang, b.table);
  }
}

const isWide = (b: BodyBlock): boolean => b.kind === "table" && b.table.columns.length >= LANDSCAPE_COLUMNS;

/** Portrait parts, with each wide table in a landscape part of its own between them. */
function parts(report: Report): DocumentPart[] {
  const out: DocumentPart[] = [
    { landscape: false, children: [headerTable(report.header), ...titleBlock(report)] },
  ];
  for (const b of report.sections.flatMap((s) => s.blocks)) {
    if (b.kind === "table" && isWide(b)) {
      out.push({ landscape: true, children: dataTable(report.lang, b.table, LANDSCAPE_TEXT_WIDTH) });
      out.push({ landscape: false, children: [] });
    } else out[out.length - 1].children.push(...block(report, b));
  }
  out[out.length - 1].children.push(
    new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
    closingTable(report.closing, isPrompt),
  );
  return out;
}

export function reportDocument(report: Report): ReturnType<typeof decreeDocument> {
  return decreeDocument(parts(report), report.title.summary);
}

/** The report as .docx bytes; works in Node and in the browser. */
export async function writeReportDocx(report: Report): Promise<Uint8Array> {
  return packDocument(reportDocument(report));
}
