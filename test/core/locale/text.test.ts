import { foldKey, normalizeText } from "../../../src/core/locale/text";

const nfd = (s: string): string => s.normalize("NFD");

describe("normalizeText", () => {
  it("normalises to NFC, trims and collapses whitespace including NBSP", () => {
    expect(normalizeText(`  ${nfd("Văn")}\u00a0\u00a0 phòng\t\nSở  `)).toBe("Văn phòng Sở");
    expect(normalizeText(nfd("Được công nhận"))).toBe("Được công nhận");
  });

  it("leaves clean text alone", () => {
    expect(normalizeText("Thanh tra Sở")).toBe("Thanh tra Sở");
  });
});

describe("foldKey", () => {
  it("ignores case, spacing and Unicode form", () => {
    expect(foldKey(nfd(" VĂN  PHÒNG SỞ "))).toBe(foldKey("Văn phòng Sở"));
    expect(foldKey("ĐƯỢC CÔNG NHẬN")).toBe("được công nhận");
  });

  it("keeps diacritics", () => {
    expect(foldKey("Văn phòng")).not.toBe(foldKey("Van phong"));
  });
});
