import { Token, XmlCursor } from "./xml-cursor";

/**
 * The text of a string item (<si> in the shared strings, <is> in a cell), the cursor just past its open
 * tag: its <t> elements, plain or in rich-text runs, but not the phonetic guide (<rPh>, furigana) nor its
 * properties, with "_xHHHH_" escapes decoded as Excel does. Leaves the cursor on the item's close.
 */
export function stringItemText(cursor: XmlCursor): string {
  let text = "";
  let depth = 0;
  while (cursor.next()) {
    if (cursor.token === Token.Open) {
      if (cursor.selfClosing) continue;
      if (cursor.is("t")) text += cursor.textUntilClose();
      else if (cursor.is("rPh")) cursor.skipElement();
      else depth++;
    } else if (cursor.token === Token.Close && depth-- === 0) {
      break;
    }
  }
  return decodeEscapes(text);
}

/** OOXML stores characters XML cannot hold as "_xHHHH_" (and a literal "_x" as "_x005F_x"). */
export function decodeEscapes(text: string): string {
  return text.includes("_x")
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}
