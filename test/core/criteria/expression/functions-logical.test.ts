import { errorCode, run } from "./helpers";

describe("AND, OR, NOT", () => {
  it.each([
    ["AND(TRUE, 1)", true],
    ["AND(TRUE, 0)", false],
    ["OR(FALSE, 2)", true],
    ["OR(FALSE, 0)", false],
    ["NOT(FALSE)", true],
    ["NOT(1)", false],
    ['AND("true", "TRUE")', true],
  ])("%s is %s", (source, value) => {
    expect(run(source)).toBe(value);
  });

  it("reads a blank as FALSE and refuses other text", () => {
    expect(run("OR(., FALSE)", { self: null })).toBe(false);
    expect(errorCode('AND(TRUE, "yes")')).toBe("type");
    expect(errorCode('NOT("x")')).toBe("type");
  });

  it("counts only TRUE/FALSE and numbers inside a column", () => {
    const data = { tables: { t: { ok: [true, null, "x", 1], bad: [true, false] } } };
    expect(run("AND(t[ok])", data)).toBe(true);
    expect(run("AND(t[bad])", data)).toBe(false);
    expect(run("OR(t[bad])", data)).toBe(true);
  });

  it("evaluates every argument, so an unknown name is reported even after FALSE", () => {
    expect(errorCode("AND(FALSE, nope)")).toBe("unknown-name");
  });
});

describe("IF", () => {
  it("chooses a branch", () => {
    expect(run('IF(. > 5, "big", "small")', { self: 9 })).toBe("big");
    expect(run('IF(. > 5, "big", "small")', { self: 1 })).toBe("small");
    expect(run('IF(. > 5, "big")', { self: 1 })).toBe(false);
  });

  it("evaluates only the chosen branch", () => {
    expect(run("IF(TRUE, 1, 1 / 0)")).toBe(1);
    expect(run("IF(FALSE, nope, 2)")).toBe(2);
    expect(errorCode("IF(TRUE, 1 / 0, 1)")).toBe("type");
  });
});

describe("IN", () => {
  it("is TRUE when the value equals one of the choices, text case-insensitively", () => {
    expect(run('IN(., "Hoàn thành xuất sắc", "Hoàn thành tốt")', { self: "hoàn thành TỐT" })).toBe(true);
    expect(run('IN(., "Hoàn thành xuất sắc", "Hoàn thành tốt")', { self: "Hoàn thành" })).toBe(false);
    expect(run("IN(., 1, 2, 3)", { self: 2 })).toBe(true);
    expect(run('IN(., "2")', { self: 2 })).toBe(false);
  });

  it("spreads table columns among the choices", () => {
    expect(run("IN(., t[c])", { self: "b", tables: { t: { c: ["a", "B"] } } })).toBe(true);
    expect(errorCode("IN(t[c], 1)", { tables: { t: { c: [1] } } })).toBe("type");
  });
});
