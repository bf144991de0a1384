/**
 * Fixed layout of the standard template. The submission reader finds cells by defined names first and by
 * these sheet names, header texts and labels second, so they are exported and must not drift.
 */
import type { SectionId } from "../campaign/model";
import { EVIDENCE_COLUMN, REVIEW_COLUMN, SCORE_COLUMN } from "../campaign/default-fields";

export { EVIDENCE_COLUMN, REVIEW_COLUMN, SCORE_COLUMN };

export const INSTRUCTIONS_SHEET = "Hướng dẫn";
export const FORM_SHEET = "Biểu mẫu";
export const INITIATIVES_SHEET = "Sáng kiến";
export const PROPOSALS_SHEET = "Khen thưởng";

/** Sheet of each known table; other tables get a sheet named after their title. */
export const TABLE_SHEETS: Readonly<Record<string, string>> = {
  tbl_initiatives: INITIATIVES_SHEET,
  tbl_proposals: PROPOSALS_SHEET,
};

export const FORM_TITLE_PREFIX = "BIỂU MẪU BÁO CÁO KẾT QUẢ THỰC HIỆN PHONG TRÀO THI ĐUA";

/** Columns of "Biểu mẫu" (1-based). Extra column headers of a section, if a campaign adds some, follow F. */
export const FORM_COLUMNS = { code: 1, label: 2, side: 3, value: 4, evidence: 5, review: 6 } as const;

/** Rows 1–2 hold the title and the year line; they are frozen. Section A starts at row 4. */
export const FORM_TITLE_ROW = 1;
export const FORM_YEAR_ROW = 2;
export const FORM_FROZEN_ROWS = 2;
export const FORM_FIRST_SECTION_ROW = 4;

export const CODE_HEADER = "STT";
/** Header of column B (the labels) per section. */
export const LABEL_HEADERS: Readonly<Record<SectionId, string>> = {
  A: "Thông tin",
  B: "Chỉ tiêu",
  C: "Tiêu chí",
};
/** Header of column C: unit of measure, maximum score, or hints (sections with neither). */
export const UNIT_HEADER = "Đơn vị tính";
export const MAX_HEADER = "Điểm tối đa";
export const NOTE_HEADER = "Ghi chú";

export const CLASSIFICATION_LABEL = "Xếp loại (Văn phòng Sở tính)";
export const REVIEWER_NOTE = "Văn phòng Sở điền";
export const CLASSIFICATION_NOTE =
  "Văn phòng Sở xếp loại theo tổng điểm (điểm thẩm định nếu có, nếu không thì điểm tự chấm).";
export const PICK_FROM_LIST_HINT = "Chọn trong danh sách";
export const DATE_HINT = "dd/mm/yyyy";

/** Fields that get drop-down lists: the unit's name from the roster and the report year from the period. */
export const UNIT_NAME_FIELD = "unit_name";
export const REPORT_YEAR_FIELD = "report_year";

/** Table sheets: title in row 1, a hint in row 2, the table's header in row 3. */
export const TABLE_TITLE_ROW = 1;
export const TABLE_HINT_ROW = 2;
export const TABLE_HEADER_ROW = 3;
export const TABLE_HINT =
  "Mỗi dòng một mục. Cần thêm dòng: gõ tiếp vào dòng ngay dưới bảng, bảng tự mở rộng. Dòng để trống được bỏ qua.";
