import type { Campaign, TableDef } from "../campaign/model";
import type { WorkbookSnapshot } from "../workbook-model/snapshot";
import { parseRange, toA1 } from "../workbook-model/address";
import { foldKey } from "../locale/text";
import type { SheetIndex } from "./sheet-index";
import type { TableReading, TableRowReading } from "./model";
import { labelKey } from "./label-key";
import { listChoice } from "../campaign/list-choice";
import { parseCell, type ParsedCell } from "./parse-cell";

/** Consecutive blank rows that end a table found by its headers. */
const END_AFTER_BLANK_ROWS = 3;

export interface TableCellProblem {
  table: string;
  column: string;
  sheet: string;
  cell: string;
  parsed: Extract<ParsedCell, { status: "invalid" | "error" }>;
}

export interface TablesResult {
  tables: Record<string, TableReading>;
  problems: TableCellProblem[];
}

/** Reads each campaign table by its Excel table name first, by its column headers second. */
export function readTables(
  snapshot: WorkbookSnapshot,
  sheets: Map<string, SheetIndex>,
  campaign: Campaign,
): TablesResult {
  const tables: Record<string, TableReading> = {};
  const problems: TableCellProblem[] = [];
  for (const def of campaign.tables) {
    const found = findByName(snapshot, sheets, def) ?? findByHeaders(sheets, def);
    if (!found) {
      tables[def.id] = { id: def.id, foundBy: "missing", columns: {}, rows: [] };
      continue;
    }
    const sheet = sheets.get(found.sheet) as SheetIndex;
    const rows = readRows(sheet, def, found, problems, campaign);
    tables[def.id] = {
      id: def.id,
      foundBy: found.foundBy,
      sheet: found.sheet,
      headerRow: found.headerRow,
      columns: found.columns,
      rows,
    };
  }
  return { tables, problems };
}

interface FoundTable {
  foundBy: "name" | "label";
  sheet: string;
  headerRow: number;
  columns: Record<string, number>;
  /** Last data row when known (a named table); otherwise rows are read until blank rows end it. */
  lastRow?: number;
  /** A named table's last row (its totals row when it has one): rows typed under it start after it. */
  bottomRow?: number;
  /** Where other tables on the sheet that share a column with this one start below it: rows below stop there. */
  nextTableRow?: number;
}

/** The header texts each column of a table answers to, folded: the same for every file of a campaign. */
const headerKeysOf = new WeakMap<TableDef, Set<string>[]>();

function columnHeaderKeys(def: TableDef): Set<string>[] {
  let keys = headerKeysOf.get(def);
  if (keys?.length !== def.columns.length) {
    keys = def.columns.map(
      (column) => new Set([labelKey(column.label), labelKey(column.labelEn), foldKey(column.id)]),
    );
    headerKeysOf.set(def, keys);
  }
  return keys;
}

function matchColumns(def: TableDef, headerTexts: Map<number, string>): Record<string, number> {
  const columns: Record<string, number> = {};
  const headerKeys = columnHeaderKeys(def);
  for (const [i, column] of def.columns.entries()) {
    const keys = headerKeys[i];
    for (const [col, text] of headerTexts) {
      if (keys.has(labelKey(text)) || keys.has(foldKey(text))) {
        columns[column.id] = col;
        break;
      }
    }
  }
  return columns;
}

function findByName(
  snapshot: WorkbookSnapshot,
  sheets: Map<string, SheetIndex>,
  def: TableDef,
): FoundTable | undefined {
  const table = snapshot.tables.find((t) => t.name.toLowerCase() === def.id.toLowerCase());
  if (!table || !sheets.has(table.sheet)) return undefined;
  const range = parseRange(table.ref);
  const headers = new Map<number, string>();
  table.columns.forEach((text, i) => headers.set(range.left + i, text));
  let nextTableRow = Infinity;
  for (const other of snapshot.tables) {
    if (other === table || other.sheet !== table.sheet) continue;
    const r = parseRange(other.ref);
    if (r.right < range.left || r.left > range.right || r.bottom <= range.bottom) continue;
    nextTableRow = Math.min(nextTableRow, Math.max(r.top, range.bottom + 1));
  }
  return {
    foundBy: "name",
    sheet: table.sheet,
    headerRow: range.top,
    columns: matchColumns(def, headers),
    lastRow: range.bottom - (table.totalsRow ? 1 : 0),
    bottomRow: range.bottom,
    nextTableRow,
  };
}

