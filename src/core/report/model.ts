/**
 * A report in the Decree 30/2020/NĐ-CP layout as plain data: the header, the title, the body sections I–V
 * with their paragraphs, prompts and tables, and the recipients and signature. The layout (plan/) turns it
 * into a WorkbookPlan; nothing here knows about cells.
 */
import type { Lang } from "../locale/lang";

export type ReportKind = "annual" | "interim" | "final";

export type BodySectionId = "leadership" | "results" | "assessment" | "commendation" | "tasks";

/** What can be produced on its own: the header, the title, one body section, or the recipients and signature. */
export type SectionId = "header" | "title" | BodySectionId | "closing";

export const BODY_SECTION_IDS: readonly BodySectionId[] = [
  "leadership",
  "results",
  "assessment",
  "commendation",
  "tasks",
];

export const SECTION_IDS: readonly SectionId[] = ["header", "title", ...BODY_SECTION_IDS, "closing"];

export interface ReportHeader {
  /** "UBND TỈNH …", upper case. */
  parentAgency: string;
  /** "SỞ XÂY DỰNG", upper case. */
  agency: string;
  /** "Số: …/BC-SXD". */
  number: string;
  /** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM". */
  nationalName: string;
  /** "Độc lập - Tự do - Hạnh phúc". */
  motto: string;
  /** "……, ngày 05 tháng 12 năm 2024". */
  placeDate: string;
}

export interface ReportTitle {
  /** "BÁO CÁO". */
  title: string;
  /** The summary line (trích yếu). */
  summary: string;
}

export type ColumnType = "index" | "text" | "number" | "decimal";

export interface ReportColumn {
  header: string;
  type: ColumnType;
  /** Relative width; the layout shares its grid out in these proportions. */
  width: number;
}

export type CellValue = string | number | null;

export interface ReportRow {
  /** "group" is a heading row across the table; "total" is bold. */
  kind: "data" | "group" | "total";
  cells: CellValue[];
}

export interface ReportTable {
  id: string;
  /** "Bảng 1. Kết quả thực hiện các chỉ tiêu". */
  caption: string;
  /** "Đơn vị tính: đồng", shown in italics above the table; absent when the table has a unit column. */
  unitLine?: string;
  columns: ReportColumn[];
  rows: ReportRow[];
}

export type BodyBlock =
  /** level 1 "I." (upper, bold), level 2 "1." (bold), level 3 "a)" (regular). */
  | { kind: "heading"; level: 1 | 2 | 3; label: string; text: string }
  /** Text written from the figures. */
  | { kind: "paragraph"; text: string }
  /** What the data cannot say, for the writer to replace: "[Nhập ưu điểm nổi bật …]". */
  | { kind: "prompt"; text: string }
  | { kind: "table"; table: ReportTable };

export interface BodySection {
  id: BodySectionId;
  /** The section's heading comes first. */
  blocks: BodyBlock[];
}

export interface ReportClosing {
  /** "Nơi nhận:". */
  recipientsTitle: string;
  /** "- UBND tỉnh;" … "- Lưu: VT, VP.". */
  recipients: string[];
  /** "KT. GIÁM ĐỐC", or "" when the head signs in person. */
  authority: string;
  /** "PHÓ GIÁM ĐỐC" or "GIÁM ĐỐC". */
  title: string;
  /** The signer's name, or a prompt when the settings have none. */
  name: string;
}

export interface Report {
  kind: ReportKind;
  lang: Lang;
  /** The years the report covers, ascending; the last is the review year. */
  years: number[];
  header: ReportHeader;
  title: ReportTitle;
  sections: BodySection[];
  closing: ReportClosing;
}
