import type { ChartPlan, SheetPlan, WorkbookPlan } from "../../../src/core/workbook-model/plan";
import { InvalidPlanError, writeWorkbook } from "../../../src/hosts/xlsx";

function plan(sheet: Partial<SheetPlan>, extra: Partial<WorkbookPlan> = {}): WorkbookPlan {
  return { sheets: [{ name: "S", blocks: [], ...sheet }], ...extra };
}

async function problemOf(p: WorkbookPlan): Promise<string> {
  try {
    await writeWorkbook(p);
    return "no error";
  } catch (error) {
    if (error instanceof InvalidPlanError) return error.message;
    throw error;
  }
}

const table = { name: "T", ref: "A1:B3", columns: ["a", "b"] };
const chartSeries = {
  name: { sheet: "S", range: "B1" },
  categories: { sheet: "S", range: "A2:A3" },
  values: { sheet: "S", range: "B2:B3" },
};
const chart: ChartPlan = { kind: "bar", title: "Biểu đồ", anchor: "D1:J10", series: [chartSeries] };

describe("writeWorkbook refuses a malformed plan with a clear error", () => {
  it.each<[string, WorkbookPlan, RegExp]>([
    ["no sheets", { sheets: [] }, /no sheets/],
    [
      "duplicate sheet names, ignoring case",
      {
        sheets: [
          { name: "Báo cáo", blocks: [] },
          { name: "BÁO CÁO", blocks: [] },
        ],
      },
      /duplicate sheet name/,
    ],
    ["a sheet name over 31 characters", plan({ name: "x".repeat(32) }), /longer than 31/],
    ...["[", "]", ":", "*", "?", "/", "\\"].map((ch): [string, WorkbookPlan, RegExp] => [
      `a sheet name with ${ch}`,
      plan({ name: `a${ch}b` }),
      /contains one of the characters/,
    ]),
    ["a sheet name starting with an apostrophe", plan({ name: "'a" }), /apostrophe/],
    ["every sheet hidden", plan({ visibility: "hidden" }), /visible/],
    [
      "duplicate table names across sheets",
      {
        sheets: [
          { name: "A", blocks: [], tables: [table] },
          { name: "B", blocks: [], tables: [{ ...table, name: "t" }] },
        ],
      },
      /duplicate table name "t"/,
    ],
    [
      "a table name with a space",
      plan({ tables: [{ ...table, name: "Bảng 1" }] }),
      /must start with a letter/,
    ],
    [
      "a table name that is a cell reference",
      plan({ tables: [{ ...table, name: "AB12" }] }),
      /cell reference/,
    ],
    [
      "a table ref that does not match its columns",
      plan({ tables: [{ ...table, ref: "A1:C3" }] }),
      /3 columns wide but it has 2/,
    ],
    ["a table without a data row", plan({ tables: [{ ...table, ref: "A1:B1" }] }), /at least one data row/],
    ["duplicate table columns", plan({ tables: [{ ...table, columns: ["a", "A"] }] }), /duplicate column/],
    ["an empty table column", plan({ tables: [{ ...table, columns: [" ", "c"] }] }), /column " " is empty/],
    ["an unknown table style", plan({ tables: [{ ...table, style: "Fancy" }] }), /unknown table style/],
    [
      "a header cell that differs from its column",
      plan({ blocks: [{ origin: "A1", rows: [["x", "b"]] }], tables: [table] }),
      /header cell value "x" differs from column "a"/,
    ],
    ["overlapping merges", plan({ merges: ["A1:B2", "B2:C3"] }), /merge A1:B2 overlaps merge B2:C3/],
    ["a one-cell merge", plan({ merges: ["A1:A1"] }), /one cell/],
    ["a merge inside a table", plan({ merges: ["A2:B2"], tables: [table] }), /overlaps table "T"/],
    [
      "overlapping tables",
      plan({ tables: [table, { ...table, name: "U", ref: "B2:C4" }] }),
      /table "T" overlaps table "U"/,
    ],
    [
      "a value hidden under a merge",
      plan({ merges: ["A1:B1"], blocks: [{ origin: "B1", rows: [[1]] }] }),
      /inside merge A1:B1/,
    ],
    [
      "a note on a covered cell",
      plan({ merges: ["A1:B1"], notes: [{ cell: "B1", text: "x" }] }),
      /not on its top-left/,
    ],
    [
      "two notes on one cell",
      plan({
        notes: [
          { cell: "A1", text: "x" },
          { cell: "a1", text: "y" },
        ],
      }),
      /two notes/,
    ],
    ["a bad range", plan({ styles: [{ range: "A1:", style: {} }] }), /not an A1 range/],
    ["a bad colour", plan({ styles: [{ range: "A1", style: { fill: "red" } }] }), /RRGGBB/],
    ["a number that is not finite", plan({ blocks: [{ origin: "A1", rows: [[Number.NaN]] }] }), /finite/],
    [
      "text longer than a cell holds",
      plan({ blocks: [{ origin: "A1", rows: [["x".repeat(32768)]] }] }),
      /32767/,
    ],
    ["an empty formula", plan({ blocks: [{ origin: "A1", rows: [[{ formula: "=" }]] }] }), /empty formula/],
    [
      "a block past the last column",
      plan({ blocks: [{ origin: "XFD1", rows: [[1, 2]] }] }),
      /past the sheet/,
    ],
    ["an empty validation list", plan({ validations: [{ range: "A1", values: [] }] }), /no values/],
    [
      "overlapping validations",
      plan({
        validations: [
          { range: "A1:A9", values: ["x"] },
          { range: "A5", values: ["y"] },
        ],
      }),
      /overlaps/,
    ],
    [
      "a bad repeat-rows",
      plan({ print: { orientation: "portrait", paperSize: "A4", repeatRows: "A1" } }),
      /repeat rows/,
    ],
    [
      "a defined name with a space",
      plan({}, { names: [{ name: "Vùng nhập", sheet: "S", ref: "A1" }] }),
      /defined name/,
    ],
    ["a defined name like R1C1", plan({}, { names: [{ name: "R1C1", sheet: "S", ref: "A1" }] }), /R1C1/],
    [
      "a defined name on a missing sheet",
      plan({}, { names: [{ name: "X", sheet: "Nope", ref: "A1" }] }),
      /missing sheet/,
    ],
    [
      "a defined name equal to a table name",
      plan({ tables: [table] }, { names: [{ name: "t", sheet: "S", ref: "A1" }] }),
      /duplicate defined name/,
    ],
    ...(
      [
        ["a chart of an unknown kind", { kind: "pie" }, /kind "pie" is not bar or column/],
        ["a chart without series", { series: [] }, /has no series/],
        ["a chart anchored nowhere", { anchor: "here" }, /anchor "here" is not an A1 range/],
        [
          "a chart on a missing sheet",
          { series: [{ ...chartSeries, values: { sheet: "Khác", range: "B2:B3" } }] },
          /refers to a missing sheet "Khác"/,
        ],
        [
          "a chart whose values are a block",
          { series: [{ ...chartSeries, values: { sheet: "S", range: "B2:C3" } }] },
          /"B2:C3" is not a single row or column/,
        ],
        [
          "a chart with fewer values than categories",
          { series: [{ ...chartSeries, values: { sheet: "S", range: "B2:B2" } }] },
          /1 values for 2 categories/,
        ],
        [
          "a chart whose series name is a range",
          { series: [{ ...chartSeries, name: { sheet: "S", range: "B1:C1" } }] },
          /name "B1:C1" is not one cell/,
        ],
      ] as [string, Partial<ChartPlan>, RegExp][]
    ).map(([label, change, message]): [string, WorkbookPlan, RegExp] => [
      label,
      plan({ charts: [{ ...chart, ...change } as ChartPlan] }),
      message,
    ]),
  ])("%s", async (_, p, message) => {
    expect(await problemOf(p)).toMatch(message);
  });

  it("accepts the smallest valid plans", async () => {
    expect(await problemOf(plan({}))).toBe("no error");
    expect(await problemOf(plan({ tables: [table] }))).toBe("no error");
    expect(
      await problemOf(
        plan({ name: "x".repeat(31), merges: ["A1:B1"], blocks: [{ origin: "A1", rows: [["t", ""]] }] }),
      ),
    ).toBe("no error");
  });
});
