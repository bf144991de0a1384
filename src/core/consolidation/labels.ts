/**
 * Words written into the summary's status and note cells, from the catalogue's "summary" section. The
 * summary workbook is written in Vietnamese, and its readers match these words.
 */
import vi from "../../i18n/vi.json";
import { fillMessage } from "../validation/format-param";
import type { Severity } from "../campaign/model";
import { TARGET_INDIVIDUAL } from "../campaign/default-tables";
import type { SlotState, StatusCode } from "./model";

const TEXT = vi.summary;

/** A text of the summary with its parameters filled in, a count written the Vietnamese way ("12.345"). */
export function summaryText(template: string, params: Readonly<Record<string, string | number>>): string {
  return fillMessage(template, params, "vi");
}

export const STATUS_LABELS: Record<StatusCode, string> = {
  valid: TEXT["status.valid"],
  "with-errors": TEXT["status.with-errors"],
  excluded: TEXT["status.excluded"],
  missing: TEXT["status.missing"],
  duplicate: TEXT["status.duplicate"],
  unreadable: TEXT["status.unreadable"],
  "unknown-unit": TEXT["status.unknown-unit"],
  "not-the-template": TEXT["status.not-the-template"],
  "thidua-output": TEXT["status.thidua-output"],
  "other-year": TEXT["status.other-year"],
  "identical-copy": TEXT["status.identical-copy"],
};

/** Note beside a unit's figures; none for a valid report. */
export const SLOT_NOTES: Record<SlotState, string> = {
  valid: "",
  "with-errors": STATUS_LABELS["with-errors"],
  excluded: STATUS_LABELS.excluded,
  missing: STATUS_LABELS.missing,
};

export const SEVERITY_LABELS: Record<Severity, string> = {
  error: TEXT["severity.error"],
  warning: TEXT["severity.warning"],
  info: TEXT["severity.info"],
};

export const YES = TEXT.yes;
export const NO = TEXT.no;
export const TOTAL_LABEL = TEXT.total;
export const DUPLICATE_WITH = TEXT["duplicate-with"];
/** "and {count} more" after a list of units too long to write out. */
export const DUPLICATE_WITH_MORE = TEXT["duplicate-with.more"];
/** target_type of a proposal for one person: a value of the campaign's list, not a label. */
export const INDIVIDUAL = TARGET_INDIVIDUAL;

export const DUPLICATE_NOTES = {
  kept: TEXT["duplicate.kept"],
  keptExcluded: TEXT["duplicate.kept-excluded"],
  dropped: TEXT["duplicate.dropped"],
};

export const OTHER_YEAR_NOTE = TEXT["note.other-year"];
export const UNKNOWN_YEAR_NOTE = TEXT["note.unknown-year"];
export const IDENTICAL_COPY_NOTE = TEXT["note.identical-copy"];
export const DOCUMENTS_ONLY_NOTE = TEXT["note.documents-only"];

/** A unit whose scores have an error: it is neither classified nor ranked. */
export const SCORE_ERROR_NOTE = TEXT["note.score-error"];

/** The last row of a sheet whose rows did not all fit in Excel's grid. */
export const ROWS_CUT_NOTE = TEXT["note.rows-cut"];
