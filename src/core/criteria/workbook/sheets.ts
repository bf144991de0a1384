/** Sheet names and the header texts of every block of the criteria workbook. */
import type { BlockSpec } from "./block";

export const CRITERIA_SHEETS = {
  fields: "Trường",
  rules: "Quy tắc",
  tables: "Bảng",
  lists: "Danh sách",
  roster: "Đơn vị",
  scoring: "Chấm điểm",
  settings: "Cài đặt",
} as const;

export const FIELDS_BLOCK = {
  table: "crit_fields",
  title: "Trường (ô cần điền)",
  columns: [
    { key: "id", header: "id", aliases: ["mã trường", "mã"], required: true, width: 26, text: true },
    { key: "section", header: "Nhóm", required: true, width: 7, text: true },
    { key: "label", header: "Nhãn", required: true, width: 48, text: true, wrap: true },
    { key: "labelEn", header: "Nhãn tiếng Anh", width: 34, text: true, wrap: true },
    { key: "type", header: "Kiểu", required: true, width: 13, text: true },
    { key: "unit", header: "Đơn vị tính", width: 13, text: true },
    { key: "group", header: "Nhóm tổng hợp", aliases: ["nhóm chỉ tiêu"], width: 22, text: true },
    { key: "required", header: "Bắt buộc", width: 9, text: true },
    { key: "filledBy", header: "Người điền", width: 11, text: true },
    { key: "columnHeader", header: "Cột", width: 16, text: true },
    { key: "criterion", header: "Tiêu chí", width: 9, text: true },
    { key: "derived", header: "Công thức", width: 40, text: true, wrap: true },
  ],
} as const satisfies BlockSpec<string>;

export const SECTIONS_BLOCK = {
  table: "crit_sections",
  title: "Nhóm (phần của biểu mẫu)",
  columns: [
    { key: "id", header: "Mã nhóm", required: true, width: 9, text: true },
    { key: "title", header: "Tên nhóm", required: true, width: 36, text: true, wrap: true },
    { key: "titleEn", header: "Tên nhóm tiếng Anh", width: 30, text: true, wrap: true },
    { key: "valueHeader", header: "Tiêu đề cột giá trị", required: true, width: 16, text: true },
  ],
} as const satisfies BlockSpec<string>;

export const RULES_BLOCK = {
  table: "crit_rules",
  title: "Quy tắc",
  columns: [
    { key: "id", header: "Mã quy tắc", required: true, width: 28, text: true },
    { key: "target", header: "Áp dụng cho", required: true, width: 24, text: true },
    { key: "expression", header: "Biểu thức", required: true, width: 50, text: true, wrap: true },
    { key: "severity", header: "Mức độ", width: 10, text: true },
    { key: "code", header: "Mã lỗi", width: 18, text: true },
    { key: "message", header: "Thông báo", width: 50, text: true, wrap: true },
    { key: "messageEn", header: "Thông báo tiếng Anh", width: 44, text: true, wrap: true },
  ],
} as const satisfies BlockSpec<string>;

export const TABLES_BLOCK = {
  table: "crit_tables",
  title: "Các bảng",
  columns: [
    { key: "id", header: "Mã bảng", required: true, width: 16, text: true },
    { key: "title", header: "Tiêu đề", required: true, width: 32, text: true, wrap: true },
    { key: "titleEn", header: "Tiêu đề tiếng Anh", width: 28, text: true, wrap: true },
    { key: "templateRows", header: "Số dòng mẫu", width: 10 },
  ],
} as const satisfies BlockSpec<string>;

export const COLUMNS_BLOCK = {
  table: "crit_columns",
  title: "Cột của bảng",
  columns: [
    { key: "table", header: "Bảng", required: true, width: 16, text: true },
    {
      key: "id",
      header: "Mã cột",
      aliases: ["cột id", "id cột", "id"],
      required: true,
      width: 13,
      text: true,
    },
    { key: "label", header: "Nhãn", required: true, width: 26, text: true, wrap: true },
    { key: "labelEn", header: "Nhãn tiếng Anh", width: 22, text: true, wrap: true },
    { key: "type", header: "Kiểu", width: 11, text: true },
    { key: "list", header: "Danh sách", width: 17, text: true },
    { key: "required", header: "Bắt buộc", width: 9, text: true },
    { key: "width", header: "Độ rộng", width: 8 },
  ],
} as const satisfies BlockSpec<string>;

export const LISTS_BLOCK = {
  table: "crit_lists",
  title: "Danh sách",
  columns: [
    { key: "list", header: "Danh sách", aliases: ["mã danh sách"], required: true, width: 18, text: true },
    { key: "label", header: "Tên danh sách", width: 34, text: true },
    { key: "value", header: "Giá trị", required: true, width: 40, text: true },
  ],
} as const satisfies BlockSpec<string>;

export const ROSTER_BLOCK = {
  table: "crit_roster",
  title: "Đơn vị",
  columns: [
    { key: "code", header: "Mã", aliases: ["mã đơn vị"], required: true, width: 10, text: true },
    { key: "name", header: "Tên", aliases: ["tên đơn vị"], required: true, width: 46, text: true },
    { key: "order", header: "Thứ tự", width: 8 },
    { key: "expected", header: "Phải nộp", width: 10, text: true },
  ],
} as const satisfies BlockSpec<string>;

export const CRITERIA_BLOCK = {
  table: "crit_criteria",
  title: "Tiêu chí chấm điểm",
  columns: [
    { key: "id", header: "Mã", aliases: ["mã tiêu chí"], required: true, width: 7, text: true },
    { key: "label", header: "Tiêu chí", required: true, width: 48, text: true, wrap: true },
    { key: "labelEn", header: "Tiêu chí tiếng Anh", width: 34, text: true, wrap: true },
    { key: "max", header: "Điểm tối đa", required: true, width: 9 },
    { key: "step", header: "Bước điểm", width: 8 },
  ],
} as const satisfies BlockSpec<string>;

export const BANDS_BLOCK = {
  table: "crit_bands",
  title: "Xếp loại (từ cao xuống thấp)",
  columns: [
    { key: "min", header: "Từ điểm", required: true, width: 9 },
    { key: "label", header: "Xếp loại", required: true, width: 22, text: true },
    { key: "labelEn", header: "Xếp loại tiếng Anh", aliases: ["tiếng anh"], width: 16, text: true },
  ],
} as const satisfies BlockSpec<string>;

export const TIE_BREAK_BLOCK = {
  table: "crit_tie_break",
  title: "Xếp hạng khi bằng điểm",
  columns: [{ key: "criteria", header: "Tiêu chí phụ xếp hạng", required: true, width: 22, text: true }],
} as const satisfies BlockSpec<string>;

export const SETTINGS_BLOCK = {
  table: "crit_settings",
  title: "Cài đặt",
  columns: [
    { key: "key", header: "Khóa", aliases: ["khoá"], required: true, width: 26, text: true },
    { key: "value", header: "Giá trị", required: true, width: 50, text: true, wrap: true },
    { key: "description", header: "Mô tả", width: 60, text: true, wrap: true },
  ],
} as const satisfies BlockSpec<string>;
