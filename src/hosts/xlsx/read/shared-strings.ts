import { decodeEscapes, stringItemText } from "./rich-text";
import { decoded, detached, Token, XmlCursor } from "./xml-cursor";

/** A string item as almost every writer stores it: one plain <t>. Others are read tag by tag. */
const PLAIN_ITEM = /<si><t(?: xml:space="preserve")?>[^<]*<\/t><\/si>/y;
const ITEM_START = "<si><t".length;
const ITEM_END = "</t></si>".length;

/** The shared string table, one text per <si>, in order. */
export function parseSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  const cursor = new XmlCursor(xml);
  for (;;) {
    // Tested, not matched: a match's array and captured text for every item would be most of what
    // reading the table allocates. The text lies between the <t …> open tag and "</t></si>".
    const lt = cursor.testNext(PLAIN_ITEM);
    if (lt >= 0) {
      const text = xml.slice(xml.indexOf(">", lt + ITEM_START) + 1, cursor.position - ITEM_END);
      strings.push(decodeEscapes(detached(decoded(text))));
      continue;
    }
    if (!cursor.next()) break;
    if (cursor.token === Token.Open && cursor.is("si")) {
      strings.push(cursor.selfClosing ? "" : stringItemText(cursor));
    }
  }
  return strings;
}
