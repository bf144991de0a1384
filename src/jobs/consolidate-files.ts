/** Consolidate: the files given, the scope chosen or defaulted, the summary and what each file became. */
import type { Campaign } from "../core/campaign/model";
import { buildSummaryPlan, consolidate, type Consolidation } from "../core/consolidation";
import { defaultYear } from "../core/consolidation/scope";
import type { Lang } from "../core/locale/lang";
import { timestamp } from "../core/locale/clock";
import type { WorkbookPlan } from "../core/workbook-model/plan";
import { documentFiles, statusWithDocuments } from "./missing-documents";
import type { FileInput } from "./read-file";
import {
  distinctFiles,
  fileDecisions,
  statusWithCopies,
  type FileDecision,
  type GivenFile,
} from "./select-inputs";

export interface ConsolidateOptions {
  /** Neither year nor period: the latest report year among the files (see `yearChoice`). */
  year?: number;
  period?: { from: number; to: number };
  excludeInvalid?: boolean;
  lang: Lang;
  now?: Date;
}

/** How the year was decided, so a door can say it when no year was asked for. */
export interface YearChoice {
  how: "given" | "latest";
  /** The report years found among the files, ascending. */
  yearsFound: number[];
}

export interface ConsolidateJob {
  result: Consolidation;
  yearChoice: YearChoice;
  /** Every file given, in that order. */
  files: FileDecision[];
  notUsed: FileDecision[];
  /** The inputs the consolidation saw (without lock files and identical copies), for a report on the same files. */
  inputs: FileInput[];
}

function yearsFound(inputs: FileInput[]): number[] {
  const years = inputs
    .map((i) => i.check.result?.submission.year)
    .filter((y): y is number => y !== undefined && Number.isInteger(y));
  return [...new Set(years)].sort((a, b) => a - b);
}

export function consolidateFiles(
  files: readonly GivenFile[],
  campaign: Campaign,
  options: ConsolidateOptions,
): ConsolidateJob {
  const { distinct, skipped } = distinctFiles(files);
  const inputs = distinct.map((d) => d.input);
  const given = options.year !== undefined || options.period !== undefined;
  const scope = options.period
    ? { period: options.period }
    : { year: options.year ?? defaultYear(inputs, campaign, options.now) };
  const result = consolidate(inputs, campaign, {
    ...scope,
    excludeInvalid: options.excludeInvalid === true,
    lang: options.lang,
  });
  const decisions = fileDecisions(files, result, skipped);
  const status = statusWithDocuments(statusWithCopies(result.status, files, decisions), documentFiles(files));
  return {
    result: { ...result, status },
    yearChoice: { how: given ? "given" : "latest", yearsFound: yearsFound(inputs) },
    files: decisions,
    notUsed: decisions.filter((d) => !d.used),
    inputs,
  };
}

/** The summary workbook of a consolidation, stamped with the time it was made. */
export function summaryPlan(result: Consolidation, campaign: Campaign, now = new Date()): WorkbookPlan {
  return buildSummaryPlan(result, campaign, { generatedAt: timestamp(now) });
}
