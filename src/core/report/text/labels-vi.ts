/** Fixed Vietnamese texts of the report: the header, the title, headings, prompts and table labels. */
import { SCORE_ERROR_NOTE, SLOT_NOTES } from "../../consolidation/labels";
import { formatLongDateVi } from "../../locale/numbers";
import type { ReportScope } from "../kinds";
import type { ReportKind } from "../model";
import { num, roman, yearRange } from "./format";
import type { ReportLabels } from "./types";

const scopeText = (kind: ReportKind, s: ReportScope): string =>
  kind === "annual" ? `năm ${s.to}` : `giai đoạn ${yearRange(s.from, s.to)}`;

/** The years after the interim review, up to the end of the campaign: "giai đoạn 2024–2025". */
const afterInterim = (s: ReportScope, campaign: ReportScope): string =>
  s.to + 1 >= campaign.to ? `năm ${campaign.to}` : `giai đoạn ${yearRange(s.to + 1, campaign.to)}`;

const nextScope = (kind: ReportKind, s: ReportScope, campaign: ReportScope): string =>
  kind === "annual" ? `năm ${s.to + 1}` : kind === "interim" ? afterInterim(s, campaign) : "thời gian tới";

export const LABELS_VI: ReportLabels = {
  nationalName: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  motto: "Độc lập - Tự do - Hạnh phúc",
  numberLine: (number, short) => `Số: ${number || "…"}/BC-${short}`,
  placeDate: (place, date, year) =>
    date ? formatLongDateVi(date, place || "……") : `${place || "……"}, ngày … tháng … năm ${year}`,
  title: "BÁO CÁO",
  summary: (kind, name, s) => {
    const what = kind === "annual" ? "Kết quả thực hiện" : kind === "interim" ? "Sơ kết" : "Tổng kết";
    return `${what} Phong trào thi đua “${name}” ${scopeText(kind, s)}`;
  },
  section: (id, kind, s, campaign) =>
    ({
      leadership: "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI",
      results: "KẾT QUẢ THỰC HIỆN",
      assessment: "ĐÁNH GIÁ CHUNG",
      commendation: "ĐỀ XUẤT KHEN THƯỞNG",
      tasks: `PHƯƠNG HƯỚNG, NHIỆM VỤ ${nextScope(kind, s, campaign).toLocaleUpperCase("vi")}`,
    })[id],
  item: {
    submissions: "Tình hình gửi báo cáo của các phòng, đơn vị",
    fund: "Ủng hộ Quỹ “Vì người nghèo”",
    housing: "Hỗ trợ nhà ở, giúp đỡ hộ nghèo",
    housingSupport: "Hỗ trợ nhà ở cho hộ nghèo",
    households: "Giúp đỡ hộ nghèo",
    initiatives: "Sáng kiến, mô hình, điển hình tiên tiến",
    scores: "Kết quả chấm điểm, xếp loại",
    strengths: "Ưu điểm",
    weaknesses: "Hạn chế, nguyên nhân",
    lessons: "Bài học kinh nghiệm",
  },
  prompt: {
    leadership: (s, kind) =>
      `[Nhập các văn bản lãnh đạo, chỉ đạo, kế hoạch triển khai Phong trào của Sở ${scopeText(kind, s)} (số, ngày, trích yếu) và các hình thức tuyên truyền đã thực hiện.]`,
    strengths:
      "[Nhập ưu điểm nổi bật: sự vào cuộc của lãnh đạo, sự hưởng ứng của CCVC-NLĐ, cách làm hay, hiệu quả.]",
    weaknesses: "[Nhập hạn chế, tồn tại và nguyên nhân (khách quan, chủ quan).]",
    lessons: (kind) =>
      `[Nhập bài học kinh nghiệm rút ra qua ${kind === "final" ? "5 năm" : "3 năm"} thực hiện Phong trào.]`,
    tasks: (kind, s, campaign) =>
      `[Nhập phương hướng, nhiệm vụ trọng tâm ${nextScope(kind, s, campaign)} và các kiến nghị, đề xuất (nếu có).]`,
    signerName: "[Họ và tên người ký]",
  },
  table: {
    caption: (n, id, year) =>
      `Bảng ${n}. ${
        {
          indicators: "Kết quả thực hiện các chỉ tiêu",
          money: "Kinh phí ủng hộ, hỗ trợ",
          initiatives: "Danh sách sáng kiến được công nhận",
          scores: `Kết quả chấm điểm, xếp loại các phòng, đơn vị năm ${year}`,
          proposals: "Danh sách đề xuất khen thưởng",
        }[id]
      }`,
    index: "STT",
    indicator: "Chỉ tiêu",
    unit: "Đơn vị tính",
    content: "Nội dung",
    year: (y) => `Năm ${y}`,
    yearColumn: "Năm",
    period: (s) => `Cả giai đoạn ${yearRange(s.from, s.to)}`,
    compare: (y, p) => `${y} so với ${p} (%)`,
    total: "Tổng cộng",
    sum: "Cộng",
    initiative: "Tên sáng kiến, giải pháp",
    unitName: "Phòng, đơn vị",
    score: "Tổng điểm",
    classification: "Xếp loại",
    rank: "Xếp hạng",
    candidate: "Tập thể, cá nhân",
    position: "Chức vụ",
    note: "Ghi chú",
    moneyUnitLine: "Đơn vị tính: đồng",
    scoreUnitLine: "Đơn vị tính: điểm",
    measure: (unit) => unit,
    formGroup: (n, form, collectives, individuals) => {
      const parts = [
        collectives > 0 ? `${num("vi", collectives)} tập thể` : "",
        individuals > 0 ? `${num("vi", individuals)} cá nhân` : "",
      ].filter((p) => p !== "");
      return `${roman(n)}. ${form} (${parts.join(", ")})`;
    },
    rowsNotPrinted: (count, sheet) =>
      `… và ${num("vi", count)} dòng nữa không in trong báo cáo; danh sách đủ ở trang “${sheet}” của tệp tổng hợp.`,
    classLabel: (label) => label,
    unscored: (state) => SLOT_NOTES[state] || "Chưa chấm điểm",
    scoreErrors: SCORE_ERROR_NOTE,
  },
  recipientsTitle: "Nơi nhận:",
};
