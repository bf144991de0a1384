import { FORM_PRIME_MINISTER } from "../../../src/core/campaign/default-tables";
import { consolidate } from "../../../src/core/consolidation";
import {
  buildReport,
  reportSettings,
  staffByYear,
  type BodyBlock,
  type Report,
  type ReportTable,
} from "../../../src/core/report";
import { allStrings } from "../../helpers/plan-to-snapshot";
import {
  C2023,
  C2024,
  CAMPAIGN,
  campaignFiles,
  FILES_2023,
  FILES_2024,
  inputsOf,
  SETTINGS,
} from "./fixtures";

const paragraphs = (r: Report): string[] =>
  r.sections.flatMap((s) => s.blocks).flatMap((b) => (b.kind === "paragraph" ? [b.text] : []));
const blocks = (r: Report, kind: BodyBlock["kind"]): BodyBlock[] =>
  r.sections.flatMap((s) => s.blocks).filter((b) => b.kind === kind);
const tables = (r: Report): ReportTable[] =>
  r.sections.flatMap((s) => s.blocks).flatMap((b) => (b.kind === "table" ? [b.table] : []));
const table = (r: Report, id: string): ReportTable => {
  const t = tables(r).find((x) => x.id === id);
  if (!t) throw new Error(`no table ${id}`);
  return t;
};

const inputs = inputsOf([...FILES_2023, ...FILES_2024]);
const staff = { ...staffByYear(inputs, C2023), ...staffByYear(inputs, C2024) };
const annual = buildReport(C2024, CAMPAIGN, SETTINGS, "annual", "vi", { previous: C2023, staff });

