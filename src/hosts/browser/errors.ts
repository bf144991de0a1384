import type { Lang } from "../../core/locale/lang";
import { interpolate } from "../../core/locale/interpolate";

export type BrowserHostErrorCode = "no-files" | "read-only" | "no-grid";

const MESSAGES: Record<BrowserHostErrorCode, Record<Lang, string>> = {
  "no-files": {
    vi: "Chưa mở tệp .xlsx nào. Hãy chọn tệp báo cáo của đơn vị từ máy tính rồi thử lại.",
    en: "No .xlsx file is open. Choose a unit's workbook from your computer and try again.",
  },
  "read-only": {
    vi: "Ngoài Excel, các tệp chỉ được đọc, không ghi vào, nên không đánh dấu được ô. Danh sách lỗi ở ngăn này cho biết ô cần sửa; để đánh dấu ngay trên sổ, hãy mở tệp trong Excel với bổ trợ Thi đua.",
    en: "Outside Excel the files are only read, never written, so cells cannot be marked. The list in this pane shows which cells to fix; to mark them in the workbook, open the file in Excel with the Thi đua add-in.",
  },
  "no-grid": {
    vi: "Ngoài Excel không có trang tính để chọn ô. Hãy mở tệp trong Excel và tìm đến ô {cell}.",
    en: "Outside Excel there is no sheet to select a cell in. Open the file in Excel and go to cell {cell}.",
  },
};

/** Something the browser cannot do; `messages` says what happened and what to do, in both languages. */
export class BrowserHostError extends Error {
  override readonly name = "BrowserHostError";
  readonly messages: Record<Lang, string>;

  constructor(
    readonly code: BrowserHostErrorCode,
    params: Record<string, string | number> = {},
  ) {
    const messages = {
      vi: interpolate(MESSAGES[code].vi, params),
      en: interpolate(MESSAGES[code].en, params),
    };
    super(messages.vi);
    this.messages = messages;
  }
}
