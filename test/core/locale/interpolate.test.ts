import { interpolate } from "../../../src/core/locale/interpolate";
import en from "../../../src/i18n/en.json";

describe("interpolate", () => {
  it("fills placeholders and leaves unknown ones to show", () => {
    expect(interpolate("Tệp {file}: {count}", { file: "VP.xlsx", count: 3 })).toBe("Tệp VP.xlsx: 3");
    expect(interpolate("{missing} và {file}", { file: "x" })).toBe("{missing} và x");
  });

  it("chooses the word for a count: one for 1, the other for anything else", () => {
    const text = "{errors} {errors:error|errors}, {n} {n:file is|files are} left";
    expect(interpolate(text, { errors: 1, n: 1 })).toBe("1 error, 1 file is left");
    expect(interpolate(text, { errors: 0, n: 2 })).toBe("0 errors, 2 files are left");
    expect(interpolate(text, { errors: "1", n: "1.500" })).toBe("1 error, 1.500 files are left");
    expect(interpolate("{n:a|b}", {})).toBe("{n:a|b}");
  });

  it("writes values as told, and still takes a count's word from the count itself", () => {
    const grouped = (_: string, value: string | number) => (value === 1000 ? "1.000" : String(value));
    expect(interpolate("{n} {n:file|files}", { n: 1000 }, grouped)).toBe("1.000 files");
    expect(interpolate("{n} {n:file|files}", { n: 1 }, grouped)).toBe("1 file");
  });
});

describe("the English catalogue", () => {
  const texts = (node: unknown): string[] =>
    typeof node === "string" ? [node] : Object.values(node as Record<string, unknown>).flatMap(texts);

  it("says “1 file”, not “1 files” or “file(s)”: a count's word follows the count", () => {
    const hedged = texts(en).filter((t) => /\{\w+\} [\w ]*\(s\)/.test(t));
    expect(hedged).toEqual([]);
    const nouns =
      /\{(\w+)\} (errors|warnings|notes|files|units|reports|findings|places|sheets|rules|marks|cells|rows|forms|ranges)\b/;
    expect(texts(en).filter((t) => nouns.test(t))).toEqual([]);
  });
});
