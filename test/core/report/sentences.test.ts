import { SENTENCES_EN } from "../../../src/core/report/text/sentences-en";
import { SENTENCES_VI } from "../../../src/core/report/text/sentences-vi";
import { changeText, ratioPercent } from "../../../src/core/report/text/compare";
import { num, pct } from "../../../src/core/report/text/format";
import { BANDS, makeFacts } from "./facts-builder";

const vi = SENTENCES_VI;
const en = SENTENCES_EN;
const TTR = { name: "Thanh tra Sở", years: [2024] };

describe("comparisons with the previous year", () => {
  it("says tăng, giảm, bằng and a rise from nothing, in vi-VN numbers", () => {
    expect(changeText("vi", 112.5, 100, 2023)).toBe("tăng 12,5% so với năm 2023");
    expect(changeText("vi", 80, 100, 2023)).toBe("giảm 20% so với năm 2023");
    expect(changeText("vi", 100, 100, 2023)).toBe("bằng năm 2023");
    expect(changeText("vi", 5, 0, 2023)).toBe("trong khi năm 2023 không có");
    expect(changeText("vi", 100_040, 100_000, 2023)).toBe("tăng 0,04% so với năm 2023");
    expect(changeText("en", 112.5, 100, 2023)).toBe("up 12.5% on 2023");
  });

  it("says nothing without a previous year", () => {
    expect(changeText("vi", 5, undefined, 2023)).toBe("");
    expect(changeText("vi", 5, 4, undefined)).toBe("");
  });

  it("gives the table's ratio column with one decimal, none against zero", () => {
    expect(ratioPercent(112.5, 100)).toBe(112.5);
    expect(ratioPercent(2, 3)).toBe(66.7);
    expect(ratioPercent(5, 0)).toBeNull();
  });

  it("formats numbers the Vietnamese and the English way", () => {
    expect(num("vi", 1_234_567_890)).toBe("1.234.567.890");
    expect(num("en", 1_234_567_890)).toBe("1,234,567,890");
    expect(pct("vi", 0.125)).toBe("12,5%");
    expect(pct("vi", 0.1)).toBe("10%");
  });
});

