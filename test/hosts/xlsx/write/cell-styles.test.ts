import fc from "fast-check";
import { rangeToA1 } from "../../../../src/core/workbook-model/address";
import type { CellStyle, StyledRange } from "../../../../src/core/workbook-model/plan";
import { CellStyles, layerStyles } from "../../../../src/hosts/xlsx/write/cell-styles";
import { StyleTable } from "../../../../src/hosts/xlsx/write/style-table";

const style = fc.constantFrom<CellStyle>(
  { font: { bold: true } },
  { fill: "FFEE99" },
  { border: { left: "thin" } },
  { numFmt: "#,##0" },
  { wrap: true, font: { italic: true } },
);
const range = fc
  .record({
    top: fc.integer({ min: 1, max: 12 }),
    height: fc.integer({ min: 0, max: 8 }),
    left: fc.integer({ min: 1, max: 6 }),
    width: fc.integer({ min: 0, max: 3 }),
  })
  .map((r) => ({ top: r.top, bottom: r.top + r.height, left: r.left, right: r.left + r.width }));
const styledRanges = fc.array(
  fc.record({ range, style }).map(({ range: r, style: s }) => ({ range: rangeToA1(r), style: s, r })),
  { maxLength: 8 },
);

/** Each cell worked out alone: every range covering it, in plan order, layered. */
function expectedFormats(
  ranges: { r: { top: number; bottom: number; left: number; right: number }; style: CellStyle }[],
  row: number,
  table: StyleTable,
) {
  const out = new Map<number, number>();
  for (let col = 1; col <= 10; col++) {
    let layered: CellStyle | undefined;
    for (const { r, style: s } of ranges) {
      if (row >= r.top && row <= r.bottom && col >= r.left && col <= r.right) {
        layered = layered ? layerStyles(layered, s) : s;
      }
    }
    if (layered) out.set(col, table.xfIndex(layered));
  }
  return out;
}

describe("the cell formats of a sheet, row by row", () => {
  it("are those of every range covering each cell, when rows are reused or skipped", () => {
    fc.assert(
      fc.property(styledRanges, fc.array(fc.boolean(), { minLength: 25, maxLength: 25 }), (ranges, visit) => {
        const table = new StyleTable();
        const styles = new CellStyles(
          ranges.map((s): StyledRange => ({ range: s.range, style: s.style })),
          table,
        );
        const tops = new Set(ranges.map((s) => s.r.top));
        for (let row = 1; row <= 25; row++) {
          // The writer may skip a row only where no range starts.
          if (!visit[row - 1] && !tops.has(row)) continue;
          styles.row(row);
          const got = new Map(styles.columns.map((col) => [col, styles.xfAt(col)]));
          expect(styles.columns).toEqual([...styles.columns].sort((a, b) => a - b));
          expect(got).toEqual(expectedFormats(ranges, row, table));
        }
      }),
    );
  });
});
