import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import type { Campaign } from "../../core/campaign/model";
import { CRITERIA_SHEETS, readCriteriaWorkbook } from "../../core/criteria/workbook";
import type { Lang } from "../../core/locale/lang";
import {
  buildReportPlan,
  reportSettings,
  type ReportFromInputs,
  type ReportSettings,
} from "../../core/report";
import { settingsFromJson } from "../../core/report/settings-json";
import { sheetNamedIn } from "../../core/workbook-model/read-scope";
import { writeReportDocx } from "../../hosts/docx";
import { writeWorkbook } from "../../hosts/xlsx";
import { reportFromFiles } from "../../jobs/build-report";
import { asOutputFile } from "../../jobs/output-file";
import { intOption, parseArgs, stringOption, UsageError, type ParsedArgs } from "../args";
import { checkPaths } from "../check-paths";
import type { CliIO } from "../io";
import { loadCampaign } from "../load-campaign";
import { readNamedWorkbook } from "../read-named-workbook";
import { cliText } from "../messages";
import { missingDocumentsLines } from "../missing-documents-line";
import { notUsedLines } from "../not-used-lines";
import { writeOrTell } from "../write-failure";
import { OVERWRITE_FLAG } from "../output-target";
import { reportKindOption } from "../report-options";

/** A criteria workbook (its "Cài đặt" sheet) or a JSON file; without one, the criteria's settings. */
export async function loadSettings(
  path: string | undefined,
  campaign: Campaign,
  lang: Lang,
  io: CliIO,
): Promise<ReportSettings> {
  if (path === undefined) return reportSettings(campaign.settings, {}, lang);
  const file = basename(path);
  const bytes = await readFile(path).catch(() => {
    throw new UsageError("file.not-found", { file: path });
  });
  const say = (p: { message: string; messageEn: string }): void =>
    io.err(
      cliText(lang, "report.settings-problem", { file, message: lang === "vi" ? p.message : p.messageEn }),
    );
  if (extname(path).toLowerCase() === ".json") {
    const { settings, problems } = settingsFromJson(parseJson(bytes, file));
    problems.forEach(say);
    return reportSettings(campaign.settings, settings, lang);
  }
  const snapshot = await readNamedWorkbook(bytes, file, "report.settings-unreadable", lang);
  const sheet = CRITERIA_SHEETS.settings;
  if (!snapshot.sheets.some((s) => sheetNamedIn([sheet])(s.name)))
    throw new UsageError("report.settings-no-sheet", { file, sheet });
  const { campaign: criteria, problems } = readCriteriaWorkbook(snapshot, campaign);
  problems.filter((q) => q.sheet === CRITERIA_SHEETS.settings).forEach(say);
  return reportSettings(criteria.settings, {}, lang);
}

function parseJson(bytes: Uint8Array, file: string): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    throw new UsageError("report.settings-not-json", { file });
  }
}

/** What the closing line calls the report: "năm 2024 (so sánh với năm 2023)", "sơ kết giai đoạn 2021–2023". */
export function reportWhat(lang: Lang, c: ReportFromInputs): string {
  const { report, previous } = c;
  const years = `${report.years[0]}–${report.years[report.years.length - 1]}`;
  if (report.kind !== "annual") return cliText(lang, `report.kind.${report.kind}`, { years });
  const year = report.years[0];
  return previous
    ? cliText(lang, "report.kind.annual-compared", { year, previous: previous.reviewYear })
    : cliText(lang, "report.kind.annual", { year });
}

/** --format docx|xlsx (then any extension); without it, the extension decides and must be .docx or .xlsx. */
function reportFormat(args: ParsedArgs, output: string): "docx" | "xlsx" {
  const value = stringOption(args, "format")?.trim().toLowerCase();
  if (value === undefined) {
    const ext = extname(output).toLowerCase();
    if (ext === ".docx") return "docx";
    if (ext === ".xlsx") return "xlsx";
    throw new UsageError("usage.report-extension", { file: output });
  }
  // Asked for by name: written whatever the extension, as the user chose.
  if (value !== "docx" && value !== "xlsx") throw new UsageError("usage.bad-format", { format: value });
  return value;
}

/**
 * `thidua report PATH... -o bao-cao.xlsx|bao-cao.docx [--format docx|xlsx] --kind annual|interim|final [--year 2024] [--settings FILE]
 * [--criteria FILE] [--overwrite]`. Exit 0: written; 1: written but some units had errors; 2: nothing written.
 */
export async function reportCommand(argv: string[], io: CliIO, lang: Lang): Promise<number> {
  const args = parseArgs(
    argv,
    ["output", "kind", "year", "settings", "criteria", "lang", "format"],
    [OVERWRITE_FLAG],
  );
  const output = stringOption(args, "output");
  if (!output) throw new UsageError("usage.needs-output");
  if (args.positional.length === 0) throw new UsageError("usage.no-inputs");
  const kind = reportKindOption(args, "kind") ?? "annual";
  const format = reportFormat(args, output);
  const year = intOption(args, "year");
  const { campaign, notes } = await loadCampaign(stringOption(args, "criteria"), lang);
  notes.forEach((n) => io.err(n));
  const { firstYear: first, lastYear: last } = campaign.settings;
  if (year !== undefined && kind !== "annual") throw new UsageError("usage.report-year");
  if (year !== undefined && (year < first || year > last))
    throw new UsageError("usage.bad-year", { year, first, last });
  const settings = await loadSettings(stringOption(args, "settings"), campaign, lang, io);
  const target = {
    path: output,
    replaces: format === "docx" ? (["thidua-document"] as const) : (["report"] as const),
    overwrite: args.options.has(OVERWRITE_FLAG),
  };
  const files = await checkPaths(args.positional, campaign, io, lang, target);
  const built = reportFromFiles(files, campaign, kind, settings, lang, year);
  const bytes = () =>
    format === "docx"
      ? writeReportDocx(built.report)
      : writeWorkbook(asOutputFile(buildReportPlan(built.report), campaign, "report"));
  if (!(await writeOrTell(output, bytes, io, lang))) return 2;
  const c = built.current;
  const missing = c.missing.map((m) => m.name);
  io.out(
    [
      cliText(lang, "consolidate.received", {
        received: c.counts.received,
        expected: c.counts.expected,
        valid: c.counts.valid,
        withErrors: c.counts.withErrors,
      }),
      cliText(lang, "consolidate.missing", { count: missing.length, units: missing.join(", ") || "—" }),
      ...missingDocumentsLines(c.status, lang, "name"),
      cliText(lang, "report.written", { what: reportWhat(lang, built), file: output }),
      ...notUsedLines(built.notUsed, files, lang),
    ].join("\n"),
  );
  return c.counts.withErrors > 0 ? 1 : 0;
}
