/** One status row per listed file or missing report (Tình trạng nộp báo cáo). */
import {
  DUPLICATE_NOTES,
  IDENTICAL_COPY_NOTE,
  OTHER_YEAR_NOTE,
  STATUS_LABELS,
  summaryText,
  UNKNOWN_YEAR_NOTE,
} from "./labels";
import { strayStatus, writtenUnitName, type Entry } from "./entries";
import type { ListedItem } from "./listing";
import type { StatusCode, StatusRow } from "./model";
import type { Slot } from "./placement";

function fileColumns(
  entry: Entry,
): Pick<StatusRow, "file" | "sheet" | "reportDate" | "templateVersion" | "errors" | "warnings" | "checksum"> {
  const sub = entry.result?.submission;
  return {
    file: entry.file,
    sheet: sub?.sheet ?? null,
    reportDate: entry.reportDate,
    templateVersion: sub?.meta.templateVersion ?? null,
    errors: entry.errors,
    warnings: entry.warnings,
    checksum: entry.checksum,
  };
}

function row(
  unitCode: string | null,
  unitName: string | null,
  year: number | null,
  status: StatusCode,
  columns: ReturnType<typeof fileColumns>,
  extra: { used?: boolean; kept?: boolean; note?: string } = {},
): StatusRow {
  return {
    unitCode,
    unitName,
    year,
    ...columns,
    status,
    statusLabel: STATUS_LABELS[status],
    used: extra.used ?? false,
    kept: extra.kept ?? false,
    note: extra.note ?? "",
  };
}

const NO_FILE: ReturnType<typeof fileColumns> = {
  file: null,
  sheet: null,
  reportDate: null,
  templateVersion: null,
  errors: 0,
  warnings: 0,
  checksum: null,
};

function duplicateNote(slot: Slot, kept: boolean): string {
  if (!kept) return DUPLICATE_NOTES.dropped;
  if (slot.state === "excluded") return DUPLICATE_NOTES.keptExcluded;
  return slot.state === "with-errors"
    ? `${DUPLICATE_NOTES.kept}; ${STATUS_LABELS["with-errors"]}`
    : DUPLICATE_NOTES.kept;
}

function slotFileRow(slot: Slot, entry: Entry, kept: boolean): StatusRow {
  const duplicate = slot.files.length > 1;
  const status: StatusCode = duplicate ? "duplicate" : slot.state;
  const used = kept && slot.included;
  const note = duplicate ? duplicateNote(slot, kept) : "";
  return row(slot.unit.code, slot.unit.name, slot.year, status, fileColumns(entry), { used, kept, note });
}

export function statusRow(item: ListedItem): StatusRow {
  switch (item.kind) {
    case "slot-file":
      return slotFileRow(item.slot, item.entry, item.kept);
    case "missing":
      return row(item.slot.unit.code, item.slot.unit.name, item.slot.year, "missing", NO_FILE);
    case "other-year": {
      const note = item.entry.year === undefined ? UNKNOWN_YEAR_NOTE : OTHER_YEAR_NOTE;
      return row(
        item.unit.code,
        item.unit.name,
        item.entry.year ?? null,
        "other-year",
        fileColumns(item.entry),
        { note },
      );
    }
    case "stray":
      return row(
        null,
        writtenUnitName(item.entry),
        item.entry.year ?? null,
        strayStatus(item.entry),
        fileColumns(item.entry),
      );
    case "unreadable":
      return row(null, null, null, "unreadable", fileColumns(item.entry));
  }
}

/**
 * A file byte for byte the same as one read (the same attachment saved twice): listed under its own name,
 * with what the file it repeats says of the unit, and not used.
 */
export function identicalCopyRow(file: string, repeated: StatusRow): StatusRow {
  const { unitCode, unitName, year } = repeated;
  const columns = { ...fileColumnsOf(repeated), file };
  const note = summaryText(IDENTICAL_COPY_NOTE, { file: repeated.file ?? "" });
  return row(unitCode, unitName, year, "identical-copy", columns, { note });
}

function fileColumnsOf(r: StatusRow): ReturnType<typeof fileColumns> {
  const { file, sheet, reportDate, templateVersion, errors, warnings, checksum } = r;
  return { file, sheet, reportDate, templateVersion, errors, warnings, checksum };
}
