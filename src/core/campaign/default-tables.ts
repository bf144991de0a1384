import type { ListDef, TableDef } from "./model";

export const FORM_DIRECTOR = "Giấy khen của Giám đốc Sở";
export const FORM_PROVINCE = "Bằng khen của Chủ tịch UBND tỉnh";
export const FORM_PRIME_MINISTER = "Bằng khen của Thủ tướng Chính phủ";
export const FORM_LABOUR_ORDER = "Huân chương Lao động hạng Ba";
/** The target_type of a proposal for one person (the other is a collective). */
export const TARGET_INDIVIDUAL = "Cá nhân";

export const DEFAULT_LISTS: ListDef[] = [
  { id: "initiative_kind", label: "Loại sáng kiến/mô hình", values: ["Sáng kiến", "Mô hình", "Giải pháp"] },
  {
    id: "initiative_status",
    label: "Tình trạng sáng kiến",
    values: ["Đề xuất", "Đang áp dụng", "Được công nhận"],
  },
  { id: "target_type", label: "Đối tượng đề nghị", values: ["Tập thể", TARGET_INDIVIDUAL] },
  {
    id: "proposal_form",
    label: "Hình thức khen thưởng (thấp đến cao)",
    values: [FORM_DIRECTOR, FORM_PROVINCE, FORM_PRIME_MINISTER, FORM_LABOUR_ORDER],
  },
];

export const DEFAULT_TABLES: TableDef[] = [
  {
    id: "tbl_initiatives",
    title: "D. SÁNG KIẾN, MÔ HÌNH, GIẢI PHÁP",
    titleEn: "D. INITIATIVES AND MODELS",
    templateRows: 10,
    columns: [
      { id: "stt", label: "STT", labelEn: "No.", type: "integer", required: false, width: 6 },
      {
        id: "name",
        label: "Tên sáng kiến/mô hình",
        labelEn: "Initiative/model",
        type: "text",
        required: true,
        width: 40,
      },
      {
        id: "author",
        label: "Tác giả/đơn vị chủ trì",
        labelEn: "Author/lead unit",
        type: "text",
        required: true,
        width: 26,
      },
      {
        id: "kind",
        label: "Loại",
        labelEn: "Kind",
        type: "list",
        list: "initiative_kind",
        required: false,
        width: 14,
      },
      {
        id: "status",
        label: "Tình trạng",
        labelEn: "Status",
        type: "list",
        list: "initiative_status",
        required: false,
        width: 18,
      },
      { id: "effect", label: "Hiệu quả", labelEn: "Effect", type: "text", required: false, width: 36 },
    ],
  },
  {
    id: "tbl_proposals",
    title: "E. ĐỀ NGHỊ KHEN THƯỞNG",
    titleEn: "E. COMMENDATION PROPOSALS",
    templateRows: 10,
    columns: [
      { id: "stt", label: "STT", labelEn: "No.", type: "integer", required: false, width: 6 },
      {
        id: "target_type",
        label: "Đối tượng",
        labelEn: "Collective/individual",
        type: "list",
        list: "target_type",
        required: true,
        width: 12,
      },
      { id: "name", label: "Họ tên / tên tập thể", labelEn: "Name", type: "text", required: true, width: 28 },
      { id: "position", label: "Chức vụ", labelEn: "Position", type: "text", required: false, width: 20 },
      {
        id: "form",
        label: "Hình thức đề nghị",
        labelEn: "Proposed form",
        type: "list",
        list: "proposal_form",
        required: true,
        width: 32,
      },
      {
        id: "summary",
        label: "Tóm tắt thành tích",
        labelEn: "Achievements",
        type: "text",
        required: true,
        width: 40,
      },
      { id: "note", label: "Ghi chú", labelEn: "Note", type: "text", required: false, width: 16 },
    ],
  },
];
