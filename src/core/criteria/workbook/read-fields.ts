/** The fields sheet: the template's fields and, beside them, its sections. */
import type { FieldDef, ScoringDef, SectionDef, SectionId } from "../../campaign/model";
import type { WorkbookSnapshot } from "../../workbook-model/snapshot";
import { parseExpression } from "../expression";
import type { SheetGrid } from "./block-read";
import { quotedList } from "./problem-text";
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
      r.error("id", "fields.duplicate", { id: field.id });
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
    const id = r.required("id", "what.section-id");
    const title = r.required("title", "what.section-title");
    const valueHeader = r.required("valueHeader", "what.value-header");
    if (id === undefined || title === undefined || valueHeader === undefined) continue;
    const section = SECTION_IDS.find((s) => s === id.toUpperCase());
    if (!section) {
      r.error("id", "sections.bad-id", { ids: SECTION_IDS.join(", "), id });
      continue;
    }
    if (sections.some((s) => s.id === section)) {
      r.error("id", "sections.duplicate", { section });
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
  const id = r.required("id", "what.field-id");
  const sectionText = r.required("section", "what.section");
  const label = r.required("label", "what.label");
  const typeText = r.required("type", "what.type");
  if (id === undefined || sectionText === undefined || label === undefined || typeText === undefined)
    return undefined;
  if (!IDENTIFIER.test(id)) {
    r.error("id", "fields.bad-id", { id });
    return undefined;
  }
  const section = sections.find((s) => s.id === sectionText.toUpperCase());
  if (!section) {
    const known = sections.map((s) => s.id).join(", ");
    r.error("section", "fields.unknown-section", { section: sectionText, known });
    return undefined;
  }
  const type = FIELD_TYPES.read(typeText);
  if (type === undefined) {
    r.error("type", "type.unknown", { type: typeText, types: FIELD_TYPES.words.join(", ") });
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
      r.warning("criterion", "fields.unknown-criterion", { criterion, sheet: CRITERIA_SHEETS.scoring });
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
    r.warning("filledBy", "fields.bad-filled-by", { words: quotedList(FILLED_BY.words), text });
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
    r.errorAt("derived", parsed.error.position + 1, "fields.formula-unreadable", {
      detail: parsed.error.message,
    });
    delete field.derived;
    return;
  }
  const unknown = parsed.names.filter((n) => !fields.some((f) => f.id === n));
  if (unknown.length > 0 || parsed.tables.length > 0) {
    const names = [...unknown, ...parsed.tables].join(", ");
    r.error("derived", "fields.formula-names", { names });
    delete field.derived;
  }
}
