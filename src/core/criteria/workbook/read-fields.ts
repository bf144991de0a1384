/** "Trường": the template's fields and, beside them, its sections. */
import type { FieldDef, ScoringDef, SectionDef, SectionId } from "../../campaign/model";
import type { WorkbookSnapshot } from "../../workbook-model/snapshot";
import { parseExpression } from "../expression";
import type { SheetGrid } from "./block-read";
import type { ProblemLog } from "./problems";
import { IDENTIFIER, type RecordReader } from "./read-context";
import { openBlock, openSheet } from "./read-sheet";
import { CRITERIA_SHEETS, FIELDS_BLOCK, SECTIONS_BLOCK } from "./sheets";
import type { KeysOf } from "./block";
import { FIELD_TYPES, FILLED_BY } from "./vocabulary";

const SECTION_IDS: readonly SectionId[] = ["A", "B", "C"];

export interface FieldsPart {
  sections: SectionDef[];
  fields: FieldDef[];
}

export function readFields(
  snapshot: WorkbookSnapshot,
  base: FieldsPart,
  scoring: ScoringDef,
  log: ProblemLog,
): FieldsPart {
  const grid = openSheet(snapshot, CRITERIA_SHEETS.fields, log);
  if (!grid) return base;
  const sections = readSections(grid, log) ?? base.sections;
  const records = openBlock(grid, FIELDS_BLOCK, log);
  if (!records) return { sections, fields: base.fields };

  const fields: FieldDef[] = [];
  const rows = new Map<FieldDef, RecordReader<KeysOf<typeof FIELDS_BLOCK>>>();
  for (const r of records) {
    const field = readField(r, sections, scoring);
    if (!field) continue;
    // Defined names are case-insensitive in Excel, so ids must differ by more than case.
    if (fields.some((f) => f.id.toLowerCase() === field.id.toLowerCase())) {
      r.error(
        "id",
        `Trường “${field.id}” ghi hai lần; bỏ dòng này.`,
        `Field “${field.id}” appears twice; row left out.`,
      );
      continue;
    }
    fields.push(field);
    rows.set(field, r);
  }
  for (const field of fields) {
    const r = rows.get(field);
    if (r && field.derived !== undefined) checkDerived(field, fields, r);
  }
  return { sections, fields };
}

function readSections(grid: SheetGrid, log: ProblemLog): SectionDef[] | undefined {
  const records = openBlock(grid, SECTIONS_BLOCK, log);
  if (!records) return undefined;
  const sections: SectionDef[] = [];
  for (const r of records) {
    const id = r.required("id", "mã nhóm", "the section id");
    const title = r.required("title", "tên nhóm", "the section title");
    const valueHeader = r.required("valueHeader", "tiêu đề cột giá trị", "the value column header");
    if (id === undefined || title === undefined || valueHeader === undefined) continue;
    const section = SECTION_IDS.find((s) => s === id.toUpperCase());
    if (!section) {
      r.error(
        "id",
        `Mã nhóm phải là ${SECTION_IDS.join(", ")} (đang ghi “${id}”).`,
        `The section id must be A, B or C.`,
      );
      continue;
    }
    if (sections.some((s) => s.id === section)) {
      r.error("id", `Nhóm ${section} ghi hai lần; bỏ dòng này.`, `Section ${section} appears twice.`);
      continue;
    }
    sections.push({ id: section, title, titleEn: r.text("titleEn"), valueHeader });
  }
  return sections;
}

function readField(
  r: RecordReader<KeysOf<typeof FIELDS_BLOCK>>,
  sections: SectionDef[],
  scoring: ScoringDef,
): FieldDef | undefined {
  const id = r.required("id", "id của trường", "the field id");
  const sectionText = r.required("section", "nhóm", "the section");
  const label = r.required("label", "nhãn", "the label");
  const typeText = r.required("type", "kiểu", "the type");
  if (id === undefined || sectionText === undefined || label === undefined || typeText === undefined)
    return undefined;
  if (!IDENTIFIER.test(id)) {
    r.error(
      "id",
      `id “${id}” chỉ gồm chữ không dấu, số và “_”, không bắt đầu bằng số.`,
      `Field id “${id}” may hold only letters, digits and “_”.`,
    );
    return undefined;
  }
  const section = sections.find((s) => s.id === sectionText.toUpperCase());
  if (!section) {
    const known = sections.map((s) => s.id).join(", ");
    r.error(
      "section",
      `Nhóm “${sectionText}” không có (có: ${known}); bỏ trường này.`,
      `Unknown section “${sectionText}”.`,
    );
    return undefined;
  }
  const type = FIELD_TYPES.read(typeText);
  if (type === undefined) {
    r.error(
      "type",
      `Kiểu “${typeText}” không có; dùng: ${FIELD_TYPES.words.join(", ")}.`,
      `Unknown type “${typeText}”.`,
    );
    return undefined;
  }
  const field: FieldDef = {
    id,
    section: section.id,
    label,
    labelEn: r.text("labelEn"),
    type,
    required: r.yesNo("required", false),
    filledBy: filledBy(r),
  };
  const unit = r.optional("unit");
  const group = r.optional("group");
  const columnHeader = r.optional("columnHeader");
  const criterion = r.optional("criterion");
  const derived = r.optional("derived");
  if (unit !== undefined) field.unit = unit;
  if (group !== undefined) field.group = group;
  if (columnHeader !== undefined) field.columnHeader = columnHeader;
  if (criterion !== undefined) {
    field.criterion = criterion;
    if (!scoring.criteria.some((c) => c.id === criterion)) {
      r.warning(
        "criterion",
        `Không có tiêu chí “${criterion}” ở sheet “Chấm điểm”.`,
        `No criterion “${criterion}” on the scoring sheet.`,
      );
    }
  }
  if (derived !== undefined) field.derived = derived;
  return field;
}

function filledBy(r: RecordReader<KeysOf<typeof FIELDS_BLOCK>>): FieldDef["filledBy"] {
  const text = r.text("filledBy");
  if (text === "") return "unit";
  const v = FILLED_BY.read(text);
  if (v === undefined) {
    r.warning(
      "filledBy",
      `Người điền ghi “đơn vị” hoặc “thẩm định” (đang ghi “${text}”).`,
      `Filled by must be “đơn vị” or “thẩm định”.`,
    );
  }
  return v ?? "unit";
}

/** A total's formula must read and may use only field ids; otherwise the field stays, as a plain input. */
function checkDerived(
  field: FieldDef,
  fields: FieldDef[],
  r: RecordReader<KeysOf<typeof FIELDS_BLOCK>>,
): void {
  const parsed = parseExpression(field.derived ?? "");
  if (!parsed.ok) {
    r.errorAt(
      "derived",
      parsed.error.position + 1,
      `công thức viết sai – ${parsed.error.message}. Trường được coi là ô nhập.`,
      `the formula cannot be read – ${parsed.error.message}. The field is read as an input.`,
    );
    delete field.derived;
    return;
  }
  const unknown = parsed.names.filter((n) => !fields.some((f) => f.id === n));
  if (unknown.length > 0 || parsed.tables.length > 0) {
    const names = [...unknown, ...parsed.tables].join(", ");
    r.error(
      "derived",
      `Công thức dùng tên không phải trường: ${names}. Trường được coi là ô nhập.`,
      `The formula uses names that are not fields: ${names}. The field is read as an input.`,
    );
    delete field.derived;
  }
}
