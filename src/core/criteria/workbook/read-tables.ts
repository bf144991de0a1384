/** The tables sheet: the tables (id, title, template rows) and, beside them, their columns. */
import type { ListDef, TableColumnDef, TableDef } from "../../campaign/model";
import type { WorkbookSnapshot } from "../../workbook-model/snapshot";
import { isValidExcelName } from "../../template/names";
import type { ProblemLog } from "./problems";
import { IDENTIFIER, type RecordReader } from "./read-context";
import { openBlock, openSheet } from "./read-sheet";
import { COLUMNS_BLOCK, CRITERIA_SHEETS, TABLES_BLOCK } from "./sheets";
import type { KeysOf } from "./block";
import { COLUMN_TYPES } from "./vocabulary";

const DEFAULT_TEMPLATE_ROWS = 10;
const DEFAULT_WIDTH = 14;

export function readTables(
  snapshot: WorkbookSnapshot,
  base: TableDef[],
  lists: ListDef[],
  log: ProblemLog,
): TableDef[] {
  const grid = openSheet(snapshot, CRITERIA_SHEETS.tables, log);
  const tableRecords = grid && openBlock(grid, TABLES_BLOCK, log);
  const columnRecords = grid && tableRecords && openBlock(grid, COLUMNS_BLOCK, log);
  if (!tableRecords || !columnRecords) return base;

  const tables = new Map<string, TableDef>();
  const rows = new Map<string, number>();
  for (const r of tableRecords) {
    const table = readTable(r);
    if (!table) continue;
    if (tables.has(table.id)) {
      r.error("id", "tables.duplicate", { id: table.id });
      continue;
    }
    tables.set(table.id, table);
    rows.set(table.id, r.row);
  }
  for (const r of columnRecords) {
    const tableId = r.required("table", "what.table-id");
    if (tableId === undefined) continue;
    const table = tables.get(tableId);
    if (!table) {
      r.error("table", "columns.unknown-table", { table: tableId });
      continue;
    }
    const column = readColumn(r, lists);
    if (!column) continue;
    if (table.columns.some((c) => c.id === column.id)) {
      r.error("id", "columns.duplicate", { table: tableId, id: column.id });
      continue;
    }
    table.columns.push(column);
  }
  const out: TableDef[] = [];
  for (const table of tables.values()) {
    if (table.columns.length > 0) out.push(table);
    else {
      log.error({ sheet: grid.name, row: rows.get(table.id) ?? 0 }, "tables.no-columns", { id: table.id });
    }
  }
  return out;
}

function readTable(r: RecordReader<KeysOf<typeof TABLES_BLOCK>>): TableDef | undefined {
  const id = r.required("id", "what.table-id");
  const title = r.required("title", "what.table-title");
  if (id === undefined || title === undefined) return undefined;
  if (!IDENTIFIER.test(id) || !isValidExcelName(id)) {
    r.error("id", "tables.bad-name", { id });
    return undefined;
  }
  let templateRows = r.number("templateRows", DEFAULT_TEMPLATE_ROWS, "what.template-rows");
  if (templateRows === undefined || !Number.isInteger(templateRows) || templateRows < 1) {
    r.error("templateRows", "tables.bad-template-rows");
    templateRows = DEFAULT_TEMPLATE_ROWS;
  }
  return { id, title, titleEn: r.text("titleEn"), columns: [], templateRows };
}

function readColumn(
  r: RecordReader<KeysOf<typeof COLUMNS_BLOCK>>,
  lists: ListDef[],
): TableColumnDef | undefined {
  const id = r.required("id", "what.column-id");
  const label = r.required("label", "what.column-label");
  if (id === undefined || label === undefined) return undefined;
  if (!IDENTIFIER.test(id)) {
    r.error("id", "columns.bad-id", { id });
    return undefined;
  }
  const typeText = r.text("type");
  let type = typeText === "" ? "text" : COLUMN_TYPES.read(typeText);
  if (type === undefined) {
    r.error("type", "type.unknown", { type: typeText, types: COLUMN_TYPES.words.join(", ") });
    return undefined;
  }
  const list = r.optional("list");
  if (type === "list" && (list === undefined || !lists.some((l) => l.id === list))) {
    r.error("list", "columns.no-list", { sheet: CRITERIA_SHEETS.lists, list: list ?? "" });
    type = "text";
  }
  let width = r.number("width", DEFAULT_WIDTH, "what.width");
  if (width === undefined || width <= 0) {
    r.warning("width", "columns.bad-width", { width: DEFAULT_WIDTH });
    width = DEFAULT_WIDTH;
  }
  const column: TableColumnDef = {
    id,
    label,
    labelEn: r.text("labelEn"),
    type,
    required: r.yesNo("required", false),
    width,
  };
  if (type === "list" && list !== undefined) column.list = list;
  return column;
}
