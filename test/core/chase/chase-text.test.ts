import { chaseText } from "../../../src/core/chase/chase-text";

describe("the chase's texts", () => {
  it("write a count the language's way, a year as it is", () => {
    const params = { file: "VP-2024.xlsx", errors: 396002, warnings: 1 };
    expect(chaseText("vi", "feedback.subtitle", params)).toContain("VP-2024.xlsx: 396.002 lỗi, 1 cảnh báo");
    expect(chaseText("en", "feedback.subtitle", params)).toContain("396,002");
    expect(chaseText("vi", "subject", { year: 2024 })).toContain("năm 2024");
  });
});
