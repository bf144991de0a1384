import { columnNumber, rangeToA1, toA1 } from "../../../core/workbook-model/address";
import type { CellSnapshot } from "../../../core/workbook-model/snapshot";
import { tryParseRange } from "../../../core/workbook-model/sheet-refs";
import { slideFormula } from "../shared-formula";
import { cellValue, ValueContext } from "./cell-value";
import { CoveredCells } from "./covered-cells";
import { StringItemText } from "./rich-text";
import { attributes, scanXml } from "./xml-scan";

export interface SheetContext extends ValueContext {
  /** Number format code of each cell style index. */
  cellFormats: (string | undefined)[];
}

export interface SheetCells {
  cells: Record<string, CellSnapshot>;
  merges: string[];
  /** Relationship ids of the sheet's tables (<tablePart>), in order. */
  tableParts: string[];
  /** Number of cells in `cells`. */
  count: number;
}

const CELL_REF = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** One cell as it is being read. */
class OpenCell {
  row = 0;
  col = 0;
  type: string | undefined;
  style: number | undefined;
  value = "";
  hasValue = false;
  formula = "";
  hasFormula = false;
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
  const cells = new Map<string, { row: number; col: number; snap: CellSnapshot }>();
  const merges: string[] = [];
  const tableParts: string[] = [];
  const shared = new Map<string, SharedMaster>();
  const item = new StringItemText();
  let inSheetData = false;
  let rowNumber = 0;
  let col = 0;
  let cell: OpenCell | undefined;
  /** Which text the characters go to. */
  let target: "v" | "f" | "is" | undefined;

  const finish = (c: OpenCell) => {
    const numFmt = c.style === undefined ? undefined : ctx.cellFormats[c.style];
    const formulaText = c.formula;
    const valueText = c.value;
    let snap: CellSnapshot;
    if (c.hasFormula && (formulaText !== "" || c.formulaType !== undefined)) {
      let formula = formulaText;
      if (c.formulaType === "shared" && c.sharedIndex !== undefined) {
        const master = shared.get(c.sharedIndex);
        if (formula !== "" && c.sharedRef !== undefined) {
          shared.set(c.sharedIndex, { row: c.row, col: c.col, formula });
        } else if (formula === "" && master) {
          formula = slideFormula(master.formula, master, c);
        }
      }
      snap = valueText === "" ? { value: null } : cellValue(c.type, valueText, numFmt, ctx);
      if (formula !== "") snap.formula = formula;
    } else if (c.type === "inlineStr") {
      if (c.inline === undefined || c.inline === "") return;
      snap = { value: c.inline };
    } else {
      if (!c.hasValue) return;
      snap = cellValue(c.type, valueText, numFmt, ctx);
    }
    if (snap.value === null && snap.error === undefined && snap.formula === undefined) return;
    if (numFmt !== undefined && numFmt !== "" && numFmt.toLowerCase() !== "general") snap.numFmt = numFmt;
    cells.set(toA1(c.row, c.col), { row: c.row, col: c.col, snap });
  };

  scanXml(xml, {
    open(name, raw) {
      if (!inSheetData) {
        if (name === "sheetData") inSheetData = true;
        else if (name === "mergeCell") {
          const range = tryParseRange(attributes(raw).ref ?? "");
          if (range) merges.push(rangeToA1(range));
        } else if (name === "tablePart") {
          const id = attributes(raw).id;
          if (id !== undefined) tableParts.push(id);
        }
        return;
      }
      if (cell) {
        if (name === "v") target = "v";
        else if (name === "f") {
          const a = attributes(raw);
          cell.hasFormula = true;
          cell.formulaType = a.t;
          cell.sharedIndex = a.si;
          cell.sharedRef = a.ref;
          target = "f";
        } else if (name === "is") target = "is";
        else if (target === "is") item.open(name, false);
        return;
      }
      if (name === "row") {
        const r = Number(attributes(raw).r);
        rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
        col = 0;
      } else if (name === "c") {
        const a = attributes(raw);
        cell = new OpenCell();
        const ref = a.r === undefined ? null : CELL_REF.exec(a.r);
        if (ref) {
          cell.col = columnNumber(ref[1]);
          cell.row = Number(ref[2]);
        } else {
          cell.col = col + 1;
          cell.row = rowNumber;
        }
        col = cell.col;
        cell.type = a.t;
        const style = Number(a.s);
        if (a.s !== undefined && Number.isInteger(style)) cell.style = style;
      }
    },
    close(name) {
      if (!inSheetData) return;
      if (name === "sheetData") {
        inSheetData = false;
      } else if (cell) {
        if (name === "c") {
          finish(cell);
          cell = undefined;
          target = undefined;
        } else if (name === "is" && target === "is") {
          cell.inline = item.take();
          target = undefined;
        } else if (target === "is") {
          item.close(name);
        } else if (name === "v" || name === "f") {
          target = undefined;
        }
      }
    },
    text(text) {
      if (!cell || target === undefined) return;
      if (target === "v") {
        cell.value += text;
        cell.hasValue = true;
      } else if (target === "f") cell.formula += text;
      else item.text(text);
    },
  });

  const covered = new CoveredCells(merges);
  const out: Record<string, CellSnapshot> = {};
  let count = 0;
  for (const [address, c] of cells) {
    if (merges.length > 0 && covered.isCovered(c.row, c.col)) continue;
    out[address] = c.snap;
    count++;
  }
  return { cells: out, merges, tableParts, count };
}
