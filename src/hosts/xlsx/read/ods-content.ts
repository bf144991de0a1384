/**
 * The content of an OpenDocument spreadsheet (content.xml of LibreOffice's .ods, or a whole flat .fods)
 * read into the snapshot an .xlsx gives: the sheets' cells, merges and visibility, the named ranges by
 * scope, and the database ranges, LibreOffice's form of an Excel table (it keeps an .xlsx table's name).
 * Repeated rows and cells are expanded only where they hold something, and counted against the cell limit.
 */
import { rangeToA1, toA1 } from "../../../core/workbook-model/address";
import type {
  CellSnapshot,
  DefinedNameSnapshot,
  SheetSnapshot,
  TableSnapshot,
  WorkbookSnapshot,
} from "../../../core/workbook-model/snapshot";
import { MAX_CELL_TEXT, MAX_COLUMNS, MAX_ROWS } from "../../../core/workbook-model/sheet-refs";
import { isoSerial } from "./cell-value";
import { odfBoolean, odfDurationDays, odfFormula, odfRange } from "./ods-values";
import { detached, Token, XmlCursor } from "./xml-cursor";

/** The content holds more non-empty cells than the reader's limit. */
export class TooManyCellsError extends Error {}

/** One more character than an Excel cell holds: a longer text is reported too long, and no longer kept. */
const KEPT_TEXT = MAX_CELL_TEXT + 1;
/** Database ranges LibreOffice makes itself for a sheet's filter: no table of the file. */
const ANONYMOUS_RANGE = "__Anonymous_Sheet_DB__";

interface CellAttributes {
  valueType?: string;
  error: boolean;
  value?: string;
  dateValue?: string;
  timeValue?: string;
  booleanValue?: string;
  stringValue?: string;
  formula?: string;
  repeated: number;
  spannedColumns: number;
  spannedRows: number;
}

/** A cell of a row being read, and how many columns it repeats over. */
interface RowCell {
  col: number;
  repeated: number;
  cell: CellSnapshot;
}

/** A merge starting in a row being read: its column, and how far it spans. */
interface RowMerge {
  col: number;
  columns: number;
  rows: number;
}

interface RawRange {
  name: string;
  address: string;
  scopeSheet?: string;
  header?: boolean;
  footer?: boolean;
}