describe("sentences written from the figures (vi)", () => {
  it("writes the Fund's totals, the participation rate and the change", () => {
    const f = makeFacts({
      now: { donors: 245, dayWageDonors: 120, fund: 151_875_000, inKind: 20_000_000 },
      before: { donors: 240, fund: 135_000_000 },
      staff: 300,
    });
    expect(vi.fund(f)).toEqual([
      "Năm 2024, có 245 CCVC-NLĐ tham gia ủng hộ Quỹ “Vì người nghèo”, đạt 81,7% tổng số 300 CCVC-NLĐ của các phòng, đơn vị đã báo cáo; trong đó 120 người ủng hộ từ 01 ngày lương trở lên.",
      "Tổng số tiền ủng hộ Quỹ là 151.875.000 đồng, tăng 12,5% so với năm 2023.",
      "Ngoài ra, ủng hộ khác (hiện vật, quy ra tiền) trị giá 20.000.000 đồng.",
    ]);
  });

  it("writes large sums whole, with dots", () => {
    const f = makeFacts({ now: { donors: 10, fund: 1_234_567_890, housingFunds: 1_234_567_890, built: 3 } });
    expect(vi.fund(f)[1]).toBe("Tổng số tiền ủng hộ Quỹ là 1.234.567.890 đồng.");
    expect(vi.housingSupport(f)[0]).toBe(
      "Năm 2024, các phòng, đơn vị đã hỗ trợ xây mới 3 căn nhà Đại đoàn kết cho hộ nghèo, với tổng kinh phí 1.234.567.890 đồng.",
    );
  });

  it("compares only where the previous year exists", () => {
    const f = makeFacts({ now: { donors: 10, fund: 5_000_000, sessions: 4, helped: 3 } });
    const all = [...vi.fund(f), ...vi.leadership(f), ...vi.households(f), ...vi.submissions(f)].join(" ");
    expect(all).not.toMatch(/so với|bằng năm|năm 2023/);
    expect(vi.weaknesses(f).join(" ")).not.toContain("Giảm so với");
  });

  it("reads correctly when the figures are zero", () => {
    const f = makeFacts({ now: {}, before: { fund: 50_000_000, built: 2, repaired: 1 } });
    expect(vi.fund(f)).toEqual([
      "Năm 2024, chưa có CCVC-NLĐ tham gia ủng hộ Quỹ “Vì người nghèo” (năm 2023: 50.000.000 đồng).",
    ]);
    expect(vi.housingSupport(f)).toEqual([
      "Năm 2024, các phòng, đơn vị chưa có kết quả hỗ trợ xây mới, sửa chữa nhà ở cho hộ nghèo (năm 2023: 3 căn).",
    ]);
    expect(vi.households(f)).toEqual(["Chưa có hộ nghèo được các phòng, đơn vị giúp đỡ."]);
    expect(vi.initiatives(f, "")).toEqual([
      "Năm 2024, các phòng, đơn vị chưa đề xuất sáng kiến, giải pháp, mô hình mới.",
    ]);
    expect(vi.leadership(f)[0]).toMatch(
      /năm 2024 các phòng, đơn vị thuộc Sở chưa tổ chức buổi tuyên truyền, quán triệt nào\.$/,
    );
    expect(vi.strengths(f)).toEqual(["- Các phòng, đơn vị gửi báo cáo đầy đủ."]);
    expect([...vi.fund(f), ...vi.housingSupport(f)].join(" ")).not.toMatch(/\b0 (đồng|căn|người)/);
  });

  it("names the one unit that did not submit", () => {
    const f = makeFacts({ missing: [TTR], now: { fund: 1 } });
    expect(vi.submissions(f)).toEqual([
      "Năm 2024, 9/10 phòng, đơn vị đã gửi báo cáo kết quả thực hiện Phong trào; chưa gửi báo cáo: Thanh tra Sở.",
    ]);
    expect(vi.weaknesses(f)).toContain("- Còn 1 phòng, đơn vị chưa gửi báo cáo: Thanh tra Sở.");
  });

  it("names the units again under weaknesses only when they are few, else refers to section II.1", () => {
    const units = ["Văn phòng Sở", "Thanh tra Sở", "Ban Quản lý dự án", "Phòng Hạ tầng kỹ thuật"];
    const missing = units.map((name) => ({ name, years: [2024] }));
    const three = makeFacts({ missing: missing.slice(0, 3), now: { fund: 1 } });
    expect(vi.weaknesses(three)).toContain(
      "- Còn 3 phòng, đơn vị chưa gửi báo cáo: Văn phòng Sở, Thanh tra Sở, Ban Quản lý dự án.",
    );
    const four = makeFacts({ missing, withErrors: missing, now: { fund: 1 } });
    expect(vi.submissions(four)[0]).toContain(`chưa gửi báo cáo: ${units.join(", ")}.`);
    expect(vi.weaknesses(four).slice(0, 2)).toEqual([
      "- Còn 4 phòng, đơn vị chưa gửi báo cáo (danh sách tại mục II.1).",
      "- Có 4 báo cáo còn lỗi (danh sách tại mục II.1).",
    ]);
    expect(en.weaknesses(four).slice(0, 2)).toEqual([
      "- 4 reports not received (listed in II.1).",
      "- 4 reports with errors (listed in II.1).",
    ]);
  });

  it("says when every unit reported, when none did, and when the two years' units differ", () => {
    expect(vi.submissions(makeFacts())[0]).toBe(
      "Năm 2024, 10/10 phòng, đơn vị đã gửi báo cáo kết quả thực hiện Phong trào.",
    );
    const none = makeFacts({ missing: [{ name: "Văn phòng Sở", years: [2024] }], unitsExpected: 1 });
    expect(vi.submissions(none)[0]).toBe(
      "Năm 2024, chưa có phòng, đơn vị nào gửi báo cáo kết quả thực hiện Phong trào; chưa gửi báo cáo: Văn phòng Sở.",
    );
    const differ = makeFacts({ missing: [TTR], before: {}, previousUnits: 10 });
    expect(vi.submissions(differ)).toContain(
      "Số liệu năm 2024 được tổng hợp từ báo cáo của 9 phòng, đơn vị, năm 2023 từ 10 phòng, đơn vị; khi so sánh giữa hai năm cần lưu ý chênh lệch này.",
    );
  });

  it("names reports with errors, merged or left out", () => {
    const f = makeFacts({
      withErrors: [{ name: "Phòng Quản lý xây dựng", years: [2024] }],
      excluded: [{ name: "Phòng Hạ tầng kỹ thuật", years: [2024] }],
    });
    expect(vi.submissions(f).slice(1)).toEqual([
      "Có 1 báo cáo còn lỗi (Phòng Quản lý xây dựng); số liệu của các báo cáo này vẫn được tổng hợp.",
      "Có 1 báo cáo có lỗi không được đưa vào số liệu tổng hợp (Phòng Hạ tầng kỹ thuật).",
    ]);
  });

  it("writes houses built and repaired, households helped and initiatives", () => {
    const f = makeFacts({
      now: { built: 3, repaired: 5, tempRemoved: 2, housingFunds: 305_000_000, helped: 40, escaped: 12 },
      before: { built: 2, repaired: 4, housingFunds: 305_000_000, helped: 50 },
    });
    expect(vi.housingSupport(f)).toEqual([
      "Năm 2024, các phòng, đơn vị đã hỗ trợ xây mới 3 căn nhà Đại đoàn kết, sửa chữa 5 căn nhà và xóa 2 căn nhà tạm, nhà dột nát cho hộ nghèo, với tổng kinh phí 305.000.000 đồng, bằng năm 2023.",
      "Tổng số nhà xây mới và sửa chữa là 8 căn, tăng 33,3% so với năm 2023.",
    ]);
    expect(vi.households(f)).toEqual([
      "Các phòng, đơn vị đã giúp đỡ 40 hộ nghèo, giảm 20% so với năm 2023, trong đó 12 hộ đã thoát nghèo.",
    ]);
    const g = makeFacts({
      now: { initiatives: 8, recognised: 3, models: 4, exemplars: 6 },
      recognised: [{ name: "Số hóa hồ sơ", unit: "Văn phòng Sở", year: 2024 }],
    });
    expect(vi.initiatives(g, "Bảng 3. Danh sách sáng kiến được công nhận")).toEqual([
      "Năm 2024, các phòng, đơn vị đã đề xuất 8 sáng kiến, giải pháp, trong đó 3 sáng kiến được công nhận; xây dựng 4 mô hình, cách làm hay; biểu dương 6 điển hình tiên tiến (tập thể, cá nhân). Các sáng kiến được công nhận tại Bảng 3.",
    ]);
  });

  it("writes the leadership facts from the sessions, with the plan", () => {
    const f = makeFacts({ now: { sessions: 45, participants: 1234 }, before: { sessions: 40 } });
    expect(vi.leadership(f)).toEqual([
      "Thực hiện Kế hoạch số 1223/KH-UBND ngày 08/7/2022 của UBND tỉnh về Phong trào thi đua “Vì người nghèo – Không để ai bị bỏ lại phía sau” giai đoạn 2021–2025, năm 2024 các phòng, đơn vị thuộc Sở đã tổ chức 45 buổi tuyên truyền, quán triệt với 1.234 lượt người tham gia; số buổi tăng 12,5% so với năm 2023.",
    ]);
    const whole = makeFacts({ kind: "final", now: { sessions: 200 } });
    expect(vi.leadership(whole)[0]).toContain(
      "giai đoạn 2021–2025, các phòng, đơn vị thuộc Sở đã tổ chức 200 buổi",
    );
    const interim = makeFacts({ kind: "interim", scope: { from: 2021, to: 2023 }, now: { sessions: 9 } });
    expect(vi.leadership(interim)[0]).toContain("từ năm 2021 đến năm 2023 các phòng, đơn vị thuộc Sở");
  });

  it("writes a period's totals, averages and the missing reports by year", () => {
    const f = makeFacts({
      kind: "final",
      now: { donors: 1_500, fund: 750_000_000 },
      staff: 2_000,
      missing: [{ name: "Văn phòng Sở", years: [2022, 2023] }],
    });
    expect(vi.fund(f)).toEqual([
      "Giai đoạn 2021–2025, có 1.500 lượt CCVC-NLĐ tham gia ủng hộ Quỹ “Vì người nghèo”, bình quân mỗi năm đạt 75% tổng số CCVC-NLĐ.",
      "Tổng số tiền ủng hộ Quỹ là 750.000.000 đồng, bình quân 150.000.000 đồng mỗi năm.",
    ]);
    expect(vi.submissions(f)[0]).toBe(
      "Giai đoạn 2021–2025, đã nhận 48/50 báo cáo năm của các phòng, đơn vị; chưa gửi báo cáo: Văn phòng Sở (năm 2022, 2023).",
    );
  });

  it("writes the classification, naming no band twice", () => {
    const classes = BANDS.map((b, i) => ({
      ...b,
      count: [3, 5, 1, 0][i],
      units: i === 0 ? ["A", "B", "C"] : [],
    }));
    const f = makeFacts({ classes });
    expect(vi.scores(f, "Bảng 4. Kết quả")).toEqual([
      "Kết quả chấm điểm, xếp loại năm 2024 của 9 phòng, đơn vị: 3 đơn vị “Hoàn thành xuất sắc”, 5 đơn vị “Hoàn thành tốt”, 1 đơn vị “Hoàn thành”; không có đơn vị xếp loại “Không hoàn thành” (chi tiết tại Bảng 4).",
    ]);
    expect(vi.scores(makeFacts(), "")).toEqual(["Chưa có kết quả chấm điểm, xếp loại năm 2024."]);
    expect(vi.strengths(f)).toContain("- Có 3 phòng, đơn vị xếp loại “Hoàn thành xuất sắc”: A, B, C.");
  });

  it("writes the proposals by form and what was left out", () => {
    const f = makeFacts({
      proposals: {
        groups: [
          { form: "Bằng khen của Chủ tịch UBND tỉnh", collectives: 1, individuals: 2, entries: [] },
          { form: "Giấy khen của Giám đốc Sở", collectives: 0, individuals: 5, entries: [] },
        ],
        leftOut: [{ form: "Bằng khen của Thủ tướng Chính phủ", count: 1 }],
        duplicated: 1,
      },
    });
    expect(vi.proposals(f)).toEqual([
      "Căn cứ kết quả thực hiện Phong trào và đề nghị của các phòng, đơn vị, đề xuất khen thưởng 1 tập thể và 7 cá nhân có thành tích tiêu biểu, cụ thể:",
      "- Bằng khen của Chủ tịch UBND tỉnh: 1 tập thể và 2 cá nhân;",
      "- Giấy khen của Giám đốc Sở: 5 cá nhân.",
      "Không đưa vào danh sách 1 đề nghị “Bằng khen của Thủ tướng Chính phủ” vì hình thức này chỉ xét khi sơ kết, tổng kết Phong trào.",
      "Có 1 cá nhân được nhiều phòng, đơn vị cùng đề nghị (xem cột “Ghi chú”).",
    ]);
    expect(vi.proposals(makeFacts())).toEqual(["Năm 2024, các phòng, đơn vị không có đề nghị khen thưởng."]);
  });

  it("ends with the closing line of the decree", () => {
    expect(vi.closing(makeFacts())).toBe(
      "Trên đây là báo cáo kết quả thực hiện Phong trào thi đua “Vì người nghèo – Không để ai bị bỏ lại phía sau” năm 2024./.",
    );
    expect(vi.closing(makeFacts({ kind: "interim", scope: { from: 2021, to: 2023 } }))).toContain(
      "báo cáo sơ kết Phong trào thi đua “Vì người nghèo – Không để ai bị bỏ lại phía sau” giai đoạn 2021–2023./.",
    );
  });
});

