/**
 * The report's options and sheet, shared by `report` and `consolidate --report`: kept apart from the report
 * command so that `consolidate` does not load the Word writer (docx, some 50 ms) without a report to write.
 */
import type { Campaign } from "../core/campaign/model";
import type { Consolidation, ConsolidationInput } from "../core/consolidation";
import type { Lang } from "../core/locale/lang";
import {
  annualReport,
  buildReport,
  buildReportSheet,
  reportSettings,
  scopeOf,
  staffByYear,
  type ReportKind,
} from "../core/report";
import type { SheetPlan } from "../core/workbook-model/plan";
import { stringOption, UsageError, type ParsedArgs } from "./args";

const KINDS: readonly ReportKind[] = ["annual", "interim", "final"];

/** --kind / --report: annual (năm), interim (sơ kết) or final (tổng kết). */
export function reportKindOption(args: ParsedArgs, name: string): ReportKind | undefined {
  const value = stringOption(args, name);
  if (value === undefined) return undefined;
  const kind = KINDS.find((k) => k === value.trim().toLowerCase());
  if (!kind) throw new UsageError("usage.bad-kind", { kind: value });
  return kind;
}

/** `consolidate --report KIND`: the report sheet for the summary workbook, from the same files. */
export function reportSheetFor(
  result: Consolidation,
  inputs: ConsolidationInput[],
  campaign: Campaign,
  kind: ReportKind,
  lang: Lang,
): SheetPlan {
  const settings = reportSettings(campaign.settings, {}, lang);
  const report =
    kind === "annual"
      ? annualReport(result, inputs, campaign, settings, lang).report
      : buildReport(result, campaign, settings, kind, lang, { staff: staffByYear(inputs, result) });
  return buildReportSheet(report);
}

/** The period `consolidate --report interim|final` covers when neither --year nor --period is given. */
export function reportPeriod(kind: ReportKind, campaign: Campaign): { from: number; to: number } {
  return scopeOf(kind, campaign.settings);
}
