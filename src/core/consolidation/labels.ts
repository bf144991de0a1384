/** Vietnamese words written into the summary's status and note cells; readers match these texts. */
import type { Severity } from "../campaign/model";
import type { SlotState, StatusCode } from "./model";

export const STATUS_LABELS: Record<StatusCode, string> = {
  valid: "Hợp lệ",
  "with-errors": "Có lỗi",
  excluded: "Có lỗi – không tổng hợp",
  missing: "Chưa nộp",
  duplicate: "Trùng",
  unreadable: "Không đọc được",
  "unknown-unit": "Đơn vị không có trong danh sách",
  "other-year": "Khác năm",
};

/** Note beside a unit's figures; none for a valid report. */
export const SLOT_NOTES: Record<SlotState, string> = {
  valid: "",
  "with-errors": STATUS_LABELS["with-errors"],
  excluded: STATUS_LABELS.excluded,
  missing: STATUS_LABELS.missing,
};

export const SEVERITY_LABELS: Record<Severity, string> = {
  error: "Lỗi",
  warning: "Cảnh báo",
  info: "Thông tin",
};

export const YES = "Có";
export const NO = "Không";
export const TOTAL_LABEL = "Tổng cộng";
export const DUPLICATE_WITH = "Trùng với";
/** target_type of a proposal for one person. */
export const INDIVIDUAL = "Cá nhân";

export const DUPLICATE_NOTES = {
  kept: "Tệp được dùng (ngày lập báo cáo muộn nhất)",
  keptExcluded: "Tệp được chọn (ngày lập báo cáo muộn nhất) nhưng có lỗi – không tổng hợp",
  dropped: "Không dùng: có tệp ngày lập báo cáo muộn hơn",
};

export const OTHER_YEAR_NOTE = "Không thuộc năm tổng hợp";
export const UNKNOWN_YEAR_NOTE = "Không đọc được năm báo cáo";

/** A unit whose scores have an error: it is neither classified nor ranked. */
export const SCORE_ERROR_NOTE = "Chưa xếp loại: điểm có lỗi";
