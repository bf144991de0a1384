/**
 * The catalogue of findings: for every code its default severity and a one-line description (the README's
 * table of codes is generated from here by `npm run docs:codes`); its title and message templates, in
 * Vietnamese and English, are in the user-text catalogue (src/i18n, sections "findingTitles" and "findings").
 */
import vi from "../../i18n/vi.json";
import en from "../../i18n/en.json";
import type { Severity } from "../campaign/model";
import type { Lang } from "../locale/lang";
import type { Finding, FindingCode } from "./finding";

export interface CatalogueEntry {
  /** The severity a finding of this code has, unless `severityNote` says when it differs. */
  severity: Severity;
  /** When a finding of this code has another severity ("warning for evidence", "per rule"), for the README. */
  severityNote?: string;
  /** The checks themselves may give another severity (a rule's findings always may). */
  overridable?: true;
  /** Listed, but never reported. */
  reserved?: true;
  /** One line, in English, for the README. */
  description: string;
}

/** In the README's order: the checks of one workbook, then the ones of a summary. */
export const FINDING_CATALOGUE = {
  "required-value": {
    severity: "error",
    severityNote: "warning for evidence",
    description: "a required cell is empty, or a table row is half filled",
  },
  "type-error": {
    severity: "error",
    description:
      'text where a number or date belongs ("2 triệu", "15%" in a count, "32/13/2024") — never read as 0',
  },
  "constraint-error": {
    severity: "error",
    severityNote: "per rule",
    description: "a rule of the criteria is broken, or a value is not in its drop-down list",
  },
  "score-out-of-range": {
    severity: "error",
    description: "a score outside 0…max or off the half-point step",
  },
  "inconsistent-total": {
    severity: "warning",
    severityNote: "per rule",
    description: "a typed total disagrees with its parts (b13, b14 against the tables; the score totals)",
  },
  "unknown-unit": {
    severity: "error",
    description: "the unit name is not in the roster (case, spacing and NFC/NFD are ignored)",
  },
  "formula-error": {
    severity: "error",
    description: "the cell shows `#REF!`, `#VALUE!`…",
  },
  "formula-not-calculated": {
    severity: "info",
    description: "a formula without a cached value (a file written by a program that does not calculate)",
  },
  "merged-cell": {
    severity: "error",
    description: "the input cell was merged into another",
  },
  "missing-label": {
    severity: "error",
    severityNote: "warning for an optional field",
    overridable: true,
    description: "a field or table is found neither by its defined name nor by its label",
  },
  "read-by-labels": {
    severity: "info",
    description: "the template's names were gone; values were read by labels",
  },
  "template-version-mismatch": {
    severity: "warning",
    description: "the file comes from another template version, or from none",
  },
  "duplicate-row": {
    severity: "warning",
    description: "the same initiative or proposal twice",
  },
  "unreadable-workbook": {
    severity: "error",
    description:
      "empty, damaged, too large or abnormally compressed, password-protected, or another format, named: `.xls` (Excel 2.0 to 2003), `.xlsb`, WPS Spreadsheets' `.et` and `.xls`, Apple Numbers, a damaged `.ods`/`.fods`, `.csv`, a web page, XML Spreadsheet 2003, Word, PowerPoint, an e-mail (Outlook `.msg`, `.eml`), an `.odt` or `.rtf` document, a PDF, an image (JPEG, PNG, TIFF, GIF, HEIC, WebP), another zip — each with how to save it as Excel Workbook (.xlsx) or what to ask the unit for",
  },
  "rule-error": {
    severity: "warning",
    description:
      "a rule of the criteria (a criteria workbook's or the default ones) could not run; the technical reason is only in `--json` (`detail`)",
  },
  "rows-below-table": {
    severity: "info",
    description:
      "rows typed right under a named table, outside its range (LibreOffice does not grow tables): read as rows of that table",
  },
  "missing-submission": {
    severity: "warning",
    description: "in a summary: an expected unit sent no file for a year",
  },
  "duplicate-submission": {
    severity: "warning",
    description: "in a summary: more than one file for a unit and year; the later report date is used",
  },
  "blank-row": {
    severity: "info",
    reserved: true,
    description: "reserved: blank rows inside a table are skipped, not reported",
  },
  "not-the-template": {
    severity: "error",
    description:
      "no `_thidua` sheet, no defined name and no label of the template: one finding instead of one per cell",
  },
  "findings-not-listed": {
    severity: "info",
    description:
      "in a summary: a file's findings beyond the first 1,000 (errors kept first) are counted on one row, not listed; validating the file lists them all",
  },
  "thidua-output": {
    severity: "error",
    description:
      "a summary, report, criteria or feedback workbook thidua wrote (its hidden record, or its sheets), or a Word report or chase letter it wrote (its creator), not a report",
  },
} as const satisfies Record<FindingCode, CatalogueEntry>;

/** The codes whose findings the checks may give another severity (a rule's findings always may). */
export type OverridableCode = {
  [C in FindingCode]: (typeof FINDING_CATALOGUE)[C] extends { overridable: true } ? C : never;
}[FindingCode];

type FindingFields = Omit<Finding, "code" | "severity">;
type SeverityOverride<C extends FindingCode> = C extends OverridableCode
  ? { severity?: Severity }
  : { severity?: never };

/** A finding of `code` with the catalogue's severity; only the overridable codes may give their own. */
export function newFinding<C extends FindingCode>(
  code: C,
  fields: FindingFields & SeverityOverride<C>,
): Finding {
  const entry: CatalogueEntry = FINDING_CATALOGUE[code];
  return { code, ...fields, severity: fields.severity ?? entry.severity };
}

/** A finding a rule of the criteria gives: its code (any of the catalogue) and its severity are the rule's. */
export function findingOfRule(code: FindingCode, severity: Severity, fields: FindingFields): Finding {
  return { code, ...fields, severity };
}

const TITLES: Record<Lang, Record<FindingCode, string>> = { vi: vi.findingTitles, en: en.findingTitles };
const MESSAGES: Record<Lang, Record<string, string>> = { vi: vi.findings, en: en.findings };

/** The short name of a code, for headings, filters and `--json`. */
export function findingTitle(code: FindingCode, lang: Lang): string {
  return TITLES[lang][code];
}

/** The key of the message template: "code.variant" when that variant has its own text, else the code. */
export function messageKey(finding: Pick<Finding, "code" | "params">): string {
  const variant = finding.params.variant;
  const specific = variant === undefined ? undefined : `${finding.code}.${variant}`;
  return specific !== undefined && specific in MESSAGES.vi ? specific : finding.code;
}

/** The message template of a finding, with its {placeholders}. */
export function messageTemplate(finding: Pick<Finding, "code" | "params">, lang: Lang): string {
  return MESSAGES[lang][messageKey(finding)];
}
