import { rangeToA1 } from "../../../../src/core/workbook-model/address";
import type {
  DefinedNameSnapshot,
  SheetSnapshot,
  SheetVisibility,
  TableSnapshot,
  WorkbookSnapshot,
} from "../../../../src/core/workbook-model/snapshot";
import { isRecord, ParsedWorkbookModel, WorksheetModel } from "./parsed-model";
import { sheetCells } from "./sheet-cells";
import { parseSheetQualifiedRange } from "../../../../src/core/workbook-model/sheet-refs";
import { parseWorkbookXml } from "./workbook-xml";

function visibility(state: unknown): SheetVisibility {
  return state === "hidden" || state === "veryHidden" ? state : "visible";
}

/** Table parts store characters such as line breaks as "_xHHHH_" (the header cell has the real text). */
function decodeEscapes(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function tablesOf(ws: WorksheetModel): TableSnapshot[] {
  const out: TableSnapshot[] = [];
  for (const table of ws.tables) {
    if (
      typeof table.name !== "string" ||
      typeof table.tableRef !== "string" ||
      !Array.isArray(table.columns)
    ) {
      continue;
    }
    const columns = table.columns.map((c: unknown) =>
      isRecord(c) && typeof c.name === "string" ? decodeEscapes(c.name) : "",
    );
    out.push({
      name: table.name,
      sheet: ws.name,
      ref: table.tableRef,
      columns,
      ...(table.totalsRow === true ? { totalsRow: true } : {}),
    });
  }
  return out;
}

function namesOf(workbookXml: string | undefined, sheetNames: string[]): DefinedNameSnapshot[] {
  if (workbookXml === undefined) return [];
  const info = parseWorkbookXml(workbookXml);
  const findSheet = (name: string) =>
    sheetNames.find((s) => s === name) ?? sheetNames.find((s) => s.toLowerCase() === name.toLowerCase());
  const out: DefinedNameSnapshot[] = [];
  for (const raw of info.definedNames) {
    if (raw.name.toLowerCase().startsWith("_xlnm.")) continue;
    const target = parseSheetQualifiedRange(raw.text);
    const sheet = target && findSheet(target.sheet);
    if (!target || sheet === undefined) continue;
    const scope = raw.localSheetId === undefined ? undefined : info.sheetNames[raw.localSheetId];
    if (raw.localSheetId !== undefined && scope === undefined) continue;
    out.push({
      name: raw.name,
      sheet,
      ref: rangeToA1(target.range),
      ...(scope !== undefined ? { scopeSheet: scope } : {}),
    });
  }
  return out;
}

/** Worksheets in workbook order (ExcelJS keeps them in the order of the zip entries). */
function inWorkbookOrder(model: ParsedWorkbookModel): WorksheetModel[] {
  const order = new Map(model.sheets.map((s, i) => [s.id, i]));
  const position = (ws: WorksheetModel) => order.get(ws.id) ?? Number.MAX_SAFE_INTEGER;
  return [...model.worksheets].sort((a, b) => position(a) - position(b));
}

export function snapshotWorkbook(
  model: ParsedWorkbookModel,
  fileName: string,
  workbookXml: string | undefined,
): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = [];
  const tables: TableSnapshot[] = [];
  for (const ws of inWorkbookOrder(model)) {
    sheets.push({ name: ws.name, visibility: visibility(ws.state), ...sheetCells(ws) });
    tables.push(...tablesOf(ws));
  }
  const names = namesOf(
    workbookXml,
    sheets.map((s) => s.name),
  );
  return { fileName, sheets, names, tables };
}