/** A count attribute (number-rows-repeated…): a whole number of at least 1, else 1. */
function count(text: string): number {
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

function readCellAttributes(cursor: XmlCursor): CellAttributes {
  const a: CellAttributes = { error: false, repeated: 1, spannedColumns: 1, spannedRows: 1 };
  for (let at = 0; (at = cursor.nextAttr(at)) >= 0;) {
    if (cursor.attrIs("value-type")) {
      if (!cursor.attrPrefixIs("calcext")) a.valueType ??= cursor.attrValue();
      else if (cursor.attrValue() === "error") a.error = true;
    } else if (cursor.attrIs("value")) a.value ??= cursor.attrValue();
    else if (cursor.attrIs("date-value")) a.dateValue ??= cursor.attrValue();
    else if (cursor.attrIs("time-value")) a.timeValue ??= cursor.attrValue();
    else if (cursor.attrIs("boolean-value")) a.booleanValue ??= cursor.attrValue();
    else if (cursor.attrIs("string-value")) a.stringValue ??= cursor.attrValue();
    else if (cursor.attrIs("formula")) a.formula ??= cursor.attrValue();
    else if (cursor.attrIs("number-columns-repeated")) a.repeated = count(cursor.attrValue());
    else if (cursor.attrIs("number-columns-spanned")) a.spannedColumns = count(cursor.attrValue());
    else if (cursor.attrIs("number-rows-spanned")) a.spannedRows = count(cursor.attrValue());
  }
  return a;
}

/**
 * After a <text:p> open tag: its text up to its close, as LibreOffice shows it: <text:s/> spaces, tabs and
 * line breaks written out, notes left out, at most KEPT_TEXT characters.
 */
function paragraphText(cursor: XmlCursor): string {
  let text = "";
  let depth = 0;
  const add = (piece: string) => {
    if (text.length < KEPT_TEXT) text += piece.slice(0, KEPT_TEXT - text.length);
  };
  while (cursor.next()) {
    add(cursor.textBefore());
    if (cursor.token === Token.Cdata) add(cursor.cdata());
    if (cursor.token === Token.Close) {
      if (depth-- === 0) break;
      continue;
    }
    if (cursor.token !== Token.Open) continue;
    if (cursor.is("s")) add(" ".repeat(Math.min(count(cursor.attr("c") ?? "1"), KEPT_TEXT)));
    else if (cursor.is("tab")) add("\t");
    else if (cursor.is("line-break")) add("\n");
    else if (cursor.is("note") || cursor.is("annotation") || cursor.is("ruby-text")) {
      if (!cursor.selfClosing) cursor.skipElement();
      continue;
    }
    if (!cursor.selfClosing) {
      if (cursor.is("s") || cursor.is("tab") || cursor.is("line-break")) cursor.skipElement();
      else depth++;
    }
  }
  return detached(text);
}

/** After a cell's open tag: the text of its paragraphs, one a line; comments, pictures and the rest skipped. */
function cellText(cursor: XmlCursor): string {
  const paragraphs: string[] = [];
  while (cursor.next()) {
    if (cursor.token === Token.Close) break;
    if (cursor.token !== Token.Open) continue;
    if (cursor.is("p") || cursor.is("h")) paragraphs.push(cursor.selfClosing ? "" : paragraphText(cursor));
    else if (!cursor.selfClosing) cursor.skipElement();
  }
  return paragraphs.join("\n").slice(0, KEPT_TEXT);
}

/** The cell an .xlsx would hold for these attributes and text; undefined for an empty one. */
function cellOf(a: CellAttributes, text: string): CellSnapshot | undefined {
  let cell: CellSnapshot;
  if (a.error) {
    cell = { value: null, error: text.trim() || "#VALUE!" };
  } else {
    switch (a.valueType) {
      case "float":
      case "percentage":
      case "currency": {
        const n = Number(a.value ?? text);
        cell = { value: Number.isFinite(n) && (a.value ?? text).trim() !== "" ? n : null };
        break;
      }
      case "date": {
        const withTime = (a.dateValue ?? "").includes("T");
        cell = {
          value: isoSerial((a.dateValue ?? "").trim()),
          numFmt: withTime ? "yyyy-mm-dd hh:mm:ss" : "yyyy-mm-dd",
        };
        break;
      }
      case "time":
        cell = { value: odfDurationDays(a.timeValue ?? ""), numFmt: "[h]:mm:ss" };
        break;
      case "boolean":
        cell = { value: odfBoolean(a.booleanValue ?? "") };
        break;
      default: {
        // A string, or a cell that says nothing of its type: its text as written.
        const value = a.stringValue?.slice(0, KEPT_TEXT) ?? text;
        cell = { value: value === "" ? null : value };
      }
    }
  }
  if (a.formula !== undefined && a.formula !== "") cell.formula = odfFormula(a.formula);
  return cell.value === null && cell.error === undefined && cell.formula === undefined ? undefined : cell;
}

/** Header texts of a table's first row, as Excel names its columns. */
function headerTexts(cells: SheetSnapshot["cells"], row: number, left: number, right: number): string[] {
  const out: string[] = [];
  for (let col = left; col <= right; col++) {
    const value = cells[toA1(row, col)]?.value;
    out.push(value === null || value === undefined ? "" : String(value));
  }
  return out;
}

/**
 * Reads the content. `only`: the sheets whose cells are wanted (the others keep their name and
 * visibility). Throws TooManyCellsError past `maxCells` non-empty cells.
 */
export function parseOdsContent(
  xml: string,
  fileName: string,
  maxCells: number,
  only?: ReadonlySet<string>,
): WorkbookSnapshot {
  const hiddenStyles = new Set<string>();
  let tableStyle: string | undefined;
  const sheets: SheetSnapshot[] = [];
  const ranges: RawRange[] = [];
  const databases: RawRange[] = [];
  let sheet: SheetSnapshot | undefined;
  let wanted = false;
  let row = 1;
  let rowsRepeated = 1;
  let col = 1;
  let inRow = false;
  let rowCells: RowCell[] = [];
  let rowMerges: RowMerge[] = [];
  /** Cells and merges kept so far. */
  let cellCount = 0;

  const finishRow = () => {
    const copies = rowCells.length > 0 || rowMerges.length > 0 ? rowsRepeated : 0;
    for (let r = row; r < row + copies && r <= MAX_ROWS && sheet; r++) {
      for (const { col: first, repeated, cell } of rowCells) {
        for (let c = first; c < first + repeated && c <= MAX_COLUMNS; c++) {
          if (++cellCount > maxCells) throw new TooManyCellsError(`more than ${maxCells} non-empty cells`);
          sheet.cells[toA1(r, c)] = { ...cell };
        }
      }
      for (const m of rowMerges) {
        if (++cellCount > maxCells) throw new TooManyCellsError(`more than ${maxCells} cells and merges`);
        const range = {
          top: r,
          left: m.col,
          bottom: Math.min(r + m.rows - 1, MAX_ROWS),
          right: Math.min(m.col + m.columns - 1, MAX_COLUMNS),
        };
        sheet.merges.push(rangeToA1(range));
      }
    }
    row += rowsRepeated;
    rowCells = [];
    rowMerges = [];
    inRow = false;
  };

  const readCell = () => {
    const a = readCellAttributes(cursor);
    const text = cursor.selfClosing ? "" : cellText(cursor);
    const first = col;
    col += a.repeated;
    if (!inRow || !wanted || first > MAX_COLUMNS) return;
    const cell = cellOf(a, text);
    if (cell) rowCells.push({ col: first, repeated: a.repeated, cell });
    if (a.spannedColumns > 1 || a.spannedRows > 1) {
      for (let c = first; c < first + a.repeated && c <= MAX_COLUMNS; c++)
        rowMerges.push({ col: c, columns: a.spannedColumns, rows: a.spannedRows });
    }
  };

  const cursor = new XmlCursor(xml);
  while (cursor.next()) {
    if (cursor.token === Token.Close) {
      if (cursor.is("style")) tableStyle = undefined;
      else if (cursor.is("table-row") && inRow) finishRow();
      else if (cursor.is("table") && sheet) {
        sheets.push(sheet);
        sheet = undefined;
      }
      continue;
    }
    if (cursor.token !== Token.Open) continue;
    if (cursor.is("style")) {
      tableStyle = cursor.attr("family") === "table" && !cursor.selfClosing ? cursor.attr("name") : undefined;
    } else if (cursor.is("table-properties")) {
      if (tableStyle !== undefined && cursor.attr("display") === "false") hiddenStyles.add(tableStyle);
    } else if (cursor.is("table") && sheet) {
      // A table inside a sheet (in a text box, say) is none of its cells.
      if (!cursor.selfClosing) cursor.skipElement();
    } else if (cursor.is("table")) {
      const name = cursor.attr("name") ?? `Sheet${sheets.length + 1}`;
      const style = cursor.attr("style-name");
      const visibility = style !== undefined && hiddenStyles.has(style) ? "hidden" : "visible";
      sheet = { name, visibility, cells: {}, merges: [] };
      wanted = only === undefined || only.has(name);
      row = 1;
      if (cursor.selfClosing) {
        sheets.push(sheet);
        sheet = undefined;
      }
    } else if (cursor.is("table-row") && sheet) {
      rowsRepeated = count(cursor.attr("number-rows-repeated") ?? "1");
      col = 1;
      inRow = true;
      if (cursor.selfClosing) finishRow();
    } else if (cursor.is("table-cell") && sheet) {
      readCell();
    } else if (cursor.is("covered-table-cell") && sheet) {
      col += count(cursor.attr("number-columns-repeated") ?? "1");
      if (!cursor.selfClosing) cursor.skipElement();
    } else if (cursor.is("named-range")) {
      const name = cursor.attr("name");
      const address = cursor.attr("cell-range-address");
      if (name !== undefined && address !== undefined)
        ranges.push({ name, address, scopeSheet: sheet?.name });
    } else if (cursor.is("database-range")) {
      const name = cursor.attr("name");
      const address = cursor.attr("target-range-address");
      if (name !== undefined && address !== undefined && !name.startsWith(ANONYMOUS_RANGE)) {
        const header = cursor.attr("contains-header") !== "false";
        databases.push({ name, address, header, footer: cursor.attr("contains-footer") === "true" });
      }
    }
  }
  if (sheet) sheets.push(sheet);

  const sheetNamed = (name: string) =>
    sheets.find((s) => s.name === name) ?? sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  const names: DefinedNameSnapshot[] = [];
  for (const r of ranges) {
    if (r.name.toLowerCase().startsWith("_xlnm.")) continue;
    const target = odfRange(r.address);
    const on = target && sheetNamed(target.sheet);
    if (!target || !on) continue;
    const ref = rangeToA1(target.range);
    names.push({
      name: r.name,
      sheet: on.name,
      ref,
      ...(r.scopeSheet !== undefined ? { scopeSheet: r.scopeSheet } : {}),
    });
  }
  const tables: TableSnapshot[] = [];
  for (const d of databases) {
    const target = odfRange(d.address);
    const on = target && sheetNamed(target.sheet);
    if (!target || !on || !d.header) continue;
    const { top, left, right } = target.range;
    tables.push({
      name: d.name,
      sheet: on.name,
      ref: rangeToA1(target.range),
      columns: headerTexts(on.cells, top, left, right),
      ...(d.footer ? { totalsRow: true } : {}),
    });
  }
  return { fileName, sheets, names, tables };
}
