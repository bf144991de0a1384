import { chaseDeadline, splitFix } from "../../../src/core/chase";
import type { FindingRow } from "../../../src/core/consolidation";
import { reportSettings } from "../../../src/core/report";
import { settingsFromJson } from "../../../src/core/report/settings-json";
import { DEFAULT_CAMPAIGN } from "../../../src/core/campaign/default-campaign";

const base = reportSettings(DEFAULT_CAMPAIGN.settings);
const row = (message: string, code: FindingRow["code"] = "type-error"): FindingRow =>
  ({ message, code }) as FindingRow;

describe("the chase's deadline", () => {
  it("is the settings' own when given, as chase_deadline in the JSON settings", () => {
    const { settings, problems } = settingsFromJson({ chase_deadline: "2025-01-15" });
    expect(problems).toEqual([]);
    expect(chaseDeadline({ ...base, ...settings }, { year: 2024, month: 12, day: 1 })).toEqual({
      year: 2025,
      month: 1,
      day: 15,
    });
    expect(settingsFromJson({ chase_deadline: "32/13/2024" }).problems).toMatchObject([
      {
        key: "not-a-date",
        message: '“chase_deadline” phải là ngày, dạng "2025-01-15" hoặc "15/01/2025"',
        messageEn: '“chase_deadline” must be a date such as "2025-01-15" or "15/01/2025"',
      },
    ]);
  });

  it("may be written the Vietnamese way, day first", () => {
    const day = { year: 2025, month: 1, day: 15 };
    for (const text of ["15/01/2025", "15-1-2025", "ngày 15 tháng 01 năm 2025"]) {
      expect(settingsFromJson({ chase_deadline: text })).toEqual({
        settings: { chaseDeadline: day },
        problems: [],
      });
    }
    expect(settingsFromJson({ date: "05/12/2024" }).settings.date).toEqual({ year: 2024, month: 12, day: 5 });
    expect(settingsFromJson({ date: "29/02/2025" }).problems[0]?.key).toBe("not-a-date");
  });

  it("defaults to ten days after the letter's date, across a month's end", () => {
    expect(
      chaseDeadline({ ...base, date: { year: 2025, month: 1, day: 25 } }, { year: 2024, month: 1, day: 1 }),
    ).toEqual({ year: 2025, month: 2, day: 4 });
    expect(chaseDeadline(base, { year: 2024, month: 12, day: 28 })).toEqual({ year: 2025, month: 1, day: 7 });
  });
});

describe("what is wrong and how to fix it", () => {
  it("takes the catalogue's “Hãy …” sentence as the fix", () => {
    expect(
      splitFix("vi", row("“1.500.000đ” có chữ, không phải số. Hãy ghi bằng chữ số, ví dụ 2.000.000.")),
    ).toEqual({
      problem: "“1.500.000đ” có chữ, không phải số.",
      fix: "Hãy ghi bằng chữ số, ví dụ 2.000.000.",
    });
  });

  it("falls back on the code's fix, then on a general one", () => {
    expect(splitFix("vi", row("Tổng không khớp.", "inconsistent-total")).fix).toBe(
      "Kiểm tra lại các số thành phần và số tổng cho khớp nhau.",
    );
    expect(splitFix("vi", row("Không rõ.", "merged-cell")).fix).toBe(
      "Sửa nội dung ô này theo hướng dẫn của biểu mẫu rồi gửi lại báo cáo.",
    );
  });
});
