/** The criteria workbook: the campaign as sheets the Office reads and edits (XLSForm-like). */
import { settingNames } from "../../campaign/default-campaign";
import type { Campaign } from "../../campaign/model";
import type { SheetPlan, WorkbookPlan } from "../../workbook-model/plan";
import { functionNames } from "../expression";
import { criteriaSheet, sheetBlock } from "./block-write";
import {
  BANDS_BLOCK,
  COLUMNS_BLOCK,
  CRITERIA_BLOCK,
  CRITERIA_SHEETS,
  FIELDS_BLOCK,
  LISTS_BLOCK,
  ROSTER_BLOCK,
  RULES_BLOCK,
  SECTIONS_BLOCK,
  SETTINGS_BLOCK,
  TABLES_BLOCK,
  TIE_BREAK_BLOCK,
} from "./sheets";
import { settingRows } from "./settings-keys";
import { COLUMN_TYPES, FIELD_TYPES, FILLED_BY, SEVERITIES, writeYesNo, YES_NO_WORDS } from "./vocabulary";

export function buildCriteriaPlan(campaign: Campaign): WorkbookPlan {
  return {
    sheets: [
      fieldsSheet(campaign),
      rulesSheet(campaign),
      tablesSheet(campaign),
      listsSheet(campaign),
      rosterSheet(campaign),
      scoringSheet(campaign),
      settingsSheet(campaign),
    ],
    properties: { title: `Bộ tiêu chí Phong trào thi đua – phiên bản ${campaign.criteriaVersion}` },
  };
}

function fieldsSheet(c: Campaign): SheetPlan {
  const fields = c.fields.map((f) => ({
    id: f.id,
    section: f.section,
    label: f.label,
    labelEn: f.labelEn,
    type: FIELD_TYPES.write(f.type),
    unit: f.unit ?? null,
    group: f.group ?? null,
    required: writeYesNo(f.required),
    filledBy: FILLED_BY.write(f.filledBy),
    columnHeader: f.columnHeader ?? null,
    criterion: f.criterion ?? null,
    derived: f.derived ?? null,
  }));
  const sections = c.sections.map((s) => ({
    id: s.id,
    title: s.title,
    titleEn: s.titleEn,
    valueHeader: s.valueHeader,
  }));
  return criteriaSheet(
    CRITERIA_SHEETS.fields,
    "TRƯỜNG DỮ LIỆU CỦA BIỂU MẪU",
    [
      "Mỗi dòng là một ô đơn vị điền (hoặc Văn phòng Sở điền). “id” là tên đặt cho ô trong biểu mẫu và là tên dùng trong quy tắc.",
      "“Nhóm tổng hợp”: tiêu đề nhóm chỉ tiêu trong bảng tổng hợp. “Cột”: tiêu đề cột chứa ô (nếu không phải cột giá trị của nhóm); “Tiêu chí”: mã tiêu chí ở sheet “Chấm điểm”; “Công thức”: ô tự tính.",
    ],
    [
      sheetBlock(FIELDS_BLOCK, fields, {
        section: c.sections.map((s) => s.id),
        type: FIELD_TYPES.words,
        required: YES_NO_WORDS,
        filledBy: FILLED_BY.words,
      }),
      sheetBlock(SECTIONS_BLOCK, sections),
    ],
  );
}

function rulesSheet(c: Campaign): SheetPlan {
  const rules = c.rules.map((r) => ({
    id: r.id,
    target: r.target,
    expression: r.expression,
    severity: SEVERITIES.write(r.severity),
    code: r.code,
    message: r.message,
    messageEn: r.messageEn,
  }));
  const settings = Object.keys(settingNames(c.settings)).join(", ");
  return criteriaSheet(
    CRITERIA_SHEETS.rules,
    "QUY TẮC KIỂM TRA BIỂU MẪU",
    [
      "Mỗi dòng một quy tắc: “Biểu thức” phải ĐÚNG (TRUE); nếu SAI, biểu mẫu bị báo theo “Mức độ” (lỗi, cảnh báo, thông tin) với “Thông báo”.",
      "“Áp dụng cho”: id của một trường; hoặc một bảng (tbl_proposals, kiểm tra một lần); hoặc một cột của bảng (tbl_proposals.form, kiểm tra từng dòng có dữ liệu).",
      `Trong biểu thức: dấu chấm “.” là giá trị của chính ô được kiểm tra; các trường khác gọi bằng id (ví dụ .<=staff_total); các cài đặt: ${settings}; classification là xếp loại của đơn vị.`,
      "Bảng: ROWS(tbl_initiatives) là số dòng có dữ liệu; tbl_initiatives[status] là một cột của bảng; trong quy tắc theo dòng, các cột khác của dòng gọi bằng mã cột (ví dụ target_type).",
      `Hàm như trong Excel: ${functionNames().join(", ")}. Chữ đặt trong dấu nháy kép "…"; so sánh bằng = <> < <= > >=; không gõ dấu = ở đầu biểu thức.`,
      "Trong thông báo, {tên} được thay bằng giá trị: {value} là giá trị của ô; {first_year}, {classification}… là giá trị của cài đặt, trường tương ứng.",
    ],
    [sheetBlock(RULES_BLOCK, rules, { severity: SEVERITIES.words })],
  );
}