function findByHeaders(sheets: Map<string, SheetIndex>, def: TableDef): FoundTable | undefined {
  const needed = Math.max(2, Math.ceil(def.columns.length * 0.6));
  for (const sheet of sheets.values()) {
    if (sheet.visibility !== "visible") continue;
    for (const row of sheet.rowsHoldingCells()) {
      const headers = new Map<number, string>();
      for (const col of sheet.columnsHoldingCells(row)) {
        const text = sheet.text(row, col);
        if (text !== "") headers.set(col, text);
      }
      if (headers.size < needed) continue;
      const columns = matchColumns(def, headers);
      if (Object.keys(columns).length >= needed)
        return { foundBy: "label", sheet: sheet.name, headerRow: row, columns };
    }
  }
  return undefined;
}

function readRows(
  sheet: SheetIndex,
  def: TableDef,
  found: FoundTable,
  problems: TableCellProblem[],
  campaign: Campaign,
): TableRowReading[] {
  const rows: TableRowReading[] = [];
  // Only rows holding a cell are read: a table may be defined down to row 1048576.
  let lastFilled = found.headerRow;
  for (const sheetRow of sheet.rowsHoldingCells(found.headerRow + 1, found.lastRow)) {
    if (found.lastRow === undefined && sheetRow - lastFilled > END_AFTER_BLANK_ROWS) break;
    const row = readRow(sheet, def, found, sheetRow, campaign, false);
    if (!row) continue;
    lastFilled = sheetRow;
    problems.push(...row.problems);
    rows.push(row.reading);
  }
  if (found.bottomRow === undefined) return rows;
  // Rows typed right under a named table, up to the first row with nothing in the table's columns.
  const below = Math.min(sheet.maxRow, (found.nextTableRow ?? Infinity) - 1);
  for (let sheetRow = found.bottomRow + 1; sheetRow <= below; sheetRow++) {
    const row = readRow(sheet, def, found, sheetRow, campaign, true);
    if (!row) break;
    problems.push(...row.problems);
    rows.push(row.reading);
  }
  return rows;
}

/** One row of a table; undefined when it has nothing in the table's columns (the row number aside). */
function readRow(
  sheet: SheetIndex,
  def: TableDef,
  found: FoundTable,
  sheetRow: number,
  campaign: Campaign,
  belowTable: boolean,
): { reading: TableRowReading; problems: TableCellProblem[] } | undefined {
  const values: TableRowReading["values"] = {};
  const cells: TableRowReading["cells"] = {};
  const problems: TableCellProblem[] = [];
  let filled = false;
  for (const column of def.columns) {
    const col = found.columns[column.id];
    if (col === undefined) continue;
    const address = toA1(sheetRow, col);
    cells[column.id] = address;
    const parsed = parseCell(sheet.cell(sheetRow, col), column.type === "integer" ? "integer" : "text");
    if (parsed.status === "ok") {
      values[column.id] = column.list ? canonicalChoice(campaign, column.list, parsed.value) : parsed.value;
      if (column.id !== "stt") filled = true;
    } else {
      values[column.id] = null;
      if (parsed.status === "invalid" || parsed.status === "error") {
        problems.push({ table: def.id, column: column.id, sheet: sheet.name, cell: address, parsed });
        if (column.id !== "stt") filled = true;
      }
    }
  }
  if (!filled) return undefined;
  const index = sheetRow - found.headerRow;
  // Written out, not spread from a row read first: V8 gave each object spread that way a shape of its
  // own, about 240 bytes a row (33,000 rows typed under a table kept 7.8 MB more).
  const reading: TableRowReading = belowTable
    ? { sheetRow, index, values, cells, belowTable: true }
    : { sheetRow, index, values, cells };
  return { reading, problems };
}

/** A list value typed in another case or Unicode form becomes the list's own spelling. */
function canonicalChoice(campaign: Campaign, listId: string, value: number | string): number | string {
  const list = campaign.lists.find((l) => l.id === listId);
  return (list && listChoice(list, String(value))) ?? value;
}
