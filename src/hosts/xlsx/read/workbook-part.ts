import { rangeToA1 } from "../../../core/workbook-model/address";
import type { DefinedNameSnapshot, SheetVisibility } from "../../../core/workbook-model/snapshot";
import { parseSheetQualifiedRange } from "../../../core/workbook-model/sheet-refs";
import { parseWorkbookXml } from "../workbook-xml";
import { detached, elements } from "./xml-cursor";

export interface WorkbookSheet {
  name: string;
  visibility: SheetVisibility;
  /** The relationship id of its part. */
  relId: string;
}

export interface WorkbookPart {
  /** All sheets in workbook order, chart sheets included (as a name's localSheetId counts them). */
  sheets: WorkbookSheet[];
  date1904: boolean;
  /** The raw text, for the defined names. */
  xml: string;
}

function visibility(state: string | undefined): SheetVisibility {
  return state === "hidden" || state === "veryHidden" ? state : "visible";
}

export function parseWorkbookPart(xml: string): WorkbookPart {
  const sheets: WorkbookSheet[] = [];
  let date1904 = false;
  for (const { name, attrs } of elements(xml)) {
    if (name === "sheet" && attrs.name !== undefined) {
      sheets.push({ name: attrs.name, visibility: visibility(attrs.state), relId: attrs.id ?? "" });
    } else if (name === "workbookPr") {
      date1904 = attrs.date1904 === "1" || attrs.date1904 === "true";
    }
  }
  return { sheets, date1904, xml };
}

/** Defined names that point at one range of a worksheet, with their sheet scope; print areas and the like left out. */
export function definedNames(workbookXml: string, worksheetNames: string[]): DefinedNameSnapshot[] {
  const info = parseWorkbookXml(workbookXml);
  const findSheet = (name: string) =>
    worksheetNames.find((s) => s === name) ??
    worksheetNames.find((s) => s.toLowerCase() === name.toLowerCase());
  const out: DefinedNameSnapshot[] = [];
  for (const raw of info.definedNames) {
    if (raw.name.toLowerCase().startsWith("_xlnm.")) continue;
    const target = parseSheetQualifiedRange(raw.text.trim());
    const sheet = target && findSheet(target.sheet);
    if (!target || sheet === undefined) continue;
    const scope = raw.localSheetId === undefined ? undefined : info.sheetNames[raw.localSheetId];
    if (raw.localSheetId !== undefined && scope === undefined) continue;
    out.push({
      name: detached(raw.name),
      sheet,
      ref: rangeToA1(target.range),
      ...(scope !== undefined ? { scopeSheet: detached(scope) } : {}),
    });
  }
  return out;
}