describe("buildReport – the sections of CAMPAIGN.md", () => {
  it("has the header, the title, sections I–V and the closing", () => {
    expect(annual.header).toEqual({
      parentAgency: "UBND TỈNH QUẢNG NGÃI",
      agency: "SỞ XÂY DỰNG",
      number: "Số: 125/BC-SXD",
      nationalName: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      motto: "Độc lập - Tự do - Hạnh phúc",
      placeDate: "Quảng Ngãi, ngày 05 tháng 12 năm 2024",
    });
    expect(annual.title).toEqual({
      title: "BÁO CÁO",
      summary:
        "Kết quả thực hiện Phong trào thi đua “Vì người nghèo – Không để ai bị bỏ lại phía sau” năm 2024",
    });
    expect(annual.sections.map((s) => s.id)).toEqual([
      "leadership",
      "results",
      "assessment",
      "commendation",
      "tasks",
    ]);
    const level1 = blocks(annual, "heading").filter((b) => b.kind === "heading" && b.level === 1);
    expect(level1.map((b) => (b.kind === "heading" ? `${b.label} ${b.text}` : ""))).toEqual([
      "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI",
      "II. KẾT QUẢ THỰC HIỆN",
      "III. ĐÁNH GIÁ CHUNG",
      "IV. ĐỀ XUẤT KHEN THƯỞNG",
      "V. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025",
    ]);
    expect(annual.closing).toEqual({
      recipientsTitle: "Nơi nhận:",
      recipients: [
        "- UBND tỉnh;",
        "- Sở Nội vụ;",
        "- Giám đốc Sở;",
        "- Các phòng, đơn vị thuộc Sở;",
        "- Lưu: VT, VP.",
      ],
      authority: "KT. GIÁM ĐỐC",
      title: "PHÓ GIÁM ĐỐC",
      name: "Nguyễn Văn An",
    });
  });

  it("marks what the data cannot say as prompts in brackets, never as prose", () => {
    const prompts = blocks(annual, "prompt").map((b) => (b.kind === "prompt" ? b.text : ""));
    expect(prompts.length).toBeGreaterThanOrEqual(4);
    for (const p of prompts) expect(p).toMatch(/^\[Nhập .*\]$/);
    const assessment = annual.sections.find((s) => s.id === "assessment");
    expect(assessment?.blocks.some((b) => b.kind === "prompt" && b.text.startsWith("[Nhập ưu điểm"))).toBe(
      true,
    );
    expect(assessment?.blocks.some((b) => b.kind === "prompt" && b.text.startsWith("[Nhập hạn chế"))).toBe(
      true,
    );
  });

  it("compares 2024 with 2023 and names the unit that did not submit", () => {
    const text = paragraphs(annual).join("\n");
    expect(text).toContain(
      "9/10 phòng, đơn vị đã gửi báo cáo kết quả thực hiện Phong trào; chưa gửi báo cáo: Thanh tra Sở.",
    );
    expect(text).toMatch(/Tổng số tiền ủng hộ Quỹ là [\d.]+ đồng, (tăng|giảm) [\d,]+% so với năm 2023\./);
    const indicators = table(annual, "indicators");
    expect(indicators.columns.map((c) => c.header)).toEqual([
      "STT",
      "Chỉ tiêu",
      "Đơn vị tính",
      "Năm 2023",
      "Năm 2024",
      "2024 so với 2023 (%)",
    ]);
    const sessions = indicators.rows[0].cells;
    expect(sessions.slice(1, 5)).toEqual([
      "Số buổi tuyên truyền, quán triệt",
      "buổi",
      C2023.totals.b01_sessions,
      C2024.totals.b01_sessions,
    ]);
  });

  it("gives the participation rate from the staff of the units merged", () => {
    const staff2024 = FILES_2024.reduce((s, f) => s + Number(f.sample.values.staff_total), 0);
    expect(staff[2024]).toBe(staff2024);
    const donors = C2024.totals.b03_donors;
    const rate = ((donors / staff2024) * 100).toFixed(1).replace(".", ",").replace(/,0$/, "");
    expect(paragraphs(annual).join("\n")).toContain(
      `đạt ${rate}% tổng số ${staff2024.toLocaleString("de-DE")} CCVC-NLĐ`,
    );
  });

  it("leaves comparisons out when there is no previous year", () => {
    const alone = buildReport(C2024, CAMPAIGN, SETTINGS, "annual");
    expect(paragraphs(alone).join("\n")).not.toMatch(/so với năm 2023|bằng năm 2023|năm 2023/);
    expect(table(alone, "indicators").columns.map((c) => c.header)).toEqual([
      "STT",
      "Chỉ tiêu",
      "Đơn vị tính",
      "Năm 2024",
    ]);
    expect(table(alone, "money").unitLine).toBe("Đơn vị tính: đồng");
  });

  it("reads the previous year from a consolidation of both years", () => {
    const both = consolidate(inputs, CAMPAIGN, { period: { from: 2023, to: 2024 } });
    const fromPeriod = buildReport(both, CAMPAIGN, SETTINGS, "annual", "vi", { staff });
    expect(fromPeriod.years).toEqual([2024]);
    expect(paragraphs(fromPeriod)).toEqual(paragraphs(annual));
  });

  it("totals money in the money table, last row bold", () => {
    const money = table(annual, "money");
    const total = money.rows[money.rows.length - 1];
    expect(total.kind).toBe("total");
    expect(total.cells[3]).toBe(
      C2024.totals.b04_fund_amount + C2024.totals.b06_in_kind_value + C2024.totals.b09_housing_funds,
    );
  });

  it("is NFC throughout and defaults the settings from the criteria", () => {
    for (const s of allStrings(annual)) expect(s).toBe(s.normalize("NFC"));
    const plain = buildReport(C2024, CAMPAIGN, reportSettings(CAMPAIGN.settings), "annual");
    expect(plain.header.parentAgency).toBe("UBND TỈNH ……");
    expect(plain.header.number).toBe("Số: …/BC-SXD");
    expect(plain.header.placeDate).toBe("……, ngày … tháng … năm 2024");
    expect(plain.closing.name).toBe("[Họ và tên người ký]");
    const january = reportSettings(CAMPAIGN.settings, {
      place: "Huế",
      date: { year: 2025, month: 1, day: 9 },
    });
    expect(buildReport(C2024, CAMPAIGN, january, "annual").header.placeDate).toBe(
      "Huế, ngày 09 tháng 01 năm 2025",
    );
  });

  it("writes an English variant", () => {
    const en = buildReport(C2024, CAMPAIGN, SETTINGS, "annual", "en", { previous: C2023, staff });
    expect(en.header.nationalName).toBe("SOCIALIST REPUBLIC OF VIET NAM");
    expect(en.title.summary).toContain("Results of the emulation movement");
    expect(paragraphs(en).join("\n")).toMatch(/(up|down) [\d.]+% on 2023/);
    expect(table(en, "indicators").rows[0].cells[1]).toBe("Awareness sessions");
  });
});

