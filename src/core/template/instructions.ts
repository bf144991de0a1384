/** The sheet "Hướng dẫn": how the unit's clerk fills the template, and which template this is. */
import type { Campaign, RosterUnit } from "../campaign/model";
import type { CellStyle, SheetPlan, StyledRange } from "../workbook-model/plan";
import { CLASSIFICATION_LABEL, FORM_SHEET, INSTRUCTIONS_SHEET, REVIEW_COLUMN } from "./layout";
import { FONT_NAME, INPUT_FILL, REVIEW_FILL } from "./styles";
import { tableSheetName } from "./table-sheet";

interface Line {
  text: string;
  style?: CellStyle;
}

const HEADING: CellStyle = { font: { name: FONT_NAME, size: 12, bold: true } };

export function buildInstructionsSheet(
  campaign: Campaign,
  unit: RosterUnit | undefined,
  year: number | undefined,
): SheetPlan {
  const lines = instructionLines(campaign, unit, year);
  const styles: StyledRange[] = [
    {
      range: `A1:A${lines.length}`,
      style: { font: { name: FONT_NAME, size: 12 }, wrap: true, vertical: "top" },
    },
  ];
  lines.forEach((line, i) => {
    if (line.style) styles.push({ range: `A${i + 1}`, style: line.style });
  });
  return {
    name: INSTRUCTIONS_SHEET,
    columnWidths: { 1: 110 },
    blocks: [{ origin: "A1", rows: lines.map((l) => [l.text]) }],
    styles,
    protect: {},
    showGridLines: false,
    print: { orientation: "portrait", paperSize: "A4", fitToWidth: 1 },
  };
}

function instructionLines(
  campaign: Campaign,
  unit: RosterUnit | undefined,
  year: number | undefined,
): Line[] {
  const { settings, scoring, tables } = campaign;
  const period = `${settings.firstYear}–${settings.lastYear}`;
  const steps = [...new Set(scoring.criteria.map((c) => c.step))];
  const stepText = steps.length === 1 ? ` (bước ${viNumber(steps[0])} điểm)` : "";
  const tableSheets = tables.map((t) => `“${tableSheetName(t)}” (${t.title})`).join(", ");
  const fileName = `${unit?.code ?? "<mã đơn vị>"}_${year ?? "<năm>"}.xlsx`;
  const numbered: (string | Line)[] = [
    {
      text: `Chỉ điền vào các ô nền vàng nhạt (như dòng này) trên các sheet “${FORM_SHEET}” và ${tables.map((t) => `“${tableSheetName(t)}”`).join(", ")}; các ô khác đã được khóa.`,
      style: { fill: INPUT_FILL },
    },
    {
      text: `Các ô nền xanh nhạt (cột “${REVIEW_COLUMN}”, như dòng này) và dòng “${CLASSIFICATION_LABEL}” do Văn phòng Sở điền; đơn vị không điền.`,
      style: { fill: REVIEW_FILL },
    },
    "Tên đơn vị và năm báo cáo: chọn trong danh sách thả xuống.",
    "Số liệu ghi bằng số, không kèm đơn vị tính (ghi 12, không ghi “12 buổi”); đơn vị tính đã có ở cột “Đơn vị tính”.",
    "Số tiền ghi theo đồng, số nguyên: “1.500.000” hoặc 1500000 đều được; không ghi “1,5 triệu” hay “1.500.000 đồng”.",
    "Ngày ghi theo dạng dd/mm/yyyy, ví dụ 15/01/2025.",
    `Tự chấm điểm từng tiêu chí từ 0 đến điểm tối đa${stepText} và ghi minh chứng cho tiêu chí có điểm; tổng điểm tự tính.`,
    `Không đổi tên hay xóa sheet; không chèn, xóa dòng hoặc cột trên sheet “${FORM_SHEET}”.`,
    `Mỗi sáng kiến, mỗi đề nghị khen thưởng ghi một dòng trong bảng trên sheet ${tableSheets}. Cần thêm dòng thì gõ tiếp vào dòng ngay dưới bảng (bảng tự mở rộng); dòng để trống được bỏ qua.`,
    `Lưu tệp dạng .xlsx (không chuyển sang PDF hay ảnh), đặt tên ${fileName}, và gửi về Văn phòng Sở (bộ phận thi đua – khen thưởng) theo thời hạn trong văn bản đề nghị báo cáo.`,
  ];
  const lines: Line[] = [
    { text: "HƯỚNG DẪN ĐIỀN BIỂU MẪU BÁO CÁO", style: { font: { name: FONT_NAME, size: 14, bold: true } } },
    { text: `Phong trào thi đua “${settings.campaignName}” giai đoạn ${period}`, style: HEADING },
    {
      text: `Thực hiện ${settings.planReference}.`,
      style: { font: { name: FONT_NAME, size: 12, italic: true } },
    },
    { text: "" },
    { text: "Cách điền", style: HEADING },
    ...numbered.map((item, i): Line => {
      const line = typeof item === "string" ? { text: item } : item;
      return { ...line, text: `${i + 1}. ${line.text}` };
    }),
    { text: "" },
    { text: "Thông tin biểu mẫu", style: HEADING },
    { text: `Mã biểu mẫu: ${campaign.templateId}` },
    { text: `Phiên bản biểu mẫu: ${campaign.templateVersion}` },
    { text: `Phiên bản tiêu chí: ${campaign.criteriaVersion}` },
  ];
  if (unit) lines.push({ text: `Đơn vị: ${unit.name} (${unit.code})` });
  if (year !== undefined) lines.push({ text: `Năm báo cáo: ${year}` });
  return lines;
}

/** 0.5 → "0,5". */
function viNumber(n: number): string {
  return String(n).replace(".", ",");
}
