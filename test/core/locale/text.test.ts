import { foldKey, normalizeText, STABLE_CHARACTERS } from "../../../src/core/locale/text";

const nfd = (s: string): string => s.normalize("NFD");

describe("normalizeText", () => {
  it("normalises to NFC, trims and collapses whitespace including NBSP", () => {
    expect(normalizeText(`  ${nfd("Văn")}\u00a0\u00a0 phòng\t\nSở  `)).toBe("Văn phòng Sở");
    expect(normalizeText(nfd("Được công nhận"))).toBe("Được công nhận");
  });

  it("leaves clean text alone", () => {
    expect(normalizeText("Thanh tra Sở")).toBe("Thanh tra Sở");
    expect(normalizeText("Hộ nghèo – “thoát nghèo bền vững”…")).toBe("Hộ nghèo – “thoát nghèo bền vững”…");
  });

  it("normalises texts made of the characters it takes as already normal, once spaced or decomposed", () => {
    expect(normalizeText("Hỗ trợ\u2028nhà ở")).toBe("Hỗ trợ nhà ở");
    expect(normalizeText("Hỗ  trợ")).toBe("Hỗ trợ");
    expect(normalizeText(" Hỗ trợ")).toBe("Hỗ trợ");
    expect(normalizeText(`Nhà ${nfd("ở")}`)).toBe("Nhà ở");
    expect(normalizeText("\u2126 \u212B")).toBe("\u03A9 \u00C5");
  });

  it("takes as already normal only characters that are their own NFC and not whitespace", () => {
    const ranges = [...STABLE_CHARACTERS.matchAll(/\\u([0-9A-F]{4})-\\u([0-9A-F]{4})|(.)-(.)/g)].map((m) =>
      m[1] ? [parseInt(m[1], 16), parseInt(m[2], 16)] : [m[3].codePointAt(0) ?? 0, m[4].codePointAt(0) ?? 0],
    );
    expect(ranges).toHaveLength(5);
    const unstable: string[] = [];
    for (const [from, to] of ranges) {
      for (let code = from; code <= to; code++) {
        const c = String.fromCodePoint(code);
        if (c.normalize("NFC") !== c || /\s/u.test(c) || normalizeText(`a${c}`) !== `a${c}`)
          unstable.push(code.toString(16));
      }
    }
    expect(unstable).toEqual([]);
  });
});

describe("foldKey", () => {
  it("ignores case, spacing and Unicode form", () => {
    expect(foldKey(nfd(" VĂN  PHÒNG SỞ "))).toBe(foldKey("Văn phòng Sở"));
    expect(foldKey("ĐƯỢC CÔNG NHẬN")).toBe("được công nhận");
  });

  it("gives texts of the characters taken as already normal the key the whole folding gives", () => {
    const stable = new RegExp(`[${STABLE_CHARACTERS}]`, "u");
    const chars: string[] = [];
    for (let code = 0x21; code <= 0x205e; code++) {
      const c = String.fromCodePoint(code);
      if (stable.test(c)) chars.push(c);
    }
    expect(chars).toHaveLength(1028);
    const folded = (text: string) => text.normalize("NFC").toLowerCase().normalize("NFC");
    const wrong: string[] = [];
    for (const a of chars) {
      for (const b of chars) {
        if (foldKey(`${a}${b}`) !== folded(`${a}${b}`)) wrong.push(`${a}${b}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("keeps diacritics", () => {
    expect(foldKey("Văn phòng")).not.toBe(foldKey("Van phong"));
  });
});
