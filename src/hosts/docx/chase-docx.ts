/** The chase letter as a Word document, in the same Decree 30 layout as the report. */
import { Paragraph } from "docx";
import type { ChaseLetter } from "../../core/chase";
import { bodyParagraph, run } from "./blocks";
import { SIZE } from "./decree-layout";
import { closingTable, decreeDocument, headerTable, packDocument } from "./decree-parts";
import { isPrompt } from "./report-docx";

const line = (text: string, bold = false, indent = 0): Paragraph =>
  new Paragraph({
    indent: { left: indent },
    spacing: { before: 0, after: 0, line: 276 },
    children: [run(text, { size: SIZE.body, bold })],
  });

export async function writeChaseDocx(letter: ChaseLetter): Promise<Uint8Array> {
  const to =
    letter.to.length === 1
      ? [line(`${letter.toTitle} ${letter.to[0]}.`, false, 1400)]
      : [
          line(letter.toTitle, false, 1400),
          ...letter.to.map((u, i) => line(`- ${u}${i === letter.to.length - 1 ? "." : ";"}`, false, 2600)),
        ];
  const children = [
    headerTable(letter.header, letter.subject),
    new Paragraph({ spacing: { before: 240, after: 0 }, children: [] }),
    ...to,
    new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
    ...letter.paragraphs.map((p) => bodyParagraph(p, { size: SIZE.body })),
    new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
    closingTable(letter.closing, isPrompt),
  ];
  return packDocument(decreeDocument([{ landscape: false, children }], letter.subject));
}
