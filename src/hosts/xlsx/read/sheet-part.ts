import { rangeToA1, scanA1, toA1 } from "../../../core/workbook-model/address";
import type { CellSnapshot } from "../../../core/workbook-model/snapshot";
import { MAX_COLUMNS, MAX_ROWS, tryParseRange } from "../../../core/workbook-model/sheet-refs";
import { slideFormula } from "../shared-formula";
import { cellValue, ValueContext } from "./cell-value";
import { CoveredCells } from "./covered-cells";
import type { CellFormat } from "./number-formats";
import { stringItemText } from "./rich-text";
import { detached, Token, XmlCursor } from "./xml-cursor";

export interface SheetContext extends ValueContext {
  /** The number format of each cell style index. */
  cellFormats: (CellFormat | undefined)[];
}

/** What a worksheet holds outside its cells, read without reading them. */
export interface SheetLayout {
  merges: string[];
  /** Relationship ids of the sheet's tables (<tablePart>), in order. */
  tableParts: string[];
  /** Where the content of <sheetData> starts and ends in the part's text (equal when it has none). */
  cellsFrom: number;
  cellsTo: number;
}

export interface SheetCells {
  cells: Record<string, CellSnapshot>;
  /** Number of cells in `cells`. */
  count: number;
}

/** One cell as it is being read. */
interface OpenCell {
  row: number;
  col: number;
  type: string | undefined;
  style: number | undefined;
  value: string;
  hasFormula: boolean;
  formula: string;
  formulaType: string | undefined;
  sharedIndex: string | undefined;
  sharedRef: string | undefined;
  inline: string | undefined;
}

function openCell(row: number, col: number, type: string | undefined, style: number | undefined): OpenCell {
  return {
    row,
    col,
    type,
    style,
    value: "",
    hasFormula: false,
    formula: "",
    formulaType: undefined,
    sharedIndex: undefined,
    sharedRef: undefined,
    inline: undefined,
  };
}

interface SharedMaster {
  row: number;
  col: number;
  formula: string;
}

/**
 * A cell as Excel, LibreOffice and most writers store it: its address, maybe a style and a type, and no
 * content or one <v> without entities. Any other form (formulas, inline strings, prefixes, other
 * attributes or orders) is read tag by tag; both give the same snapshot.
 */
const PLAIN_CELL =
  /<c r="[A-Z]{1,3}[0-9]{1,7}"(?: s="[0-9]{1,9}")?(?: t="(?:s|n|b|e|str)")?(?:\/>|><v>[^<&]*<\/v><\/c>)/y;
const QUOTE = 0x22;
const SLASH = 0x2f;
/** The characters of `<c r="`, `"><v>` and `</v></c>` around the parts of a plain cell. */
const BEFORE_ADDRESS = 6;
const BEFORE_VALUE = 4;
const AFTER_VALUE = 8;

/** The digits of `xml` from `at` to the first non-digit, as a number. */
function digitsAt(xml: string, at: number): number {
  let n = 0;
  for (let ch = xml.charCodeAt(at); ch >= 0x30 && ch <= 0x39; ch = xml.charCodeAt(++at)) {
    n = n * 10 + ch - 0x30;
  }
  return n;
}

/** The t="…" of a plain cell from its first letter: s, n, b, e or str. */
function plainType(xml: string, at: number): string {
  const first = xml[at];
  return first === "s" && xml.charCodeAt(at + 1) !== QUOTE ? "str" : first;
}

/** What may stand between "</" and a local name: nothing, or a namespace prefix and its colon. */
const PREFIX = /^(?:[^\s<>/:]+:)?$/;

/**
 * The merges and table parts of a worksheet. They follow its cells, which are stepped over without
 * being read.
 */
