/** A sheet holding one of the campaign's tables (initiatives, proposals) as an Excel table the unit can grow. */
import type { ColumnType, ListDef, TableDef } from "../campaign/model";
import type { ListValidation, SheetPlan, StyledRange } from "../workbook-model/plan";
import { columnLetters } from "../workbook-model/address";
import { TABLE_HEADER_ROW, TABLE_HINT, TABLE_HINT_ROW, TABLE_SHEETS, TABLE_TITLE_ROW } from "./layout";
import { BASE_STYLE, FONT_NAME, INPUT_STYLE } from "./styles";

const NUM_FMT: Record<ColumnType, string> = { text: "@", list: "@", integer: "0" };
/** Characters Excel does not allow in a sheet name. */
const BAD_SHEET_CHARS = /[\\/?*[\]:]/g;

export function tableSheetName(table: TableDef): string {
  return TABLE_SHEETS[table.id] ?? table.title.replace(BAD_SHEET_CHARS, " ").trim().slice(0, 31);
}

/** Data rows of the table as first generated: header row + 1 … header row + templateRows (at least one). */
export function tableDataRows(table: TableDef): { first: number; last: number } {
  return { first: TABLE_HEADER_ROW + 1, last: TABLE_HEADER_ROW + Math.max(1, table.templateRows) };
}

export function buildTableSheet(table: TableDef, lists: ListDef[]): SheetPlan {
  const lastCol = columnLetters(Math.max(1, table.columns.length));
  const { first, last } = tableDataRows(table);
  const styles: StyledRange[] = [
    { range: `A1:${lastCol}${last}`, style: BASE_STYLE },
    { range: `A${TABLE_TITLE_ROW}`, style: { font: { name: FONT_NAME, size: 13, bold: true } } },
    { range: `A${TABLE_HINT_ROW}`, style: { font: { name: FONT_NAME, size: 11, italic: true } } },
    {
      range: `A${TABLE_HEADER_ROW}:${lastCol}${TABLE_HEADER_ROW}`,
      style: { font: { name: FONT_NAME, size: 12, bold: true }, horizontal: "center", wrap: true },
    },
  ];
  const validations: ListValidation[] = [];
  const columnWidths: Record<number, number> = {};
  table.columns.forEach((column, i) => {
    const letter = columnLetters(i + 1);
    const range = `${letter}${first}:${letter}${last}`;
    columnWidths[i + 1] = column.width;
    styles.push({
      range,
      style: { ...INPUT_STYLE, numFmt: NUM_FMT[column.type], wrap: column.type === "text" },
    });
    const list = column.list === undefined ? undefined : lists.find((l) => l.id === column.list);
    if (list) {
      validations.push({
        range,
        values: list.values,
        error: { title: column.label, message: `Chọn một giá trị trong danh sách “${list.label}”.` },
      });
    }
  });
  const headers = table.columns.map((c) => c.label);
  return {
    name: tableSheetName(table),
    columnWidths,
    rowHeights: { [TABLE_HEADER_ROW]: 32 },
    blocks: [
      { origin: `A${TABLE_TITLE_ROW}`, rows: [[table.title], [TABLE_HINT]] },
      { origin: `A${TABLE_HEADER_ROW}`, rows: [headers] },
    ],
    styles,
    tables: [
      { name: table.id, ref: `A${TABLE_HEADER_ROW}:${lastCol}${last}`, columns: headers, showFilter: false },
    ],
    validations,
    freeze: { rows: TABLE_HEADER_ROW, columns: 0 },
    print: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: 1,
      repeatRows: `${TABLE_HEADER_ROW}:${TABLE_HEADER_ROW}`,
    },
  };
}
