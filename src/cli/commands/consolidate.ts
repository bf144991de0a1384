import type { Campaign } from "../../core/campaign/model";
import { consolidationSummary } from "../../core/consolidation";
import type { Lang } from "../../core/locale/lang";
import { writeWorkbook } from "../../hosts/xlsx";
import { intOption, parseArgs, stringOption, UsageError, type ParsedArgs } from "../args";
import { requireExtension } from "../output-extension";
import { checkPaths } from "../check-paths";
import { loadCampaign } from "../load-campaign";
import { cliText } from "../messages";
import { writeOrTell } from "../write-failure";
import { OVERWRITE_FLAG } from "../output-target";
import type { CliIO } from "../io";
import { notUsedLines } from "../not-used-lines";
import { readProblems } from "../read-problems";
import { REPORT_SHEET, type ReportKind } from "../../core/report";
import {
  consolidateFiles,
  summaryPlan,
  type ConsolidateJob,
  type ConsolidateOptions,
} from "../../jobs/consolidate-files";
import { asOutputFile } from "../../jobs/output-file";
import type { GivenFile } from "../../jobs/select-inputs";
import { missingDocumentsLines } from "../missing-documents-line";
import { rowsLeftOutLines } from "../rows-left-out-lines";
import { sheetsWithRowsLeftOut } from "../../core/workbook-model/plan";
import { reportKindOption, reportPeriod, reportSheetFor } from "../report-options";

/**
 * `thidua consolidate PATH... -o tong-hop.xlsx [--year 2024 | --period 2021-2023] [--criteria FILE]
 * [--exclude-invalid] [--json] [--report annual|interim|final] [--overwrite]`, the report adding its sheet.
 * Exit 0: written; 1: written but some units had errors; 2: nothing written.
 */
export async function consolidateCommand(argv: string[], io: CliIO, lang: Lang): Promise<number> {
  const args = parseArgs(
    argv,
    ["output", "year", "period", "criteria", "lang", "report"],
    ["exclude-invalid", "json", OVERWRITE_FLAG],
  );
  const reportKind = reportKindOption(args, "report");
  const output = stringOption(args, "output");
  if (!output) throw new UsageError("usage.needs-output");
  requireExtension(output, ".xlsx");
  if (args.positional.length === 0) throw new UsageError("usage.no-inputs");
  const { campaign, notes } = await loadCampaign(stringOption(args, "criteria"), lang);
  notes.forEach((n) => io.err(n));
  const scope =
    reportKind !== undefined && reportKind !== "annual"
      ? reviewScope(reportKind, args, campaign)
      : scopeOf(args, campaign);
  const target = {
    path: output,
    replaces: ["summary"] as const,
    overwrite: args.options.has(OVERWRITE_FLAG),
  };
  const files = await checkPaths(args.positional, campaign, io, lang, target);
  const job = consolidateFiles(files, campaign, {
    ...scope,
    excludeInvalid: args.options.has("exclude-invalid"),
    lang,
  });
  const { result } = job;
  const plan = summaryPlan(result, campaign);
  if (reportKind) plan.sheets.push(reportSheetFor(result, job.inputs, campaign, reportKind, lang));
  const bytes = () => writeWorkbook(asOutputFile(plan, campaign, "summary"));
  if (!(await writeOrTell(output, bytes, io, lang))) return 2;
  const summary = consolidationSummary(result);
  if (args.options.has("json"))
    io.out(
      JSON.stringify(
        {
          output,
          ...summary,
          years: result.years,
          notUsed: job.notUsed,
          missingWithDocuments: result.status
            .filter((r) => r.documents !== undefined)
            .map((r) => ({ unit: r.unitCode, year: r.year, files: r.documents })),
          unreadableDetails: readProblems(files),
          rowsLeftOut: sheetsWithRowsLeftOut(plan),
        },
        null,
        2,
      ),
    );
  else
    io.out(
      [
        ...closingSummary(job, files, output, lang),
        ...rowsLeftOutLines(plan, lang),
        ...yearAndNotUsedLines(job, files, lang),
      ].join("\n"),
    );
  if (reportKind && !args.options.has("json"))
    io.out(cliText(lang, "consolidate.report", { sheet: REPORT_SHEET }));
  return summary.withErrors > 0 ? 1 : 0;
}

