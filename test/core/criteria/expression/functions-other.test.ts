import { errorCode, run } from "./helpers";

describe("ISBLANK, ISNUMBER, ISTEXT", () => {
  it.each([
    ["ISBLANK(.)", null, true],
    ["ISBLANK(.)", "  ", true],
    ["ISBLANK(.)", 0, false],
    ["ISNUMBER(.)", 1.5, true],
    ["ISNUMBER(.)", "1.5", false],
    ["ISTEXT(.)", "x", true],
    ["ISTEXT(.)", 1, false],
    ["ISTEXT(.)", "", false],
  ])("%s of %j is %s", (source, self, value) => {
    expect(run(source, { self })).toBe(value);
  });
});

describe("DATE, YEAR, MONTH, DAY, TODAY", () => {
  it("make and take apart Excel serials", () => {
    expect(run("DATE(2024, 12, 5)")).toBe(45631);
    expect(run("DATE(2024, 13, 1) = DATE(2025, 1, 1)")).toBe(true);
    expect(run("DATE(24, 1, 1) = DATE(1924, 1, 1)")).toBe(true);
    expect(run("YEAR(45631)")).toBe(2024);
    expect(run("MONTH(45631)")).toBe(12);
    expect(run("DAY(45631)")).toBe(5);
    expect(run("DAY(45631) = 6")).toBe(false);
    expect(run("YEAR(.)", { self: null })).toBe(1900);
    expect(run("TODAY() - 1", { today: 45688 })).toBe(45687);
  });

  it("refuse impossible dates and a missing today", () => {
    expect(errorCode("DATE(10000, 1, 1)")).toBe("type");
    expect(errorCode("DATE(-1, 1, 1)")).toBe("type");
    expect(errorCode("YEAR(-5)")).toBe("type");
    expect(errorCode("MONTH(3000000)")).toBe("type");
    expect(errorCode("TODAY()")).toBe("unknown-name");
  });
});

describe("ROWS", () => {
  const data = { tables: { tbl_x: { a: ["x", null, "y"], b: [null, null, 1] } } };

  it("counts non-blank rows of a table, or the length of a column", () => {
    expect(run("ROWS(tbl_x)", data)).toBe(2);
    expect(run("ROWS(tbl_x[a])", data)).toBe(3);
    expect(run("ROWS(tbl_x) = 3", data)).toBe(false);
  });

  it("reports an unknown table", () => {
    expect(errorCode("ROWS(tbl_nope)", data)).toBe("unknown-name");
  });
});
