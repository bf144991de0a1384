/** A summary sheet with more rows than Excel's grid holds is still written, and says what it left out. */
import { buildSummarySheet } from "../../../src/core/consolidation/plan/summary-sheet";
import { validatePlan } from "../../../src/core/workbook-model/validate-plan";
import { MAX_ROWS } from "../../../src/core/workbook-model/sheet-refs";
import { sheetsWithRowsLeftOut } from "../../../src/core/workbook-model/plan";

const TOO_MANY = MAX_ROWS + 2000;

describe("a summary sheet longer than Excel's grid", () => {
  const rows = Array.from({ length: TOO_MANY }, (_, i) => [i + 1, `Sáng kiến ${i + 1}`]);
  const sheet = buildSummarySheet({
    name: "Sáng kiến",
    table: "tbl_sum_initiatives",
    title: "Sáng kiến",
    subtitle: "",
    columns: [
      { header: "STT", kind: "integer" },
      { header: "Tên", kind: "text" },
    ],
    rows,
    totals: (first, last) => ["Tổng cộng", { formula: `COUNTA(B${first}:B${last})`, result: 0 }],
    notes: [
      { row: 0, col: 1, text: "đầu" },
      { row: TOO_MANY - 1, col: 1, text: "cuối" },
    ],
    kindOverrides: [{ firstRow: 5, lastRow: TOO_MANY - 1, col: 1, kind: "integer" }],
  });

  it("keeps the rows that fit, with its totals row on Excel's last row", () => {
    expect(() => validatePlan({ sheets: [sheet] })).not.toThrow();
    expect(sheet.tables?.[0].ref).toBe(`A4:B${MAX_ROWS}`);
    expect(sheet.notes?.map((n) => n.text)).toEqual(["đầu"]);
  });

  it("says on the last row that fits how many rows were left out", () => {
    const table = sheet.blocks[sheet.blocks.length - 1].rows;
    const last = table[table.length - 2];
    // 2,006 rows: the 2,000 past the last row, the four of the header block, the totals row and this one.
    expect(TOO_MANY - (MAX_ROWS - 4 - 1) + 1).toBe(2006);
    expect(last[0]).toBe(
      "… còn 2.006 dòng không ghi được vào trang này: một trang tính Excel chỉ chứa 1.048.576 dòng. Các dòng đó vẫn có trong tệp của từng đơn vị.",
    );
    expect(table[table.length - 3]).toEqual(rows[MAX_ROWS - 4 - 3]);
  });

  it("counts the rows it left out, for the doors that write it to say so", () => {
    const leftOut = TOO_MANY - (MAX_ROWS - 4 - 1) + 1;
    expect(sheet.rowsLeftOut).toBe(leftOut);
    const fits = buildSummarySheet({
      name: "Ngắn",
      table: "tbl_short",
      title: "Ngắn",
      subtitle: "",
      columns: [{ header: "STT", kind: "integer" }],
      rows: [[1]],
    });
    expect(fits.rowsLeftOut).toBeUndefined();
    const plan = { sheets: [fits, sheet] };
    expect(sheetsWithRowsLeftOut(plan)).toEqual([{ sheet: "Sáng kiến", rows: leftOut }]);
  });
});