function scopeOf(args: ParsedArgs, campaign: Campaign): Pick<ConsolidateOptions, "year" | "period"> {
  const year = intOption(args, "year");
  const period = stringOption(args, "period");
  if (year !== undefined && period !== undefined) throw new UsageError("usage.year-or-period");
  const { firstYear: first, lastYear: last } = campaign.settings;
  if (period !== undefined) {
    const m = /^(\d{4})\s*[-–—]\s*(\d{4})$/.exec(period.trim());
    if (!m || +m[1] > +m[2]) throw new UsageError("usage.bad-period", { period });
    for (const y of [+m[1], +m[2]])
      if (y < first || y > last) throw new UsageError("usage.bad-year", { year: y, first, last });
    return { period: { from: +m[1], to: +m[2] } };
  }
  if (year !== undefined) {
    if (year < first || year > last) throw new UsageError("usage.bad-year", { year, first, last });
    return { year };
  }
  return {};
}

/**
 * A sơ kết or tổng kết covers the period its criteria set (as `thidua report` does): a --year, or a --period
 * other than that one, would write a review of years it is not about.
 */
function reviewScope(
  kind: Exclude<ReportKind, "annual">,
  args: ParsedArgs,
  campaign: Campaign,
): Pick<ConsolidateOptions, "period"> {
  const own = reportPeriod(kind, campaign);
  const asked = scopeOf(args, campaign);
  const same = asked.period?.from === own.from && asked.period.to === own.to;
  if (asked.year !== undefined || (asked.period !== undefined && !same)) {
    throw new UsageError("usage.report-scope", { kind, years: `${own.from}-${own.to}` });
  }
  return { period: own };
}

/** The year chosen when none was asked for among files of several years, then each file not used and why. */
function yearAndNotUsedLines(job: ConsolidateJob, files: readonly GivenFile[], lang: Lang): string[] {
  const lines: string[] = [];
  const { how, yearsFound } = job.yearChoice;
  if (how === "latest" && yearsFound.length > 1) {
    const year = job.result.reviewYear;
    const others = yearsFound.filter((y) => y !== year).join(", ");
    lines.push(cliText(lang, "consolidate.year-chosen", { year, others }));
  }
  return [...lines, ...notUsedLines(job.notUsed, files, lang)];
}

/** The files read (an identical copy too: it was read to be known as one), and the copies among them. */
function headingLine(job: ConsolidateJob, files: readonly GivenFile[], lang: Lang): string {
  const c = job.result;
  const years = c.years.length === 1 ? String(c.years[0]) : `${c.years[0]}–${c.years[c.years.length - 1]}`;
  const read = files.filter((f) => f.input !== undefined).length;
  const copies = job.files.filter((d) => d.reason === "identical-copy").length;
  const heading = cliText(lang, c.mode === "period" ? "consolidate.heading-period" : "consolidate.heading", {
    years,
    files: read,
  });
  return copies === 0 ? heading : `${heading} ${cliText(lang, "consolidate.copies", { count: copies })}`;
}

function closingSummary(
  job: ConsolidateJob,
  files: readonly GivenFile[],
  output: string,
  lang: Lang,
): string[] {
  const c = job.result;
  const s = consolidationSummary(c);
  return [
    headingLine(job, files, lang),
    cliText(lang, "consolidate.received", {
      received: s.received,
      expected: s.expected,
      valid: s.valid,
      withErrors: s.withErrors,
    }),
    cliText(lang, "consolidate.missing", { count: s.missing.length, units: list(s.missing) }),
    ...missingDocumentsLines(c.status, lang, "code"),
    cliText(lang, "consolidate.duplicates", { count: s.duplicates.length, units: list(s.duplicates) }),
    cliText(lang, "consolidate.strays", {
      unreadable: s.unreadable.length,
      notAReport: c.counts.notAReport,
      unknown: c.counts.unknownUnit,
      otherYear: c.counts.otherYear,
    }),
    ...(c.excludeInvalid ? [cliText(lang, "consolidate.excluded", { count: c.counts.excluded })] : []),
    cliText(lang, "consolidate.output", { file: output }),
  ];
}

function list(items: string[]): string {
  return items.length === 0 ? "—" : items.join(", ");
}
