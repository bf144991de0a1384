import type { FieldDef, SectionDef } from "./model";

export const DEFAULT_SECTIONS: SectionDef[] = [
  { id: "A", title: "A. THÔNG TIN ĐƠN VỊ", titleEn: "A. UNIT INFORMATION", valueHeader: "Nội dung" },
  { id: "B", title: "B. CHỈ TIÊU KẾT QUẢ", titleEn: "B. RESULT INDICATORS", valueHeader: "Số liệu" },
  {
    id: "C",
    title: "C. TỰ CHẤM ĐIỂM (thang 100 điểm)",
    titleEn: "C. SELF-SCORE (100 points)",
    valueHeader: "Điểm tự chấm",
  },
];

const unitInfo = (
  id: string,
  label: string,
  labelEn: string,
  type: FieldDef["type"],
  required: boolean,
): FieldDef => ({ id, section: "A", label, labelEn, type, required, filledBy: "unit" });

const GROUPS: [prefix: number, group: string][] = [
  [1, "Tuyên truyền"],
  [3, "Quỹ “Vì người nghèo”"],
  [7, "Nhà ở cho hộ nghèo"],
  [11, "Giúp đỡ hộ nghèo"],
  [13, "Sáng kiến, mô hình"],
  [16, "Điển hình tiên tiến"],
];

/** b01–b02 Tuyên truyền, b03–b06 Quỹ, b07–b10 Nhà ở, b11–b12 Hộ nghèo, b13–b15 Sáng kiến, b16 Điển hình. */
function groupOf(id: string): string {
  const n = Number(id.slice(1, 3));
  return [...GROUPS].reverse().find(([first]) => n >= first)?.[1] ?? "";
}

const indicator = (id: string, label: string, labelEn: string, unit: string): FieldDef => ({
  id,
  section: "B",
  label,
  labelEn,
  type: unit === "đồng" ? "money" : "integer",
  unit,
  required: true,
  filledBy: "unit",
  group: groupOf(id),
});

export const DEFAULT_UNIT_FIELDS: FieldDef[] = [
  unitInfo("unit_name", "Tên phòng/đơn vị", "Unit name", "unit", true),
  unitInfo("report_year", "Năm báo cáo", "Report year", "integer", true),
  unitInfo("staff_total", "Tổng số CCVC-NLĐ", "Total staff", "integer", true),
  unitInfo("preparer_name", "Người lập biểu", "Prepared by", "text", true),
  unitInfo("preparer_phone", "Điện thoại", "Phone", "text", false),
  unitInfo("report_date", "Ngày lập báo cáo", "Report date", "date", true),
  unitInfo("head_name", "Thủ trưởng đơn vị", "Head of unit", "text", true),
];

export const DEFAULT_INDICATORS: FieldDef[] = [
  indicator("b01_sessions", "Số buổi tuyên truyền, quán triệt", "Awareness sessions", "buổi"),
  indicator("b02_participants", "Số lượt người tham gia tuyên truyền", "Session attendances", "lượt"),
  indicator(
    "b03_donors",
    "Số CCVC-NLĐ tham gia ủng hộ Quỹ “Vì người nghèo”",
    "Staff donating to the Fund",
    "người",
  ),
  indicator("b04_fund_amount", "Số tiền ủng hộ Quỹ “Vì người nghèo”", "Amount donated to the Fund", "đồng"),
  indicator(
    "b05_day_wage_donors",
    "Số người ủng hộ từ 01 ngày lương trở lên",
    "Donors of one day's pay or more",
    "người",
  ),
  indicator(
    "b06_in_kind_value",
    "Ủng hộ khác (hiện vật, quy ra tiền)",
    "Other donations (in kind, valued)",
    "đồng",
  ),
  indicator(
    "b07_houses_built",
    "Nhà cho hộ nghèo xây mới (nhà Đại đoàn kết)",
    "Houses built for poor households",
    "căn",
  ),
  indicator("b08_houses_repaired", "Nhà cho hộ nghèo sửa chữa", "Houses repaired for poor households", "căn"),
  indicator("b09_housing_funds", "Kinh phí hỗ trợ nhà ở", "Housing support funds", "đồng"),
  indicator("b10_temp_houses_removed", "Xóa nhà tạm, nhà dột nát", "Temporary houses replaced", "căn"),
  indicator("b11_households_helped", "Hộ nghèo được giúp đỡ", "Poor households helped", "hộ"),
  indicator("b12_households_escaped", "Hộ thoát nghèo", "Households out of poverty", "hộ"),
  indicator("b13_initiatives", "Sáng kiến, giải pháp đề xuất", "Initiatives proposed", "sáng kiến"),
  indicator("b14_initiatives_recognized", "Sáng kiến được công nhận", "Initiatives recognised", "sáng kiến"),
  indicator("b15_models", "Mô hình, cách làm hay", "Good models and practices", "mô hình"),
  indicator(
    "b16_exemplars",
    "Điển hình tiên tiến được biểu dương",
    "Advanced examples honoured",
    "tập thể/cá nhân",
  ),
];

