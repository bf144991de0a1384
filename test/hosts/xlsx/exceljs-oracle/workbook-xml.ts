/**
 * The oracle's own reading of xl/workbook.xml (sheet order, defined names with their scope and exact
 * text), by regular expressions: independent of the reader's tokenizer, which it is compared with.
 */
import { decodeXml } from "../../../../src/hosts/xlsx/xml-entities";

export interface RawDefinedName {
  name: string;
  /** The formula text, e.g. "'Biểu mẫu'!$C$5". */
  text: string;
  /** Index into `sheetNames` when the name is scoped to a sheet. */
  localSheetId?: number;
}

export interface WorkbookXmlInfo {
  /** All sheets in workbook order (chart sheets included, as localSheetId counts them). */
  sheetNames: string[];
  definedNames: RawDefinedName[];
}

function attributes(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of source.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    out[m[1]] = decodeXml(m[2] ?? m[3]);
  }
  return out;
}

export function parseWorkbookXml(xml: string): WorkbookXmlInfo {
  const sheetNames: string[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)) {
    const name = attributes(m[1]).name;
    if (name !== undefined) sheetNames.push(name);
  }
  const definedNames: RawDefinedName[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?definedName\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?definedName>/g)) {
    const attrs = attributes(m[1]);
    if (attrs.name === undefined) continue;
    const local = attrs.localSheetId === undefined ? undefined : Number(attrs.localSheetId);
    definedNames.push({
      name: attrs.name,
      text: decodeXml(m[2]),
      ...(local !== undefined && Number.isInteger(local) ? { localSheetId: local } : {}),
    });
  }
  return { sheetNames, definedNames };
}
