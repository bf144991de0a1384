import type { Lang } from "../../core/locale/lang";
import type { FileCheck } from "../../core/validation/file-check";
import { renderFinding } from "../../core/validation/render-finding";
import { parseArgs, stringOption, UsageError } from "../args";
import { loadCampaign } from "../load-campaign";
import { gatherInputFiles } from "../gather-inputs";
import { checkInputFile } from "../read-file-check";
import { isCompanionFile } from "../../jobs/select-inputs";
import { cliText } from "../messages";
import { textTable } from "../text-table";
import { jsonReportLines } from "../validate-json";
import type { CliIO } from "../io";
import { printableName } from "../printable";

/**
 * `thidua validate FILE|FOLDER... [--criteria FILE] [--lang vi|en] [--json]`: each file, and each workbook in
 * a folder. Exit 0 clean, 1 errors, 2 no unit's report read (none readable, or only thidua's own outputs).
 */
export async function validateCommand(argv: string[], io: CliIO, lang: Lang): Promise<number> {
  const args = parseArgs(argv, ["criteria", "lang"], ["json"]);
  if (args.positional.length === 0) throw new UsageError("usage.no-files");
  const { campaign, notes } = await loadCampaign(stringOption(args, "criteria"), lang);
  // Folders are searched as consolidate searches them; companion files found there (Excel's lock files,
  // macOS metadata) are not reports, and the documents there (PDF, Word, photos) are named, not checked.
  const found = await gatherInputFiles(args.positional);
  const documents = found.filter((f) => f.document).map((f) => f.name);
  const files = found.filter(
    (f) =>
      !f.document &&
      ((typeof f.path === "string" && args.positional.includes(f.path)) || !isCompanionFile(f.name)),
  );
  if (files.length === 0) throw new UsageError("usage.no-workbooks");
  const checks: FileCheck[] = [];
  for (const file of files) checks.push((await checkInputFile(file, campaign)).check);

  if (args.options.has("json")) writeLines(io, jsonReportLines(checks, lang, documents));
  else {
    for (const note of notes) io.err(note);
    for (const check of checks) {
      writeLines(io, describeFile(check, lang));
      io.out("");
    }
    io.out(summaryLine(checks, lang));
    if (documents.length > 0) io.out(documentsLine(documents, lang));
  }
  const reports = checks.filter((c) => !isOwnOutput(c));
  if (reports.every((c) => !c.result)) return 2;
  return reports.some((c) => c.counts.error > 0) ? 1 : 0;
}

/**
 * A workbook thidua wrote (a summary, a report, a unit's feedback): no unit's report, and nothing wrong
 * with it either, so not counted as a file with errors. Such files end up in the units' folder.
 */
const isOwnOutput = (check: FileCheck): boolean => check.findings.some((f) => f.code === "thidua-output");

function describeFile(check: FileCheck, lang: Lang): string[] {
  const sub = check.result?.submission;
  const unit = sub?.unit?.name ?? cliText(lang, "file.unknown-unit");
  const year = sub?.year ?? cliText(lang, "file.unknown-year");
  // A file not read, or no unit's form: neither unit nor year to tell.
  const known = sub?.unit !== undefined || sub?.year !== undefined;
  const lines = [
    known
      ? cliText(lang, "file.heading", { file: check.file, unit: printableName(unit), year })
      : printableName(check.file),
  ];
  if (check.findings.length > 0) {
    const header = ["table.sheet", "table.cell", "table.severity", "table.field", "table.message"].map((k) =>
      cliText(lang, k),
    );
    // thidua's own workbook is nothing wrong, only no unit's report: its one finding needs no "Lỗi".
    const own = isOwnOutput(check);
    const rows = check.findings.map((f) =>
      [
        f.sheet ?? "",
        f.cell ?? "",
        own ? "" : cliText(lang, `severity.${f.severity}`),
        f.field ?? "",
        renderFinding(f, lang),
      ].map(printableName),
    );
    // Not push(...): as many lines as findings, more arguments than a call takes.
    for (const line of textTable(header, rows)) lines.push(line);
  }
  const counts = { errors: check.counts.error, warnings: check.counts.warning, infos: check.counts.info };
  const verdict = !check.result
    ? "verdict.unreadable"
    : isOwnOutput(check)
      ? "verdict.own-output"
      : check.valid
        ? "verdict.valid"
        : "verdict.invalid";
  lines.push(`  => ${cliText(lang, verdict, counts)}`);
  return lines;
}

/** A folder that could not be listed: one entry, which is not a file checked. */
const isFolder = (check: FileCheck) => check.findings[0]?.params.variant === "folder-unreadable";

function summaryLine(checks: FileCheck[], lang: Lang): string {
  const own = checks.filter(isOwnOutput).length;
  const files = checks.filter((c) => !isFolder(c) && !isOwnOutput(c));
  const line = cliText(lang, "summary", {
    files: files.length,
    valid: files.filter((c) => c.valid).length,
    invalid: files.filter((c) => c.result && !c.valid).length,
    unreadable: files.filter((c) => !c.result).length,
  });
  const folders = checks.filter(isFolder).length;
  return [
    line,
    own === 0 ? "" : cliText(lang, "summary.own-outputs", { count: own }),
    folders === 0 ? "" : cliText(lang, "summary.folders", { count: folders }),
  ]
    .filter((part) => part !== "")
    .join(" ");
}

function documentsLine(documents: string[], lang: Lang): string {
  const files = documents.map(printableName).join(", ");
  return cliText(lang, "summary.documents", { count: documents.length, files });
}

/** Lines to the output, some thousands at a time (one string for all of them could be too long). */
function writeLines(io: CliIO, lines: Iterable<string>): void {
  let batch: string[] = [];
  for (const line of lines) {
    batch.push(line);
    if (batch.length === 10_000) {
      io.out(batch.join("\n"));
      batch = [];
    }
  }
  if (batch.length > 0) io.out(batch.join("\n"));
}
