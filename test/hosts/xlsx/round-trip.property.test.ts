import fc from "fast-check";
import { toA1 } from "../../../src/core/workbook-model/address";
import type { CellSnapshot } from "../../../src/core/workbook-model/snapshot";
import { readWorkbook, writeWorkbook } from "../../../src/hosts/xlsx";

const text = fc.string({ unit: "binary", maxLength: 12 });
const tricky = fc.constantFrom(
  "Đạt",
  "Xã Hòa Bình".normalize("NFD"),
  "=1+1",
  "+84",
  "@x",
  " ",
  "_x0041_",
  "_x005F_",
  "a\r\nb",
  "\u0001\u001f",
  "\ud800",
);
const number = fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));
const value = fc.oneof(text, tricky, number, fc.integer(), fc.boolean(), fc.constant(null));
const grid = fc.array(fc.array(value, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 });

describe("writing then reading a grid", () => {
  it("gives back the same values", async () => {
    await fc.assert(
      fc.asyncProperty(grid, async (rows) => {
        const bytes = await writeWorkbook({
          sheets: [{ name: "Dữ liệu", blocks: [{ origin: "B2", rows }] }],
        });
        const snapshot = await readWorkbook(bytes, "p.xlsx");
        const expected: Record<string, CellSnapshot> = {};
        rows.forEach((r, i) =>
          r.forEach((v, j) => {
            if (v !== null) expected[toA1(2 + i, 2 + j)] = { value: v };
          }),
        );
        expect(snapshot.sheets[0].cells).toEqual(expected);
      }),
      { numRuns: 80 },
    );
  });
});