export function parseSheetLayout(xml: string): SheetLayout {
  const merges: string[] = [];
  const tableParts: string[] = [];
  let cellsFrom = 0;
  let cellsTo = 0;
  const cursor = new XmlCursor(xml);
  while (cursor.next()) {
    if (cursor.token !== Token.Open) continue;
    if (cursor.is("sheetData")) {
      cellsFrom = cellsTo = cursor.position;
      if (cursor.selfClosing) continue;
      const close = sheetDataClose(xml, cellsFrom);
      cellsTo = close < 0 ? xml.length : close;
      cursor.jumpTo(cellsTo);
    } else if (cursor.is("mergeCell")) {
      const range = tryParseRange(cursor.attr("ref") ?? "");
      if (range) merges.push(rangeToA1(range));
    } else if (cursor.is("tablePart")) {
      const id = cursor.attr("id");
      if (id !== undefined) tableParts.push(id);
    }
  }
  return { merges, tableParts, cellsFrom, cellsTo };
}

/**
 * Where the close tag of <sheetData> starts, searching back from the end; -1 if it has none. The name
 * may also be text further on (a header, say), but text cannot hold the "</" of a tag.
 */
function sheetDataClose(xml: string, from: number): number {
  for (let at = xml.lastIndexOf("sheetData"); at >= from; at = xml.lastIndexOf("sheetData", at - 1)) {
    const lt = xml.lastIndexOf("<", at);
    if (lt >= from && xml.charCodeAt(lt + 1) === 0x2f /* / */ && PREFIX.test(xml.slice(lt + 2, at)))
      return lt;
  }
  return -1;
}

