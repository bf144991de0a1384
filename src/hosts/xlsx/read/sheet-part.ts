import { rangeToA1, scanA1, toA1 } from "../../../core/workbook-model/address";
import type { CellSnapshot } from "../../../core/workbook-model/snapshot";
import { tryParseRange } from "../../../core/workbook-model/sheet-refs";
import { slideFormula } from "../shared-formula";
import { cellValue, ValueContext } from "./cell-value";
import { CoveredCells } from "./covered-cells";
import type { CellFormat } from "./number-formats";
import { stringItemText } from "./rich-text";
import { Token, XmlCursor } from "./xml-cursor";

export interface SheetContext extends ValueContext {
  /** The number format of each cell style index. */
  cellFormats: (CellFormat | undefined)[];
}

export interface SheetCells {
  cells: Record<string, CellSnapshot>;
  merges: string[];
  /** Relationship ids of the sheet's tables (<tablePart>), in order. */
  tableParts: string[];
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

interface SharedMaster {
  row: number;
  col: number;
  formula: string;
}

/** Reads a worksheet part: its cells (values, cached results, formulas, number formats) and its merges. */
export function parseSheet(xml: string, ctx: SheetContext): SheetCells {
  const out: Record<string, CellSnapshot> = {};
  /** Rows, columns and addresses of the cells kept, for dropping those a merge covers. */
  const rows: number[] = [];
  const cols: number[] = [];
  const addresses: string[] = [];
  const merges: string[] = [];
  const tableParts: string[] = [];
  const shared = new Map<string, SharedMaster>();
  const cursor = new XmlCursor(xml);
  let inSheetData = false;
  let rowNumber = 0;
  let col = 0;

  const finish = (c: OpenCell, address: string) => {
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
    if (snap.value === null && snap.error === undefined && snap.formula === undefined) return;
    if (format !== undefined) snap.numFmt = format.code;
    if (!(address in out)) {
      rows.push(c.row);
      cols.push(c.col);
      addresses.push(address);
    }
    out[address] = snap;
  };

  /** The cursor on a <c> open tag: reads the cell up to its close. */
  const readCell = () => {
    const r = cursor.attr("r");
    const ref = r === undefined ? undefined : scanA1(r);
    const styleText = cursor.attr("s");
    const style = Number(styleText);
    const c: OpenCell = {
      row: ref ? ref.row : rowNumber,
      col: ref ? ref.col : col + 1,
      type: cursor.attr("t"),
      style: styleText !== undefined && Number.isInteger(style) ? style : undefined,
      value: "",
      hasFormula: false,
      formula: "",
      formulaType: undefined,
      sharedIndex: undefined,
      sharedRef: undefined,
      inline: undefined,
    };
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
    finish(c, ref?.canonical && r !== undefined ? r : toA1(c.row, c.col));
  };

  while (cursor.next()) {
    if (cursor.token !== Token.Open) {
      if (inSheetData && cursor.token === Token.Close && cursor.is("sheetData")) inSheetData = false;
    } else if (inSheetData) {
      if (cursor.is("c")) readCell();
      else if (cursor.is("row")) {
        const r = Number(cursor.attr("r"));
        rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
        col = 0;
      }
    } else if (cursor.is("sheetData")) {
      inSheetData = !cursor.selfClosing;
    } else if (cursor.is("mergeCell")) {
      const range = tryParseRange(cursor.attr("ref") ?? "");
      if (range) merges.push(rangeToA1(range));
    } else if (cursor.is("tablePart")) {
      const id = cursor.attr("id");
      if (id !== undefined) tableParts.push(id);
    }
  }

  let count = addresses.length;
  if (merges.length > 0) {
    const covered = new CoveredCells(merges);
    for (let i = 0; i < addresses.length; i++) {
      if (covered.isCovered(rows[i], cols[i])) {
        delete out[addresses[i]];
        count--;
      }
    }
  }
  return { cells: out, merges, tableParts, count };
}
