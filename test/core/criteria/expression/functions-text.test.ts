import { errorCode, nfd, run } from "./helpers";

describe("LEN, TRIM, LOWER, UPPER, SUBSTITUTE", () => {
  it("work on text whatever its Unicode form", () => {
    expect(run("LEN(.)", { self: nfd("Việt") })).toBe(4);
    expect(run("LEN(.)", { self: null })).toBe(0);
    expect(run("LEN(12.5)")).toBe(4);
    expect(run("LEN(.) > 4", { self: "Việt" })).toBe(false);
    expect(run("TRIM(.)", { self: "  Văn\u00a0 phòng  " })).toBe("Văn phòng");
    expect(run("LOWER(.)", { self: "ĐƯỢC" })).toBe("được");
    expect(run("UPPER(.)", { self: "sở xây dựng" })).toBe("SỞ XÂY DỰNG");
    expect(run('SUBSTITUTE("0912 345 678", " ", "")')).toBe("0912345678");
    expect(run('SUBSTITUTE("abc", "", "x")')).toBe("abc");
    expect(run('SUBSTITUTE("abc", "z", "x") = "xbc"')).toBe(false);
  });

  it("refuse a table column", () => {
    expect(errorCode("LEN(t[c])", { tables: { t: { c: ["a"] } } })).toBe("type");
  });
});

describe("REGEXMATCH", () => {
  it("matches part of the text unless anchored", () => {
    expect(run('REGEXMATCH("abc123", "[0-9]+")')).toBe(true);
    expect(run('REGEXMATCH("abc", "^[0-9]+$")')).toBe(false);
    expect(run('REGEXMATCH(., "^\\p{L}+$")', { self: nfd("Việt") })).toBe(true);
  });

  it("refuses invalid and overlong patterns and overlong texts", () => {
    expect(errorCode('REGEXMATCH("a", "(")')).toBe("regex");
    expect(errorCode(`REGEXMATCH("a", "${"a".repeat(201)}")`)).toBe("regex");
    expect(errorCode(`REGEXMATCH("a", "${"a".repeat(200)}")`)).toBe("none");
    expect(errorCode('REGEXMATCH(., "a")', { self: "a".repeat(1001) })).toBe("regex");
    expect(errorCode('REGEXMATCH(., "a")', { self: "a".repeat(1000) })).toBe("none");
  });

  it("stays quick on a catastrophic pattern thanks to the text limit", () => {
    const started = Date.now();
    expect(run('REGEXMATCH(., "^(a|a)*$")', { self: "a".repeat(20) + "b" })).toBe(false);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
