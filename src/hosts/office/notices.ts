import en from "../../i18n/en.json";
import vi from "../../i18n/vi.json";
import type { Lang } from "../../core/locale/lang";
import { interpolate } from "../../core/locale/interpolate";
import type { HostError, HostErrorCode } from "./errors";

/** Something an operation could not do in this Excel, reported so the pane can say so (not an error). */
export type HostNoticeCode =
  | "merges-unknown"
  | "notes-skipped"
  | "print-skipped"
  | "indent-skipped"
  | "names-renamed"
  | "mark-notes-skipped"
  | "validation-text-cut";

export interface HostNotice {
  code: HostNoticeCode;
  count: number;
  /** Sheet names, or "old → new" for renamed tables and names. */
  items: string[];
}

export type NoticeSink = (notice: HostNotice) => void;

const NOTICES: Record<Exclude<HostNoticeCode, "validation-text-cut">, Record<Lang, string>> = {
  "merges-unknown": {
    vi: "Phiên bản Excel này không cho biết các ô đã gộp (cần ExcelApi 1.13), nên không kiểm tra được ô gộp trên {count} trang tính.",
    en: "This Excel cannot report merged cells (ExcelApi 1.13 needed), so merged cells on {count} sheet(s) were not checked.",
  },
  "notes-skipped": {
    vi: "Phiên bản Excel này không thêm được ghi chú vào ô; đã bỏ qua {count} ghi chú. Mở bằng Excel mới hơn hoặc tải tệp .xlsx để có đủ ghi chú.",
    en: "This Excel cannot add cell notes; {count} note(s) were left out. Use a newer Excel or download the .xlsx to get them.",
  },
  "print-skipped": {
    vi: "Phiên bản Excel này không đặt được thiết lập in (cần ExcelApi 1.9); {count} trang tính giữ thiết lập in mặc định.",
    en: "This Excel cannot set print options (ExcelApi 1.9 needed); {count} sheet(s) keep the default print setup.",
  },
  "indent-skipped": {
    vi: "Phiên bản Excel này không đặt được thụt lề (cần ExcelApi 1.9); {count} vùng ô không được thụt lề.",
    en: "This Excel cannot set indents (ExcelApi 1.9 needed); {count} range(s) are not indented.",
  },
  "names-renamed": {
    vi: "Tên bảng hoặc tên vùng đã có trong sổ, nên {count} tên được đặt khác: {items}.",
    en: "{count} table or defined name(s) already existed in the workbook and were renamed: {items}.",
  },
  "mark-notes-skipped": {
    vi: "Phiên bản Excel này không thêm được ghi chú vào ô (cần ExcelApi 1.18): {count} ô chỉ được tô màu; xem nội dung lỗi trong danh sách ở ngăn tác vụ.",
    en: "This Excel cannot add cell notes (ExcelApi 1.18 needed): {count} cell(s) are only coloured; the messages are in the pane's list.",
  },
};

type CataloguedError = "workbook-protected" | "marks-too-large" | "marks-failed";

const ERRORS: Record<Exclude<HostErrorCode, CataloguedError>, Record<Lang, string>> = {
  "sheet-missing": {
    vi: "Không có trang tính “{sheet}” trong sổ này. Kiểm tra lại tên trang tính rồi thử lại.",
    en: "There is no sheet “{sheet}” in this workbook. Check the sheet name and try again.",
  },
  "target-not-empty": {
    vi: "Vùng {range} đã có dữ liệu; để không ghi đè, hãy chọn một ô mà bên dưới và bên phải còn trống.",
    en: "The range {range} is not empty; to avoid overwriting it, select a cell with empty space below and to the right.",
  },
  "sheet-protected": {
    vi: "Trang tính {sheets} đang được bảo vệ bằng mật khẩu nên không tô màu hay ghi chú được. Bỏ bảo vệ (Xem lại › Bỏ bảo vệ trang tính) rồi làm lại.",
    en: "The sheet(s) {sheets} are protected with a password, so cells cannot be coloured or noted. Unprotect them (Review › Unprotect Sheet) and try again.",
  },
  "selection-missing": {
    vi: "Chưa chọn ô nào, hoặc đang chọn nhiều vùng cùng lúc. Hãy chọn một ô bắt đầu rồi thử lại.",
    en: "No cell is selected, or several areas are selected at once. Select one starting cell and try again.",
  },
  "old-sheets-left": {
    vi: "Đã ghi xong các trang tính mới, nhưng chưa xoá được trang cũ: {sheets}. Có thể xoá chúng bằng tay.",
    en: "The new sheets are written, but the old ones could not be deleted: {sheets}. You can delete them by hand.",
  },
  "rollback-failed": {
    vi: "Ghi bị lỗi ({cause}) và không dọn được hết phần đã ghi ({detail}). Kiểm tra các trang tính: {sheets}.",
    en: "Writing failed ({cause}) and what was written could not all be removed ({detail}). Check the sheets: {sheets}.",
  },
  "settings-not-saved": {
    vi: "Không lưu được cài đặt vào sổ ({cause}). Thử lưu sổ rồi làm lại.",
    en: "The settings could not be saved in the workbook ({cause}). Save the workbook and try again.",
  },
};

const CATALOGUE: Record<Lang, Record<string, string>> = { vi: vi.ui, en: en.ui };

export function describeNotice(notice: HostNotice, lang: Lang): string {
  const code = notice.code;
  const text = code === "validation-text-cut" ? CATALOGUE[lang][`host.notice.${code}`] : NOTICES[code][lang];
  return interpolate(text, { count: notice.count, items: notice.items.join(", ") });
}

export function describeHostError(error: HostError, lang: Lang): string {
  const code = error.code;
  const text =
    code === "workbook-protected" || code === "marks-too-large" || code === "marks-failed"
      ? CATALOGUE[lang][`host.error.${code}`]
      : ERRORS[code][lang];
  return interpolate(text, error.params);
}
