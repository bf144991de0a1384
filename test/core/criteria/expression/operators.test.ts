import { errorCode, nfd, run } from "./helpers";

describe("arithmetic", () => {
  it.each([
    ["1 + 2", 3],
    ["5 - 7", -2],
    ["2 * 3.5", 7],
    ["7 / 2", 3.5],
    ["2 ^ 10", 1024],
    ["-2 ^ 2", 4],
    ["-(2 ^ 2)", -4],
    ["+3", 3],
    ["50%", 0.5],
    ["15% * 20", 3],
    ["1 + 2 * 3", 7],
    ["(1 + 2) * 3", 9],
    ["2 ^ 3 ^ 2", 64],
  ])("%s = %d", (source, value) => {
    expect(run(source)).toBe(value);
  });

  it("reads blank as 0, TRUE as 1 and numeric text the Vietnamese way", () => {
    expect(run(". + 1", { self: null })).toBe(1);
    expect(run(". + 1")).toBe(1);
    expect(run("TRUE + 1")).toBe(2);
    expect(run('"1.500.000" + 1')).toBe(1500001);
    expect(run('"1,5" * 2')).toBe(3);
    expect(run('"  " + 1')).toBe(1);
  });

  it("refuses text that is not a number", () => {
    expect(errorCode('"abc" + 1')).toBe("type");
    expect(errorCode('"2 triệu" * 1')).toBe("type");
    expect(errorCode('-"x"')).toBe("type");
    expect(errorCode('"x"%')).toBe("type");
  });

  it("refuses division by zero and results that are not finite", () => {
    expect(errorCode("1 / 0")).toBe("type");
    expect(errorCode("1 / .", { self: null })).toBe("type");
    expect(errorCode("0 ^ -1")).toBe("type");
    expect(errorCode("10 ^ 400")).toBe("type");
    expect(errorCode("(-8) ^ 0.5")).toBe("type");
    expect(() => run("1/0")).toThrow("Division by zero");
  });

  it("refuses a table column in arithmetic", () => {
    const data = { tables: { t: { c: [1, 2] } } };
    expect(errorCode("t[c] + 1", data)).toBe("type");
  });
});

describe("text joining with &", () => {
  it("joins numbers, booleans and blanks as text", () => {
    expect(run('"a" & 1.5 & TRUE & . & "b"', { self: null })).toBe("a1.5TRUEb");
    expect(run('0.1 + 0.2 & ""')).toBe("0.3");
  });

  it("refuses a table column", () => {
    expect(errorCode('t[c] & "x"', { tables: { t: { c: ["a"] } } })).toBe("type");
  });
});

describe("comparisons", () => {
  it.each([
    ["1 = 1", true],
    ["1 = 2", false],
    ["1 <> 2", true],
    ["1 <> 1", false],
    ["1 < 2", true],
    ["2 < 1", false],
    ["1 <= 1", true],
    ["2 <= 1", false],
    ["2 > 1", true],
    ["1 > 2", false],
    ["1 >= 1", true],
    ["1 >= 2", false],
    ["0.1 + 0.2 = 0.3", true],
    ['"abc" = "ABC"', true],
    ['"abc" = "abd"', false],
    ['"a" < "b"', true],
    ['"b" < "a"', false],
    ['"Ă" < "B"', true],
    ["TRUE = TRUE", true],
    ["FALSE < TRUE", true],
  ])("%s is %s", (source, value) => {
    expect(run(source)).toBe(value);
  });

  it("compares text case-insensitively across Unicode forms", () => {
    expect(run(`. = "Được công nhận"`, { self: nfd("ĐƯỢC CÔNG NHẬN") })).toBe(true);
    expect(run(`. = "Được công nhận"`, { self: "Đuoc cong nhan" })).toBe(false);
  });

  it("does not turn text into numbers when comparing (Excel)", () => {
    expect(run('"5" = 5')).toBe(false);
    expect(run('"5" > 100')).toBe(true); // text sorts after numbers
    expect(run('TRUE > "z"')).toBe(true); // booleans sort after text
    expect(run("1 = TRUE")).toBe(false);
  });

  it("treats blank as 0, empty text and FALSE", () => {
    const blank = { self: null };
    expect(run(". = 0", blank)).toBe(true);
    expect(run('. = ""', blank)).toBe(true);
    expect(run(". = FALSE", blank)).toBe(true);
    expect(run(". < 1", blank)).toBe(true);
    expect(run(". > -1", blank)).toBe(true);
    expect(run('. < "a"', blank)).toBe(true);
    expect(run(". = 1", blank)).toBe(false);
    expect(run(". = .", blank)).toBe(true);
    expect(run('"   " = 0')).toBe(true);
  });

  it("refuses a table column", () => {
    expect(errorCode("t[c] = 1", { tables: { t: { c: [1] } } })).toBe("type");
  });
});

describe("names, columns and self", () => {
  it("resolves names and self", () => {
    expect(run(". <= staff_total", { self: 3, names: { staff_total: 10 } })).toBe(true);
    expect(run(". <= staff_total", { self: 30, names: { staff_total: 10 } })).toBe(false);
  });

  it("reports unknown names and columns", () => {
    expect(errorCode("missing + 1")).toBe("unknown-name");
    expect(errorCode("COUNTA(t[nope])", { tables: { t: { c: [] } } })).toBe("unknown-name");
    expect(() => run("staff + 1")).toThrow("Unknown name staff");
  });
});
