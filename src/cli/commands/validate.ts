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
import { JsonReportWriter } from "../validate-json";
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
  // Each file is written as soon as it is checked and then let go: a file can have hundreds of thousands
  // of findings, and holding every file's until the end made memory grow with each such file.
  const json = args.options.has("json") ? new JsonReportWriter(lang) : undefined;
  if (!json) for (const note of notes) io.err(note);
  const tallies: FileTally[] = [];
  for (const file of files) {
    const { check } = await checkInputFile(file, campaign);
    if (json) writeLines(io, json.file(check));
    else {
      writeLines(io, describeFile(check, lang));
      io.out("");
    }
    tallies.push(tallyOf(check));
  }
  if (json) writeLines(io, json.end(documents));
  else {
    io.out(summaryLine(tallies, lang));
    if (documents.length > 0) io.out(documentsLine(documents, lang));
  }
  const reports = tallies.filter((t) => !t.own);
  if (reports.every((t) => !t.read)) return 2;
  return reports.some((t) => t.errors > 0) ? 1 : 0;
}

/** What the summary line and the exit code need of a file checked. */
interface FileTally {
  /** One of thidua's own workbooks. */
  own: boolean;
  /** A folder that could not be listed. */
  folder: boolean;
  read: boolean;
  valid: boolean;
  errors: number;
}

function tallyOf(check: FileCheck): FileTally {
  return {
    own: isOwnOutput(check),
    folder: check.findings[0]?.params.variant === "folder-unreadable",
    read: check.result !== undefined,
    valid: check.valid,
    errors: check.counts.error,
  };
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

function summaryLine(tallies: FileTally[], lang: Lang): string {
  const own = tallies.filter((t) => t.own).length;
  // A folder that could not be listed is one entry, which is not a file checked.
  const files = tallies.filter((t) => !t.folder && !t.own);
  const line = cliText(lang, "summary", {
    files: files.length,
    valid: files.filter((t) => t.valid).length,
    invalid: files.filter((t) => t.read && !t.valid).length,
    unreadable: files.filter((t) => !t.read).length,
  });
  const folders = tallies.filter((t) => t.folder).length;
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
