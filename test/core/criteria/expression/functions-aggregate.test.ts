import { errorCode, nfd, run } from "./helpers";

const tables = {
  t: {
    n: [1, 2, "3", null, true, 4],
    s: ["Đề xuất", "Được công nhận", null, "ĐƯỢC CÔNG NHẬN", "  ", "Đang áp dụng"],
    v: [10, 20, 30, 40, 50, 60],
  },
};
const data = { tables, names: { three: 3 } };

describe("SUM, MIN, MAX", () => {
  it("add only the numbers of a column and read scalars as numbers", () => {
    expect(run("SUM(t[n])", data)).toBe(7);
    expect(run('SUM(t[n], three, "1,5", TRUE, .)', { ...data, self: null })).toBe(12.5);
    expect(run("SUM(t[n]) = 8", data)).toBe(false);
    expect(errorCode('SUM(1, "abc")')).toBe("type");
  });

  it("pick the smallest and largest numbers, 0 when there are none", () => {
    expect(run("MIN(t[n], 0.5)", data)).toBe(0.5);
    expect(run("MAX(t[n], three)", data)).toBe(4);
    expect(run("MAX(t[s])", data)).toBe(0);
    expect(run("MIN(5, 2) = 5")).toBe(false);
    expect(errorCode('MAX("x")')).toBe("type");
  });
});

describe("COUNT, COUNTA, COUNTBLANK", () => {
  it("count numbers, non-blanks and blanks", () => {
    expect(run("COUNT(t[n])", data)).toBe(3);
    expect(run("COUNT(t[s])", data)).toBe(0);
    expect(run("COUNTA(t[s])", data)).toBe(4);
    expect(run("COUNTA(t[s], ., 1)", { ...data, self: null })).toBe(5);
    expect(run("COUNTBLANK(t[s])", data)).toBe(2);
    expect(run("COUNTBLANK(t[v])", data)).toBe(0);
  });
});

describe("COUNTIF", () => {
  it.each([
    ['COUNTIF(t[s], "Được công nhận")', 2],
    ['COUNTIF(t[s], "=được công nhận")', 2],
    ['COUNTIF(t[s], "Không có")', 0],
    ['COUNTIF(t[s], "<>Được công nhận")', 4],
    ['COUNTIF(t[s], "Đ*")', 4],
    ['COUNTIF(t[s], "Đ?ợc*")', 2],
    ['COUNTIF(t[s], "")', 2],
    ['COUNTIF(t[s], "<>")', 4],
    ['COUNTIF(t[v], ">=30")', 4],
    ['COUNTIF(t[v], "<30")', 2],
    ['COUNTIF(t[v], ">60")', 0],
    ['COUNTIF(t[v], "<=10")', 1],
    ["COUNTIF(t[v], 20)", 1],
    ['COUNTIF(t[n], "3")', 1],
    ["COUNTIF(t[n], 3)", 1],
    ['COUNTIF(t[n], ">2")', 1],
    ["COUNTIF(t[n], TRUE)", 1],
    ['COUNTIF(t[s], "<Đề")', 1],
  ])("%s = %i", (source, count) => {
    expect(run(source, data)).toBe(count);
  });

  it("matches text of the table in NFD", () => {
    const nfdTables = { t: { s: tables.t.s.map((v) => (typeof v === "string" ? nfd(v) : v)) } };
    expect(run('COUNTIF(t[s], "Được công nhận")', { tables: nfdTables })).toBe(2);
  });

  it("escapes wildcards with ~", () => {
    const star = { tables: { t: { s: ["a*b", "axb"] } } };
    expect(run('COUNTIF(t[s], "a~*b")', star)).toBe(1);
    expect(run('COUNTIF(t[s], "a*b")', star)).toBe(2);
  });

  it("refuses a column as the criterion", () => {
    expect(errorCode("COUNTIF(t[v], t[v])", data)).toBe("type");
  });
});

describe("SUMIF", () => {
  it("adds the matching values", () => {
    expect(run('SUMIF(t[v], ">30")', data)).toBe(150);
    expect(run('SUMIF(t[s], "Được công nhận", t[v])', data)).toBe(60);
    expect(run('SUMIF(t[s], "Không có", t[v])', data)).toBe(0);
  });
});
