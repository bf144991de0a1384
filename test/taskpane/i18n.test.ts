import vi from "../../src/i18n/vi.json";
import en from "../../src/i18n/en.json";
import { langFromLocale, makeT, translate } from "../../src/i18n/ui-text";

const placeholders = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{(\w+)(?::[^{}]*)?\}/g)].map((m) => m[1]))].sort();

describe("UI text", () => {
  it("has the same keys, with the same placeholders, in Vietnamese and English", () => {
    expect(Object.keys(en.ui).sort()).toEqual(Object.keys(vi.ui).sort());
    for (const [key, text] of Object.entries(vi.ui)) {
      expect([key, placeholders(en.ui[key as keyof typeof en.ui])]).toEqual([key, placeholders(text)]);
    }
  });

  it("is Unicode NFC, trimmed and not empty", () => {
    for (const text of [...Object.values(vi.ui), ...Object.values(en.ui)]) {
      expect(text).toBe(text.normalize("NFC").trim());
      expect(text.length).toBeGreaterThan(0);
    }
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(translate("vi", "command.notice.openPane", { tab: "Tổng hợp" })).toContain("ở thẻ “Tổng hợp”.");
    expect(makeT("en")("command.notice.openPane")).toContain("“{tab}”");
  });

  it("picks the language from Office's display language, Vietnamese unless English", () => {
    expect(langFromLocale("en-US")).toBe("en");
    expect(langFromLocale("EN-GB")).toBe("en");
    expect(langFromLocale("vi-VN")).toBe("vi");
    expect(langFromLocale("fr-FR")).toBe("vi");
    expect(langFromLocale(undefined)).toBe("vi");
  });
});