describe("sentences written from the figures (en)", () => {
  it("says the same things in English, with English numbers", () => {
    const f = makeFacts({
      now: { donors: 245, fund: 1_234_567_890 },
      before: { fund: 1_097_393_680 },
      staff: 300,
      missing: [TTR],
    });
    expect(en.fund(f)).toEqual([
      "In 2024, 245 staff donated to the Fund “For the Poor”, 81.7% of the 300 staff of the reporting units.",
      "Donations to the Fund totalled VND 1,234,567,890, up 12.5% on 2023.",
    ]);
    expect(en.submissions(f)[0]).toBe(
      "In 2024, 9 of 10 divisions and units sent their report; not received: Thanh tra Sở.",
    );
    expect(en.fund(makeFacts())).toEqual(["In 2024, no staff donated to the Fund “For the Poor”."]);
  });
});

describe("every sentence", () => {
  const rich = makeFacts({
    now: { sessions: 3, participants: 40, donors: 20, fund: 1_000_000, built: 1, helped: 2, initiatives: 1 },
    before: { sessions: 2, fund: 2_000_000 },
    staff: 25,
    missing: [TTR],
    withErrors: [{ name: "Phòng Quy hoạch - Kiến trúc".normalize("NFC"), years: [2024] }],
  });
  for (const [lang, s] of [
    ["vi", vi],
    ["en", en],
  ] as const) {
    it(`is NFC, uses “ ” quotes and ends with punctuation (${lang})`, () => {
      const texts = [
        ...s.leadership(rich),
        ...s.submissions(rich),
        ...s.fund(rich),
        ...s.housingSupport(rich),
        ...s.households(rich),
        ...s.initiatives(rich, ""),
        ...s.scores(rich, ""),
        ...s.strengths(rich),
        ...s.weaknesses(rich),
        ...s.proposals(rich),
        s.closing(rich),
        s.noData(rich),
      ];
      for (const t of texts) {
        expect(t).toBe(t.normalize("NFC"));
        expect(t).not.toContain('"');
        expect(t).toMatch(/[.:;]$/);
      }
    });
  }
});