/** Reads a worksheet's cells (values, cached results, formulas, number formats), those a merge covers left out. */
export function parseSheetCells(xml: string, layout: SheetLayout, ctx: SheetContext): SheetCells {
  const out: Record<string, CellSnapshot> = {};
  /** Rows, columns and addresses of the cells kept, for dropping those a merge covers. */
  const rows: number[] = [];
  const cols: number[] = [];
  const addresses: string[] = [];
  const shared = new Map<string, SharedMaster>();
  const cursor = new XmlCursor(xml, layout.cellsFrom, layout.cellsTo);
  let rowNumber = 0;
  let col = 0;
  /** Cells usually come in order: only one that does not can repeat an address already read. */
  let lastRow = 0;
  let lastCol = 0;

  /**
   * Keeps a cell read unless it holds nothing or lies outside Excel's grid (a damaged or hand-made file:
   * Excel drops such a cell when it repairs the file), noting where it is for dropping it when a merge
   * covers it.
   */
  const keep = (row: number, column: number, snap: CellSnapshot, format: CellFormat | undefined) => {
    if (snap.value === null && snap.error === undefined && snap.formula === undefined) return;
    if (row > MAX_ROWS || column > MAX_COLUMNS) return;
    if (format !== undefined) snap.numFmt = format.code;
    const address = toA1(row, column);
    const inOrder = row > lastRow || (row === lastRow && column > lastCol);
    if (inOrder) {
      lastRow = row;
      lastCol = column;
    }
    if (inOrder || !(address in out)) {
      rows.push(row);
      cols.push(column);
      addresses.push(address);
    }
    out[address] = snap;
  };
  const finish = (c: OpenCell) => {
    const format = c.style === undefined ? undefined : ctx.cellFormats[c.style];
    let snap: CellSnapshot;
    if (c.hasFormula && (c.formula !== "" || c.formulaType !== undefined)) {
      let formula = c.formula;
      if (c.formulaType === "shared" && c.sharedIndex !== undefined) {
        const master = shared.get(c.sharedIndex);
        if (formula !== "" && c.sharedRef !== undefined) {
          shared.set(c.sharedIndex, { row: c.row, col: c.col, formula });
        } else if (formula === "" && master) {
          formula = slideFormula(master.formula, master, c);
        }
      }
      snap = c.value === "" ? { value: null } : cellValue(c.type, c.value, format, ctx);
      if (formula !== "") snap.formula = formula;
    } else if (c.type === "inlineStr") {
      if (c.inline === undefined || c.inline === "") return;
      snap = { value: c.inline };
    } else {
      if (c.value === "") return;
      snap = cellValue(c.type, c.value, format, ctx);
    }
    keep(c.row, c.col, snap, format);
  };
  /** The cursor on a <c> open tag: reads the cell up to its close. */
  const readCell = () => {
    let r: string | undefined;
    let styleText: string | undefined;
    let type: string | undefined;
    for (let at = 0; (at = cursor.nextAttr(at)) >= 0;) {
      // The first of a repeated attribute counts, as for attr().
      if (cursor.attrIs("r")) r ??= cursor.attrValue();
      else if (cursor.attrIs("s")) styleText ??= cursor.attrValue();
      else if (cursor.attrIs("t")) type ??= cursor.attrValue();
    }
    const ref = r === undefined ? undefined : scanA1(r);
    const style = Number(styleText);
    const c = openCell(
      ref ? ref.row : rowNumber,
      ref ? ref.col : col + 1,
      type,
      styleText !== undefined && Number.isInteger(style) ? style : undefined,
    );
    col = c.col;
    if (cursor.selfClosing) return;
    let depth = 0;
    while (cursor.next()) {
      if (cursor.token === Token.Open) {
        if (depth > 0) {
          if (!cursor.selfClosing) depth++;
        } else if (cursor.is("v")) {
          if (!cursor.selfClosing) c.value += cursor.textUntilClose();
        } else if (cursor.is("f")) {
          c.hasFormula = true;
          c.formulaType = cursor.attr("t");
          c.sharedIndex = cursor.attr("si");
          c.sharedRef = cursor.attr("ref");
          if (!cursor.selfClosing) c.formula += cursor.textUntilClose();
        } else if (cursor.is("is")) {
          if (!cursor.selfClosing) c.inline = stringItemText(cursor);
        } else if (!cursor.selfClosing) {
          depth++;
        }
      } else if (cursor.token === Token.Close && depth-- === 0) {
        break;
      }
    }
    finish(c);
  };

  /**
   * The cell PLAIN_CELL matched from `lt` to `end` (no formula, no inline string, so no OpenCell), read by
   * the positions the pattern fixes: its address's letters and digits, then maybe ` s="…"` and ` t="…"`,
   * then `/>` or a value between `><v>` and `</v></c>`.
   */
  const readPlainCell = (lt: number, end: number) => {
    let at = lt + BEFORE_ADDRESS;
    let column = 0;
    for (let ch = xml.charCodeAt(at); ch >= 0x41 && ch <= 0x5a; ch = xml.charCodeAt(++at)) {
      column = column * 26 + ch - 0x40;
    }
    const row = digitsAt(xml, at);
    col = column;
    at = xml.indexOf('"', at) + 1;
    let style: number | undefined;
    let type: string | undefined;
    if (xml.startsWith(' s="', at)) {
      style = digitsAt(xml, at + 4);
      at = xml.indexOf('"', at + 4) + 1;
    }
    if (xml.startsWith(' t="', at)) {
      type = plainType(xml, at + 4);
      at = xml.indexOf('"', at + 4) + 1;
    }
    if (xml.charCodeAt(at) === SLASH || at + BEFORE_VALUE === end - AFTER_VALUE) return;
    const value = xml.slice(at + BEFORE_VALUE, end - AFTER_VALUE);
    const format = style === undefined ? undefined : ctx.cellFormats[style];
    keep(row, column, cellValue(type, detached(value), format, ctx), format);
  };

  for (;;) {
    const plain = cursor.testNext(PLAIN_CELL);
    if (plain >= 0) {
      readPlainCell(plain, cursor.position);
      continue;
    }
    if (!cursor.next()) break;
    if (cursor.token !== Token.Open) continue;
    if (cursor.is("c")) readCell();
    else if (cursor.is("row")) {
      const r = Number(cursor.attr("r"));
      rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
      col = 0;
    }
  }

  let count = addresses.length;
  if (layout.merges.length > 0) {
    const covered = new CoveredCells(layout.merges);
    for (let i = 0; i < addresses.length; i++) {
      if (covered.isCovered(rows[i], cols[i])) {
        delete out[addresses[i]];
        count--;
      }
    }
  }
  return { cells: out, count };
}