export const SCORE_COLUMN = "Điểm tự chấm";
export const EVIDENCE_COLUMN = "Minh chứng";
export const REVIEW_COLUMN = "Điểm thẩm định";

const CRITERIA_LABELS: [string, string, string][] = [
  ["c1", "Lãnh đạo, chỉ đạo, triển khai và tuyên truyền Phong trào", "Leadership, direction and awareness"],
  [
    "c2",
    "Ủng hộ Quỹ “Vì người nghèo” (tỷ lệ tham gia, mức ủng hộ)",
    "Donations to the Fund (participation, amount)",
  ],
  ["c3", "Hỗ trợ nhà ở, giúp đỡ hộ nghèo, địa bàn khó khăn", "Housing support and help to poor households"],
  ["c4", "Sáng kiến, mô hình, giải pháp giảm nghèo", "Initiatives, models and solutions"],
  ["c5", "Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến", "Finding and spreading advanced examples"],
  ["c6", "Chế độ thông tin, báo cáo (đầy đủ, đúng hạn)", "Reporting (complete, on time)"],
];

export const DEFAULT_CRITERIA_LABELS = CRITERIA_LABELS;

/** Per criterion: the self score, its evidence and the reviewer's score, all on the criterion's row. */
export const DEFAULT_SCORE_FIELDS: FieldDef[] = CRITERIA_LABELS.flatMap(([id, label, labelEn]) => [
  {
    id,
    section: "C",
    label,
    labelEn,
    type: "score",
    required: true,
    filledBy: "unit",
    columnHeader: SCORE_COLUMN,
    criterion: id,
  },
  {
    id: `${id}_evidence`,
    section: "C",
    label,
    labelEn,
    type: "text",
    required: false,
    filledBy: "unit",
    columnHeader: EVIDENCE_COLUMN,
    criterion: id,
  },
  {
    id: `${id}_review`,
    section: "C",
    label,
    labelEn,
    type: "score",
    required: false,
    filledBy: "reviewer",
    columnHeader: REVIEW_COLUMN,
    criterion: id,
  },
]);

/** Totals the template computes with a formula and the add-in recomputes. */
export const DEFAULT_TOTAL_FIELDS: FieldDef[] = [
  {
    id: "score_total",
    section: "C",
    label: "Tổng điểm",
    labelEn: "Total",
    type: "score",
    required: false,
    filledBy: "unit",
    columnHeader: SCORE_COLUMN,
    derived: "c1+c2+c3+c4+c5+c6",
  },
  {
    id: "review_total",
    section: "C",
    label: "Tổng điểm",
    labelEn: "Total",
    type: "score",
    required: false,
    filledBy: "reviewer",
    columnHeader: REVIEW_COLUMN,
    derived: "c1_review+c2_review+c3_review+c4_review+c5_review+c6_review",
  },
];
