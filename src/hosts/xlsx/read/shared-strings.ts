import { stringItemText } from "./rich-text";
import { Token, XmlCursor } from "./xml-cursor";

/** The shared string table, one text per <si>, in order. */
export function parseSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  const cursor = new XmlCursor(xml);
  while (cursor.next()) {
    if (cursor.token === Token.Open && cursor.is("si")) {
      strings.push(cursor.selfClosing ? "" : stringItemText(cursor));
    }
  }
  return strings;
}
