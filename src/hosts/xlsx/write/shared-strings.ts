import { escapeText } from "../excel-values";
import type { PartWriter } from "./package-writer";
import { xml } from "./xml-escape";

/** Text kept as Excel writes it: with xml:space="preserve" when spaces at either end would be trimmed. */
export function textElement(text: string): string {
  const escaped = xml(escapeText(text));
  return /^\s|\s$/.test(text) ? `<t xml:space="preserve">${escaped}</t>` : `<t>${escaped}</t>`;
}

/** The workbook's shared string table: each distinct text once, cells refer to it by index. */
export class SharedStrings {
  private readonly texts: string[] = [];
  private readonly index = new Map<string, number>();
  private uses = 0;

  indexOf(text: string): number {
    this.uses++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.texts.push(text) - 1;
      this.index.set(text, i);
    }
    return i;
  }

  write(part: PartWriter): void {
    part.write(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.uses}" uniqueCount="${this.texts.length}">`,
    );
    for (const text of this.texts) part.write(`<si>${textElement(text)}</si>`);
    part.write("</sst>");
    part.end();
  }
}
