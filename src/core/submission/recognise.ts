/**
 * Whether a workbook is a unit's form at all. A workbook thidua wrote itself (a summary, a report, the
 * criteria) or one that has nothing of the template gets one finding saying so, instead of one
 * missing-label error per field.
 */
import { SUMMARY_SHEETS } from "../consolidation/plan/names";
import { CRITERIA_SHEETS } from "../criteria/workbook/sheets";
import type { Finding } from "../findings/finding";
import { newFinding } from "../findings/catalogue";
import { foldKey } from "../locale/text";
import { REPORT_SHEET } from "../report/plan/sheet-name";
import { OUTPUT_KINDS } from "../template/meta";
import type { WorkbookSnapshot } from "../workbook-model/snapshot";
import type { LocatedField } from "./locate-fields";
import type { NotAForm, TableReading, TemplateMetaReading } from "./model";

const fold = (names: readonly string[]): Set<string> => new Set(names.map(foldKey));
/** Sheets that tell thidua's own files apart when they carry no marker (written before it existed). */
const OUTPUT_SHEETS: [string, Set<string>][] = [
  ["summary", fold([SUMMARY_SHEETS.status, SUMMARY_SHEETS.findings, SUMMARY_SHEETS.sources])],
  ["criteria", fold([CRITERIA_SHEETS.fields, CRITERIA_SHEETS.rules, CRITERIA_SHEETS.roster])],
  ["report", fold([REPORT_SHEET])],
];

function outputKind(snapshot: WorkbookSnapshot, meta: TemplateMetaReading): string | undefined {
  const marked = OUTPUT_KINDS.find((k) => k === meta.workbookKind);
  if (marked) return marked;
  if (meta.templateId !== undefined) return undefined;
  const sheets = new Set(snapshot.sheets.map((s) => foldKey(s.name)));
  return OUTPUT_SHEETS.find(([, names]) => [...names].every((n) => sheets.has(n)))?.[0];
}

export function recogniseWorkbook(
  snapshot: WorkbookSnapshot,
  meta: TemplateMetaReading,
  located: Map<string, LocatedField>,
  tables: Record<string, TableReading>,
): NotAForm | undefined {
  const found = Object.values(tables).filter((t) => t.foundBy !== "missing");
  const byName = [...located.values(), ...found].some((l) => l.foundBy === "name");
  if (byName) return undefined;
  const kind = outputKind(snapshot, meta);
  if (kind) return { reason: "thidua-output", kind };
  const template = meta.templateId !== undefined || meta.workbookKind !== undefined;
  if (!template && located.size === 0 && found.length === 0) return { reason: "not-the-template" };
  return undefined;
}

export function notAFormFinding(file: string, notAForm: NotAForm): Finding {
  return notAForm.reason === "thidua-output"
    ? newFinding("thidua-output", { file, params: { variant: notAForm.kind } })
    : newFinding("not-the-template", { file, params: {} });
}
