import type { WorkbookPlan } from "../../../src/core/workbook-model/plan";

export const MAIN = "Biểu mẫu";
export const DATA = "O'Brien dữ liệu";
export const SECRET = "Ẩn";

export const INJECTIONS = [
  "=SUM(A1)",
  "+84912345678",
  "@x",
  "-1+2",
  '=HYPERLINK("http://x")',
  "  có khoảng trắng  ",
];
export const NFD_TEXT = "Xã Hòa Bình, huyện Kỳ Sơn".normalize("NFD");
export const NFC_TEXT = "Xã Hòa Bình, huyện Kỳ Sơn".normalize("NFC");
/** 40 commune names: joined with commas they are longer than an inline list allows. */
export const LONG_LIST = Array.from({ length: 40 }, (_, i) => `Xã số ${i + 1} của huyện`);

/** A plan that uses every feature a plan has. */
export function fullPlan(): WorkbookPlan {
  return {
    properties: { title: "Báo cáo thi đua 2025", creator: "Ban Thi đua", company: "UBND tỉnh" },
    names: [
      { name: "DiemTong", sheet: MAIN, ref: "C6" },
      { name: "Vùng_nhập", sheet: MAIN, ref: "C4:C5" },
      { name: "Du.Lieu", sheet: DATA, ref: "A1:B2" },
    ],
    sheets: [
      {
        name: MAIN,
        columnWidths: { 1: 12, 2: 40 },
        rowHeights: { 1: 30 },
        blocks: [
          { origin: "A1", rows: [["BÁO CÁO THI ĐUA"]] },
          {
            origin: "A3",
            rows: [
              ["Mã", "Tên đơn vị", "Điểm", "Ngày"],
              ["DV01", "Xã A", 8.5, 45631],
              ["DV02", "Xã B", 0, 45632.5],
              ["Tổng", null, { formula: "SUM(C4:C5)", result: 8.5 }, null],
            ],
          },
          { origin: "B8", rows: INJECTIONS.map((s) => [s]) },
          {
            origin: "E8",
            rows: [
              [{ formula: "1+1", result: 2 }],
              [{ formula: "=A1", result: "BÁO CÁO THI ĐUA" }],
              [{ formula: "C5*1", result: 0 }],
              [{ formula: "1>2", result: false }],
              [{ formula: "NOW()" }],
            ],
          },
          { origin: "A15", rows: [[NFD_TEXT], [NFC_TEXT], [true], [false], [-0.125], [""]] },
        ],
        styles: [
          {
            range: "A1",
            style: { font: { name: "Times New Roman", size: 14, bold: true, color: "1F4E79" } },
          },
          { range: "A1:F1", style: { horizontal: "center", vertical: "middle" } },
          {
            range: "A3:D3",
            style: { font: { bold: true }, fill: "D9E1F2", wrap: true, border: { bottom: "medium" } },
          },
          { range: "A3:D6", style: { border: { top: "thin", left: "thin", right: "thin" } } },
          { range: "C4:C5", style: { locked: false, numFmt: "0.00" } },
          { range: "D4:D5", style: { numFmt: "dd/mm/yyyy", locked: false } },
          { range: "B4", style: { indent: 2, font: { italic: true, underline: true } } },
        ],
        merges: ["A1:F1", "A20:B21"],
        tables: [
          {
            name: "DonVi",
            ref: "A3:D6",
            columns: ["Mã", "Tên đơn vị", "Điểm", "Ngày"],
            style: "TableStyleMedium2",
            showFilter: true,
            totalsRow: true,
          },
        ],
        validations: [
          {
            range: "C4:C5",
            values: ["0", "5", "10"],
            error: { title: "Sai", message: "Chọn trong danh sách" },
          },
          { range: "B4:B5", values: LONG_LIST },
          { range: "A4:A5", values: ["DV01, cũ", "DV02"] },
          { range: "F4:F100000", values: ["Đạt", "Không đạt"] },
        ],
        notes: [
          { cell: "A1", text: "Tiêu đề biểu mẫu" },
          { cell: "C4", text: "Nhập điểm 0–10", author: "Ban Thi đua" },
        ],
        freeze: { rows: 3, columns: 1 },
        protect: {},
        print: {
          orientation: "landscape",
          paperSize: "A4",
          margins: { top: 19.05, bottom: 19.05, left: 12.7, right: 12.7, header: 7.62, footer: 7.62 },
          fitToWidth: 1,
          printArea: "A1:F20",
          repeatRows: "3:3",
          footerCenter: "&P",
          differentFirst: true,
          horizontalCentered: true,
        },
        tabColor: "1F4E79",
        showGridLines: false,
      },
      {
        name: DATA,
        visibility: "hidden",
        blocks: [{ origin: "A1", rows: [["Cột 1", "Cột 2"]] }],
        tables: [{ name: "Trong", ref: "A1:B2", columns: ["Cột 1", "Cột 2"], showFilter: false }],
        notes: [{ cell: "D1", text: "ghi chú cạnh bảng" }],
        protect: { password: "bí mật" },
        print: { orientation: "portrait", paperSize: "A4", printArea: "A1:B2", repeatRows: "1:1" },
      },
      { name: SECRET, visibility: "veryHidden", blocks: [{ origin: "B2", rows: [[1, 2], [3]] }] },
    ],
  };
}