function tablesSheet(c: Campaign): SheetPlan {
  const tables = c.tables.map((t) => ({
    id: t.id,
    title: t.title,
    titleEn: t.titleEn,
    templateRows: t.templateRows,
  }));
  const columns = c.tables.flatMap((t) =>
    t.columns.map((col) => ({
      table: t.id,
      id: col.id,
      label: col.label,
      labelEn: col.labelEn,
      type: COLUMN_TYPES.write(col.type),
      list: col.list ?? null,
      required: writeYesNo(col.required),
      width: col.width,
    })),
  );
  return criteriaSheet(
    CRITERIA_SHEETS.tables,
    "CÁC BẢNG CỦA BIỂU MẪU",
    [
      "Bên trái: các bảng (mã bảng là tên bảng Excel trong biểu mẫu). Bên phải: các cột của từng bảng, theo thứ tự trong biểu mẫu.",
      "Cột kiểu “danh sách” ghi mã danh sách ở sheet “Danh sách”. “Độ rộng”: số ký tự.",
    ],
    [
      sheetBlock(TABLES_BLOCK, tables),
      sheetBlock(COLUMNS_BLOCK, columns, {
        table: c.tables.map((t) => t.id),
        type: COLUMN_TYPES.words,
        list: c.lists.map((l) => l.id),
        required: YES_NO_WORDS,
      }),
    ],
  );
}

function listsSheet(c: Campaign): SheetPlan {
  const rows = c.lists.flatMap((l) => l.values.map((value) => ({ list: l.id, label: l.label, value })));
  return criteriaSheet(
    CRITERIA_SHEETS.lists,
    "DANH SÁCH LỰA CHỌN",
    [
      "Mỗi dòng một giá trị; thứ tự các dòng là thứ tự trong danh sách (hình thức khen thưởng: từ thấp đến cao).",
    ],
    [sheetBlock(LISTS_BLOCK, rows)],
  );
}

function rosterSheet(c: Campaign): SheetPlan {
  const rows = c.roster.map((u) => ({
    code: u.code,
    name: u.name,
    order: u.order,
    expected: writeYesNo(u.expected),
  }));
  return criteriaSheet(
    CRITERIA_SHEETS.roster,
    "DANH SÁCH PHÒNG, ĐƠN VỊ THUỘC SỞ",
    [
      "“Phải nộp”: có – đơn vị phải nộp báo cáo hằng năm; không – đơn vị không phải nộp. “Thứ tự”: thứ tự trong các bảng tổng hợp.",
    ],
    [sheetBlock(ROSTER_BLOCK, rows, { expected: YES_NO_WORDS })],
  );
}

function scoringSheet(c: Campaign): SheetPlan {
  const { criteria, bands, tieBreak } = c.scoring;
  return criteriaSheet(
    CRITERIA_SHEETS.scoring,
    "TIÊU CHÍ CHẤM ĐIỂM VÀ XẾP LOẠI",
    [
      "Xếp loại theo tổng điểm (điểm thẩm định nếu có, nếu không thì điểm tự chấm): mỗi mức “Từ điểm” trở lên, ghi từ cao xuống thấp.",
      "Tiêu chí phụ xếp hạng: mã các tiêu chí dùng khi tổng điểm bằng nhau, cách nhau bằng dấu phẩy.",
    ],
    [
      sheetBlock(
        CRITERIA_BLOCK,
        criteria.map((k) => ({ id: k.id, label: k.label, labelEn: k.labelEn, max: k.max, step: k.step })),
      ),
      sheetBlock(
        BANDS_BLOCK,
        bands.map((b) => ({ min: b.min, label: b.label, labelEn: b.labelEn })),
      ),
      sheetBlock(TIE_BREAK_BLOCK, tieBreak.length > 0 ? [{ criteria: tieBreak.join(", ") }] : []),
    ],
  );
}

function settingsSheet(c: Campaign): SheetPlan {
  return criteriaSheet(
    CRITERIA_SHEETS.settings,
    "CÀI ĐẶT",
    ["Không đổi cột “Khóa”; sửa cột “Giá trị”. Số thập phân ghi 0,15 hoặc 0.15 đều được."],
    [sheetBlock(SETTINGS_BLOCK, settingRows(c))],
  );
}
