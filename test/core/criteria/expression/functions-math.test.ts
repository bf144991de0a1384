import { errorCode, run } from "./helpers";

describe("ABS, INT, ROUND, MOD", () => {
  it.each([
    ["ABS(-3)", 3],
    ["ABS(3)", 3],
    ["INT(2.7)", 2],
    ["INT(-2.1)", -3],
    ["ROUND(2.675, 2)", 2.68],
    ["ROUND(-2.5)", -3],
    ["ROUND(1234.5, -2)", 1200],
    ["ROUND(1.005, 2)", 1.01],
    ["MOD(7, 3)", 1],
    ["MOD(-1, 3)", 2],
    ["MOD(5.5, 1)", 0.5],
  ])("%s = %d", (source, value) => {
    expect(run(source)).toBe(value);
  });

  it("fails where the result is wrong", () => {
    expect(run("ROUND(2.4, 0) = 3")).toBe(false);
    expect(run("ABS(-3) = -3")).toBe(false);
  });

  it("refuses MOD by zero and text", () => {
    expect(errorCode("MOD(1, 0)")).toBe("type");
    expect(errorCode('ABS("x")')).toBe("type");
  });
});

describe("CEILING and FLOOR", () => {
  it.each([
    ["CEILING(2.1)", 3],
    ["CEILING(15% * 20)", 3],
    ["CEILING(0.15 * 60)", 9],
    ["CEILING(7, 5)", 10],
    ["CEILING(0.3, 0.1)", 0.3],
    ["CEILING(-2.5, 1)", -2],
    ["CEILING(-2.5, -1)", -3],
    ["CEILING(5, 0)", 0],
    ["FLOOR(2.9)", 2],
    ["FLOOR(7, 5)", 5],
    ["FLOOR(-2.5, 1)", -3],
    ["FLOOR(-2.5, -1)", -2],
    ["FLOOR(0, 0)", 0],
  ])("%s = %d", (source, value) => {
    expect(run(source)).toBe(value);
  });

  it("refuses a negative significance for a positive number and FLOOR by zero", () => {
    expect(errorCode("CEILING(2, -1)")).toBe("type");
    expect(errorCode("FLOOR(2, -1)")).toBe("type");
    expect(errorCode("FLOOR(2, 0)")).toBe("type");
  });
});
