import { StringItemText } from "./rich-text";
import { scanXml } from "./xml-scan";

/** The shared string table, one text per <si>, in order. */
export function parseSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  const item = new StringItemText();
  let depth = 0;
  scanXml(xml, {
    open(name, _attrs, selfClosing) {
      if (name === "si") depth++;
      else if (depth > 0) {
        item.open(name, selfClosing);
      }
    },
    close(name) {
      if (name === "si" && depth > 0) {
        depth--;
        strings.push(item.take());
      } else if (depth > 0) {
        item.close(name);
      }
    },
    text(text) {
      if (depth > 0) item.text(text);
    },
  });
  return strings;
}
