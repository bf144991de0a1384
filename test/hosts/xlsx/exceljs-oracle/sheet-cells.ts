import { parseA1, rangeToA1, toA1 } from "../../../../src/core/workbook-model/address";
import type { CellSnapshot } from "../../../../src/core/workbook-model/snapshot";
import { cellSnapshot } from "./cell-snapshot";
import { MergedCells } from "../../../../src/hosts/xlsx/merged-cells";
import { CellModel, isRecord, WorksheetModel } from "./parsed-model";
import { slideFormula } from "../../../../src/hosts/xlsx/shared-formula";
import { tryParseRange } from "../../../../src/core/workbook-model/sheet-refs";

export interface SheetCells {
  cells: Record<string, CellSnapshot>;
  merges: string[];
}

/** The formula text of a cell: its own, or its shared formula's moved to it. */
function formulaOf(cell: CellModel, address: string, shared: Map<string, string>): string | undefined {
  if (typeof cell.formula === "string") {
    if (cell.shareType === "shared") shared.set(address, cell.formula);
    return cell.formula;
  }
  if (typeof cell.sharedFormula !== "string") return undefined;
  const master = shared.get(cell.sharedFormula);
  return master === undefined
    ? undefined
    : slideFormula(master, parseA1(cell.sharedFormula), parseA1(address));
}

/** One pass over a sheet's cells. */
export function sheetCells(ws: WorksheetModel): SheetCells {
  const mergeRanges = ws.mergeCells.map((m) => tryParseRange(m)).filter((r) => r !== undefined);
  const merged = new MergedCells(mergeRanges);
  const shared = new Map<string, string>();
  const cells: Record<string, CellSnapshot> = {};
  let rowNumber = 0;
  for (const row of ws.rows) {
    rowNumber = typeof row.number === "number" && row.number > 0 ? row.number : rowNumber + 1;
    const rowHasMerges = merged.hasRow(rowNumber);
    // Column of the previous cell, NaN when only its address is known (parsed only when needed).
    let col = 0;
    let previous = "";
    for (const raw of row.cells) {
      if (!isRecord(raw)) continue;
      const cell = raw as CellModel;
      let address: string;
      if (typeof cell.address === "string") {
        address = cell.address;
        col = Number.NaN;
      } else {
        // A cell may omit its address ("r"): it then follows the previous cell.
        col = (Number.isNaN(col) ? parseA1(previous).col : col) + 1;
        address = toA1(rowNumber, col);
      }
      previous = address;
      if (rowHasMerges && merged.isCovered(rowNumber, Number.isNaN(col) ? parseA1(address).col : col)) {
        continue;
      }
      const snap = cellSnapshot(cell, formulaOf(cell, address, shared));
      if (snap) cells[address] = snap;
    }
  }
  return { cells, merges: mergeRanges.map(rangeToA1) };
}
