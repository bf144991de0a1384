import { rangeToA1 } from "../../../core/workbook-model/address";
import type { DefinedNameSnapshot, SheetVisibility } from "../../../core/workbook-model/snapshot";
import { parseSheetQualifiedRange } from "../../../core/workbook-model/sheet-refs";
import { detached, Token, XmlCursor } from "./xml-cursor";

export interface WorkbookSheet {
  name: string;
  visibility: SheetVisibility;
  /** The relationship id of its part. */
  relId: string;
}

/** A <definedName> as written: its name, its formula text and the index of the sheet it is scoped to. */
interface RawDefinedName {
  name: string;
  text: string;
  localSheetId: string | undefined;
}

export interface WorkbookPart {
  /** All sheets in workbook order, chart sheets included (as a name's localSheetId counts them). */
  sheets: WorkbookSheet[];
  date1904: boolean;
  definedNames: RawDefinedName[];
}

function visibility(state: string | undefined): SheetVisibility {
  return state === "hidden" || state === "veryHidden" ? state : "visible";
}

/** The workbook part in one pass: its sheets, its date system and its defined names. */
export function parseWorkbookPart(xml: string): WorkbookPart {
  const sheets: WorkbookSheet[] = [];
  const names: RawDefinedName[] = [];
  let date1904 = false;
  const cursor = new XmlCursor(xml);
  while (cursor.next()) {
    if (cursor.token !== Token.Open) continue;
    if (cursor.is("sheet")) {
      const name = cursor.attr("name");
      if (name !== undefined) {
        sheets.push({ name, visibility: visibility(cursor.attr("state")), relId: cursor.attr("id") ?? "" });
      }
    } else if (cursor.is("workbookPr")) {
      const flag = cursor.attr("date1904");
      date1904 = flag === "1" || flag === "true";
    } else if (cursor.is("definedName")) {
      const name = cursor.attr("name");
      const localSheetId = cursor.attr("localSheetId");
      const text = cursor.selfClosing ? "" : cursor.textUntilClose();
      if (name !== undefined) names.push({ name, text, localSheetId });
    }
  }
  return { sheets, date1904, definedNames: names };
}

/** Defined names that point at one range of a worksheet, with their sheet scope; print areas and the like left out. */
export function definedNames(workbook: WorkbookPart, worksheetNames: string[]): DefinedNameSnapshot[] {
  const findSheet = (name: string) =>
    worksheetNames.find((s) => s === name) ??
    worksheetNames.find((s) => s.toLowerCase() === name.toLowerCase());
  const out: DefinedNameSnapshot[] = [];
  for (const raw of workbook.definedNames) {
    if (raw.name.toLowerCase().startsWith("_xlnm.")) continue;
    const target = parseSheetQualifiedRange(raw.text.trim());
    const sheet = target && findSheet(target.sheet);
    if (!target || sheet === undefined) continue;
    const scopeIndex = raw.localSheetId === undefined ? undefined : Number(raw.localSheetId);
    const scoped = scopeIndex !== undefined && Number.isInteger(scopeIndex);
    const scope = scoped ? workbook.sheets[scopeIndex]?.name : undefined;
    if (scoped && scope === undefined) continue;
    out.push({
      name: raw.name,
      sheet,
      ref: rangeToA1(target.range),
      ...(scope !== undefined ? { scopeSheet: detached(scope) } : {}),
    });
  }
  return out;
}
