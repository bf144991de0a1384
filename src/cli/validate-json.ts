/**
 * `thidua validate --json`: the machine-readable report other tools rely on. Keep its shape (fields may be
 * added, not changed). It is written line by line, a finding at a time: five files of 400,000 findings each
 * make more text than one string can hold.
 */
import type { Lang } from "../core/locale/lang";
import type { Finding } from "../core/findings/finding";
import { findingTitle } from "../core/findings/catalogue";
import type { FileCheck } from "../core/validation/file-check";
import { renderFinding } from "../core/validation/render-finding";

/** The technical reason a file could not be read or a rule could not run (a library's words): --json only. */
function detailOf(finding: Finding): { detail?: string } {
  const technical = finding.code === "unreadable-workbook" || finding.code === "rule-error";
  const detail = technical ? finding.params.detail : undefined;
  return detail ? { detail: String(detail) } : {};
}

function findingEntry(f: Finding, lang: Lang) {
  return {
    code: f.code,
    severity: f.severity,
    sheet: f.sheet ?? null,
    cell: f.cell ?? null,
    field: f.field ?? null,
    title: findingTitle(f.code, lang),
    message: renderFinding(f, lang),
    ...detailOf(f),
  };
}

/** A file's entry without its findings, which come last. */
function fileHead(c: FileCheck) {
  return {
    file: c.file,
    unit: c.result?.submission.unit?.code ?? null,
    unitName: c.result?.submission.unit?.name ?? null,
    year: c.result?.submission.year ?? null,
    valid: c.valid,
    counts: { error: c.counts.error, warning: c.counts.warning, info: c.counts.info },
  };
}

/** Documents (PDF, Word, photos) found in the folders: named, not checked. */
function notChecked(documents: string[]) {
  return documents.map((file) => ({ file, reason: "document" }));
}

/** The report as one object (what the lines below spell out). */
export function jsonReport(checks: FileCheck[], lang: Lang, documents: string[] = []): unknown {
  return {
    files: checks.map((c) => ({ ...fileHead(c), findings: c.findings.map((f) => findingEntry(f, lang)) })),
    notChecked: notChecked(documents),
  };
}

/** JSON.stringify(value, null, 2), line by line, each line after `indent` spaces. */
function* jsonLines(value: unknown, indent: string): Generator<string> {
  for (const line of JSON.stringify(value, null, 2).split("\n")) yield indent + line;
}

/** Yields every line but the last, and returns the last. */
function* allButLast(lines: Iterable<string>): Generator<string, string | undefined> {
  let previous: string | undefined;
  for (const line of lines) {
    if (previous !== undefined) yield previous;
    previous = line;
  }
  return previous;
}

/** The lines, a comma after the last one. */
function* withComma(lines: Iterable<string>): Generator<string> {
  const last = yield* allButLast(lines);
  if (last !== undefined) yield `${last},`;
}

/** The items of an array, each as its lines, a comma after all but the last. */
function* itemLines<T>(items: readonly T[], lines: (item: T) => Iterable<string>): Generator<string> {
  for (let i = 0; i < items.length; i++) {
    yield* i < items.length - 1 ? withComma(lines(items[i])) : lines(items[i]);
  }
}

/** One file's entry, its findings made one at a time. */
function* fileLines(c: FileCheck, lang: Lang, indent: string): Generator<string> {
  const head = [...jsonLines({ ...fileHead(c), findings: [] }, indent)];
  if (c.findings.length === 0) {
    yield* head;
    return;
  }
  // The head ends with `  "findings": []` and `}`.
  yield* head.slice(0, -2);
  yield `${indent}  "findings": [`;
  yield* itemLines(c.findings, (f) => jsonLines(findingEntry(f, lang), `${indent}    `));
  yield `${indent}  ]`;
  yield `${indent}}`;
}

/**
 * The report's lines as its files are checked, so that only the file being written is held: each file's
 * lines when it is done (its last line held back, as its comma depends on whether another file follows),
 * then the end. Together, the lines of JSON.stringify(jsonReport(checks, lang, documents), null, 2).
 */
export class JsonReportWriter {
  private heldBack: string | undefined;
  private files = 0;

  constructor(private readonly lang: Lang) {}

  *file(check: FileCheck): Generator<string> {
    if (this.files++ === 0) yield* ["{", '  "files": ['];
    else yield `${this.heldBack},`;
    this.heldBack = yield* allButLast(fileLines(check, this.lang, "    "));
  }

  *end(documents: string[]): Generator<string> {
    if (this.files === 0) yield* ["{", '  "files": [],'];
    else yield* [this.heldBack ?? "", "  ],"];
    const [first, ...rest] = [...jsonLines(notChecked(documents), "  ")];
    yield `  "notChecked": ${first.trimStart()}`;
    yield* rest;
    yield "}";
  }
}

/** The lines of JSON.stringify(jsonReport(checks, lang, documents), null, 2). */
export function* jsonReportLines(
  checks: FileCheck[],
  lang: Lang,
  documents: string[] = [],
): Generator<string> {
  const writer = new JsonReportWriter(lang);
  for (const check of checks) yield* writer.file(check);
  yield* writer.end(documents);
}
