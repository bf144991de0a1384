/** "Bảng": the tables (id, title, template rows) and, beside them, their columns. */
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
      r.error(
        "id",
        `Bảng “${table.id}” ghi hai lần; bỏ dòng này.`,
        `Table “${table.id}” appears twice; row left out.`,
      );
      continue;
    }
    tables.set(table.id, table);
    rows.set(table.id, r.row);
  }
  for (const r of columnRecords) {
    const tableId = r.required("table", "mã bảng", "the table id");
    if (tableId === undefined) continue;
    const table = tables.get(tableId);
    if (!table) {
      r.error(
        "table",
        `Không có bảng “${tableId}” ở bên trái; bỏ cột này.`,
        `No table “${tableId}”; column left out.`,
      );
      continue;
    }
    const column = readColumn(r, lists);
    if (!column) continue;
    if (table.columns.some((c) => c.id === column.id)) {
      r.error(
        "id",
        `Bảng ${tableId} đã có cột “${column.id}”; bỏ dòng này.`,
        `Table ${tableId} already has column “${column.id}”.`,
      );
      continue;
    }
    table.columns.push(column);
  }
  const out: TableDef[] = [];
  for (const table of tables.values()) {
    if (table.columns.length > 0) out.push(table);
    else {
      log.error(
        { sheet: grid.name, row: rows.get(table.id) ?? 0 },
        `Bảng “${table.id}” không có cột nào; bỏ bảng này.`,
        `Table “${table.id}” has no columns; left out.`,
      );
    }
  }
  return out;
}

function readTable(r: RecordReader<KeysOf<typeof TABLES_BLOCK>>): TableDef | undefined {
  const id = r.required("id", "mã bảng", "the table id");
  const title = r.required("title", "tiêu đề bảng", "the table title");
  if (id === undefined || title === undefined) return undefined;
  if (!IDENTIFIER.test(id) || !isValidExcelName(id)) {
    r.error(
      "id",
      `“${id}” không dùng được làm tên bảng Excel (ví dụ tbl_initiatives).`,
      `“${id}” is not a valid Excel table name.`,
    );
    return undefined;
  }
  let templateRows = r.number("templateRows", DEFAULT_TEMPLATE_ROWS, "Số dòng mẫu", "Template rows");
  if (templateRows === undefined || !Number.isInteger(templateRows) || templateRows < 1) {
    r.error(
      "templateRows",
      "Số dòng mẫu phải là số nguyên từ 1 trở lên.",
      "Template rows must be a whole number of at least 1.",
    );
    templateRows = DEFAULT_TEMPLATE_ROWS;
  }
  return { id, title, titleEn: r.text("titleEn"), columns: [], templateRows };
}

function readColumn(
  r: RecordReader<KeysOf<typeof COLUMNS_BLOCK>>,
  lists: ListDef[],
): TableColumnDef | undefined {
  const id = r.required("id", "mã cột", "the column id");
  const label = r.required("label", "nhãn cột", "the column label");
  if (id === undefined || label === undefined) return undefined;
  if (!IDENTIFIER.test(id)) {
    r.error(
      "id",
      `Mã cột “${id}” chỉ gồm chữ không dấu, số và “_”.`,
      `Column id “${id}” may hold only letters, digits and “_”.`,
    );
    return undefined;
  }
  const typeText = r.text("type");
  let type = typeText === "" ? "text" : COLUMN_TYPES.read(typeText);
  if (type === undefined) {
    r.error(
      "type",
      `Kiểu “${typeText}” không có; dùng: ${COLUMN_TYPES.words.join(", ")}.`,
      `Unknown type “${typeText}”.`,
    );
    return undefined;
  }
  const list = r.optional("list");
  if (type === "list" && (list === undefined || !lists.some((l) => l.id === list))) {
    r.error(
      "list",
      `Cột kiểu danh sách cần mã danh sách có ở sheet “Danh sách” (đang ghi “${list ?? ""}”); coi là văn bản.`,
      `A list column needs a list id from the lists sheet (now “${list ?? ""}”); read as text.`,
    );
    type = "text";
  }
  let width = r.number("width", DEFAULT_WIDTH, "Độ rộng", "Width");
  if (width === undefined || width <= 0) {
    r.warning("width", "Độ rộng phải là số dương; dùng 14.", "The width must be positive; 14 is used.");
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