describe("buildReport – sơ kết and tổng kết", () => {
  const files = campaignFiles();
  const all = inputsOf(files);
  const final = consolidate(all, CAMPAIGN, { period: { from: 2021, to: 2025 } });
  const report = buildReport(final, CAMPAIGN, SETTINGS, "final", "vi", { staff: staffByYear(all, final) });

  it("lays the years side by side with the period's totals", () => {
    expect(report.title.summary).toBe(
      "Tổng kết Phong trào thi đua “Vì người nghèo – Không để ai bị bỏ lại phía sau” giai đoạn 2021–2025",
    );
    const indicators = table(report, "indicators");
    expect(indicators.columns.map((c) => c.header).slice(3)).toEqual([
      "Năm 2021",
      "Năm 2022",
      "Năm 2023",
      "Năm 2024",
      "Năm 2025",
      "Cả giai đoạn 2021–2025",
    ]);
    expect(indicators.rows[0].cells.slice(3)).toEqual([
      ...final.yearTotals.map((t) => t.totals.b01_sessions),
      final.totals.b01_sessions,
    ]);
    const money = table(report, "money");
    expect(money.rows.map((r) => r.cells[0])).toEqual([
      "Năm 2021",
      "Năm 2022",
      "Năm 2023",
      "Năm 2024",
      "Năm 2025",
      "Tổng cộng",
    ]);
  });

  it("proposes the highest forms at the tổng kết, but not in an annual report", () => {
    const proposals = table(report, "proposals");
    const groups = proposals.rows.filter((r) => r.kind === "group").map((r) => r.cells[0]);
    expect(groups[0]).toBe(`I. ${FORM_PRIME_MINISTER} (1 cá nhân)`);
    const year2025 = consolidate(all, CAMPAIGN, { year: 2025 });
    const annual2025 = buildReport(year2025, CAMPAIGN, SETTINGS, "annual");
    expect(
      tables(annual2025)
        .find((t) => t.id === "proposals")
        ?.rows.some((r) => String(r.cells[0]).includes(FORM_PRIME_MINISTER)),
    ).toBe(false);
    expect(paragraphs(annual2025)).toContain(
      `Không đưa vào danh sách 1 đề nghị “${FORM_PRIME_MINISTER}” vì hình thức này chỉ xét khi sơ kết, tổng kết Phong trào.`,
    );
  });

  it("adds the lessons learned and sets the next period's tasks", () => {
    const headings = blocks(report, "heading").map((b) =>
      b.kind === "heading" ? `${b.label} ${b.text}` : "",
    );
    expect(headings).toContain("3. Bài học kinh nghiệm");
    expect(headings).toContain("V. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI");
    const interim = buildReport(
      consolidate(all, CAMPAIGN, { period: { from: 2021, to: 2023 } }),
      CAMPAIGN,
      SETTINGS,
      "interim",
    );
    expect(interim.title.summary).toContain("Sơ kết Phong trào thi đua");
    expect(interim.title.summary).toContain("giai đoạn 2021–2023");
    expect(
      blocks(interim, "heading").some(
        (b) => b.kind === "heading" && b.text === "PHƯƠNG HƯỚNG, NHIỆM VỤ GIAI ĐOẠN 2024–2025",
      ),
    ).toBe(true);
  });

  it("says there are no figures when no unit's report was merged", () => {
    const empty = consolidate([], CAMPAIGN, { year: 2024 });
    const r = buildReport(empty, CAMPAIGN, SETTINGS, "annual");
    expect(tables(r).map((t) => t.id)).toEqual([]);
    expect(paragraphs(r)).toContain(
      "Năm 2024, chưa có số liệu: chưa có báo cáo của phòng, đơn vị nào được tổng hợp.",
    );
    // Nor does it say the units proposed no one, or held no session: it does not know.
    expect(paragraphs(r).filter((p) => /đề nghị khen thưởng/.test(p))).toEqual([]);
    expect(paragraphs(r).filter((p) => /chưa tổ chức/.test(p))).toEqual([]);
    expect(paragraphs(r)).toContainEqual(
      expect.stringMatching(
        /giai đoạn 2021–2025, năm 2024 chưa có số liệu về tuyên truyền, quán triệt: chưa có báo cáo của phòng, đơn vị nào được tổng hợp\.$/,
      ),
    );
    const interim = buildReport(
      consolidate([], CAMPAIGN, { period: { from: 2021, to: 2023 } }),
      CAMPAIGN,
      SETTINGS,
      "interim",
      "en",
    );
    expect(paragraphs(interim).filter((p) => /held no/.test(p))).toEqual([]);
    expect(paragraphs(interim)).toContainEqual(
      expect.stringMatching(/over 2021–2023 there are no figures yet on awareness sessions/),
    );
  });
});
