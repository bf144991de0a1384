/** Body sections: headings "I." (upper, bold), "1." (bold), "a)" (regular), justified paragraphs, prompts, tables. */
import type { CellStyle } from "../../workbook-model/plan";
import type { BodyBlock, BodySection } from "../model";
import { GRID_COLUMNS } from "./grid";
import { firstLineIndent } from "./indent";
import type { Layout } from "./layout";
import { SIZE, STYLE } from "./styles";
import { layTable } from "./table";

const FULL = { from: 1, to: GRID_COLUMNS };
/** Decree 30: at least 6 pt between paragraphs; the text is centred, so half of it is above, half below. */
const PARAGRAPH_SPACING = 6;

const HEADING: Record<1 | 2 | 3, CellStyle> = { 1: STYLE.heading1, 2: STYLE.heading2, 3: STYLE.heading3 };

function layBlock(l: Layout, block: BodyBlock): void {
  const indent = firstLineIndent(SIZE.body);
  switch (block.kind) {
    case "heading": {
      const text = block.level === 1 ? block.text.toLocaleUpperCase("vi") : block.text;
      l.place(l.next(), FULL, `${indent}${block.label} ${text}`, HEADING[block.level], {
        after: PARAGRAPH_SPACING,
      });
      return;
    }
    case "paragraph":
      l.place(l.next(), FULL, `${indent}${block.text}`, STYLE.paragraph, { after: PARAGRAPH_SPACING });
      return;
    case "prompt":
      l.place(l.next(), FULL, `${indent}${block.text}`, STYLE.prompt, { after: PARAGRAPH_SPACING });
      return;
    case "table":
      layTable(l, block.table);
  }
}

export function layBody(l: Layout, section: BodySection): void {
  for (const block of section.blocks) layBlock(l, block);
}
