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

  it("writes a count of thousands the language's way, a year as it is", () => {
    const counts = { units: 1200, errors: 396002, warnings: 1, infos: 0 };
    expect(translate("vi", "validate.status.done", counts)).toBe(
      "Đã kiểm tra 1.200 biểu mẫu: 396.002 lỗi, 1 cảnh báo, 0 lưu ý.",
    );
    expect(translate("en", "validate.status.done", counts)).toContain(
      "1,200 forms: 396,002 errors, 1 warning",
    );
    expect(translate("vi", "consolidate.yearNote", { year: 2024, others: 2023 })).toContain("năm 2024");
    expect(translate("vi", "consolidate.yearNote", { year: 2024, others: 2023 })).toContain("năm 2023");
  });

  it("picks the language from Office's display language, Vietnamese unless English", () => {
    expect(langFromLocale("en-US")).toBe("en");
    expect(langFromLocale("EN-GB")).toBe("en");
    expect(langFromLocale("vi-VN")).toBe("vi");
    expect(langFromLocale("fr-FR")).toBe("vi");
    expect(langFromLocale(undefined)).toBe("vi");
  });
});
