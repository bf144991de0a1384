import { SheetIndex } from "../../../src/core/submission/sheet-index";
import type { CellSnapshot, SheetSnapshot } from "../../../src/core/workbook-model/snapshot";

function sheetOf(addresses: string[]): SheetSnapshot {
  const cells: Record<string, CellSnapshot> = {};
  for (const a of addresses) cells[a] = { value: a };
  return { name: "Biểu mẫu", visibility: "visible", cells, merges: [] };
}

describe("SheetIndex", () => {
  it("lists the rows and columns holding cells in order, as a reader gives them", () => {
    const index = new SheetIndex(sheetOf(["A1", "C1", "B2", "AA2", "D10"]));
    expect(index.rowsHoldingCells()).toEqual([1, 2, 10]);
    expect(index.columnsHoldingCells(2)).toEqual([2, 27]);
    expect([index.maxRow, index.maxCol]).toEqual([10, 27]);
  });

  it("sorts them when the cells came in another order (a writer's, or cells kept after a merge)", () => {
    const index = new SheetIndex(sheetOf(["D10", "C1", "AA2", "A1", "B2", "B10", "A10"]));
    expect(index.rowsHoldingCells()).toEqual([1, 2, 10]);
    expect(index.columnsHoldingCells(1)).toEqual([1, 3]);
    expect(index.columnsHoldingCells(2)).toEqual([2, 27]);
    expect(index.columnsHoldingCells(10)).toEqual([1, 2, 4]);
    expect(index.rowsHoldingCells(2, 10)).toEqual([2, 10]);
  });
});
