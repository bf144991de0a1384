import { decodeEscapes, stringItemText } from "./rich-text";
import { decoded, detached, Token, XmlCursor } from "./xml-cursor";

/** A string item as almost every writer stores it: one plain <t>. Others are read tag by tag. */
const PLAIN_ITEM = /<si><t(?: xml:space="preserve")?>([^<]*)<\/t><\/si>/y;

/** The shared string table, one text per <si>, in order. */
export function parseSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  const cursor = new XmlCursor(xml);
  for (;;) {
    const plain = cursor.matchNext(PLAIN_ITEM);
    if (plain) {
      strings.push(decodeEscapes(detached(decoded(plain[1]))));
      continue;
    }
    if (!cursor.next()) break;
    if (cursor.token === Token.Open && cursor.is("si")) {
      strings.push(cursor.selfClosing ? "" : stringItemText(cursor));
    }
  }
  return strings;
}
