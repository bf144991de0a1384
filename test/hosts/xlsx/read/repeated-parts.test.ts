import type { WorkbookPlan } from "../../../../src/core/workbook-model/plan";
import { readWorkbookBytes } from "../../../../src/hosts/xlsx/read";
import * as numberFormats from "../../../../src/hosts/xlsx/read/number-formats";
import * as workbookPart from "../../../../src/hosts/xlsx/read/workbook-part";
import { writeWorkbook } from "../../../../src/hosts/xlsx";
import { RepeatedParts } from "../../../../src/hosts/xlsx/read/repeated-parts";

/** A unit's form in small: a value with a number format, and a defined name pointing at it. */
function plan(numFmt: string, nameRef: string, value: number): WorkbookPlan {
  return {
    sheets: [
      {
        name: "Biểu mẫu",
        blocks: [{ origin: "A1", rows: [["Kinh phí"], [value]] }],
        styles: [{ range: "A2", style: { numFmt } }],
      },
    ],
    names: [{ name: "f_fund", sheet: "Biểu mẫu", ref: nameRef }],
  };
}

describe("parts repeated from file to file of a batch", () => {
  afterEach(() => jest.restoreAllMocks());

  it("are parsed once, and each file still gets its own values", async () => {
    const parseWorkbook = jest.spyOn(workbookPart, "parseWorkbookPart");
    const parseFormats = jest.spyOn(numberFormats, "parseCellFormats");
    const names = jest.spyOn(workbookPart, "definedNames");
    const a = readWorkbookBytes(await writeWorkbook(plan("#,##0", "A2", 1500)), "VP.xlsx");
    const b = readWorkbookBytes(await writeWorkbook(plan("#,##0", "A2", 2500)), "TTr.xlsx");
    expect([
      parseWorkbook.mock.calls.length,
      parseFormats.mock.calls.length,
      names.mock.calls.length,
    ]).toEqual([1, 1, 1]);
    expect(a.sheets[0].cells.A2).toEqual({ value: 1500, numFmt: "#,##0" });
    expect(b.sheets[0].cells.A2).toEqual({ value: 2500, numFmt: "#,##0" });
    expect(b.names).toEqual(a.names);
    // Each snapshot has its own list: changing one does not change the next file's.
    a.names[0].ref = "Z9";
    expect(b.names[0].ref).toBe("A2");
  });

  it("are parsed again when their text differs, however little", async () => {
    const first = readWorkbookBytes(await writeWorkbook(plan("0.00", "A2", 7)), "a.xlsx");
    const parseFormats = jest.spyOn(numberFormats, "parseCellFormats");
    const other = readWorkbookBytes(await writeWorkbook(plan("0.0", "A1", 7)), "b.xlsx");
    expect(parseFormats).toHaveBeenCalledTimes(1);
    expect(first.sheets[0].cells.A2.numFmt).toBe("0.00");
    expect(other.sheets[0].cells.A2.numFmt).toBe("0.0");
    expect(other.names.map((n) => n.ref)).toEqual(["A1"]);
  });

  it("keep a few short parts, frozen, and parse a long one every time", () => {
    const parts = new RepeatedParts<{ n: number[] }>();
    const parse = jest.fn((n: number) => ({ n: [n] }));
    const first = parts.get("k0", () => parse(0));
    expect(parts.get("k0", () => parse(99))).toBe(first);
    expect(Object.isFrozen(first.n)).toBe(true);
    for (let i = 1; i <= 8; i++) parts.get(`k${i}`, () => parse(i));
    // Eight are kept: the first was let go for the ninth.
    expect(parts.get("k0", () => parse(100)).n).toEqual([100]);
    const long = "x".repeat(64 * 1024 + 1);
    parts.get(long, () => parse(1));
    parts.get(long, () => parse(2));
    expect(parse).toHaveBeenCalledTimes(12);
  });
});
