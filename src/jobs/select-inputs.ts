/**
 * The one input-selection rule of every door: for each file given, whether the consolidation uses it and,
 * if not, why. Companion files (lock files, macOS metadata), documents found beside the workbooks and
 * byte-identical copies never reach the consolidation (a copy is one file given twice, never a duplicate
 * submission); every other file does, and its status row says what became of it.
 */
import type { Consolidation, StatusRow } from "../core/consolidation/model";
import { identicalCopyRow } from "../core/consolidation/status";
import type { Finding } from "../core/findings/finding";
import { isThiduaDocument } from "../core/validation/file-check";
import type { FileInput } from "./read-file";

export const NOT_USED_REASONS = [
  "lock-file",
  "mac-metadata",
  "document",
  "identical-copy",
  "unreadable",
  "not-the-template",
  "thidua-output",
  "unknown-unit",
  "other-year",
  "older-copy",
  "excluded",
] as const;

export type NotUsedReason = (typeof NOT_USED_REASONS)[number];

/**
 * A file as given: `input` is absent for a file not read, a companion file (see companionKind) or a
 * document found beside the workbooks (`document`: a PDF or Word file, no form; "thidua" when thidua
 * wrote it, a report or a chase letter).
 */
export interface GivenFile {
  name: string;
  input?: FileInput;
  document?: "other" | "thidua";
}

export interface FileDecision {
  file: string;
  used: boolean;
  reason?: NotUsedReason;
  /** Roster code of the file's unit, when known. */
  unit?: string | null;
  year?: number | null;
  /** identical-copy: the file it repeats; older-copy: the file used instead. */
  sameAs?: string;
}

/** A file that sits beside workbooks, named like one, and is none (see companionKind). */
export type CompanionKind = "lock-file" | "mac-metadata";

/**
 * What a file named like a workbook is when it is none, told by its name: Excel's lock file beside an
 * open workbook ("~$name.xlsx"), or the metadata file macOS writes beside a file it copies to a shared
 * disk or puts in a zip ("._name.xlsx", in a "__MACOSX" folder once the zip is unpacked).
 */
export function companionKind(name: string): CompanionKind | undefined {
  const base = name.replace(/^.*[\\/]/, "");
  if (base.startsWith("~$")) return "lock-file";
  if (base.startsWith("._")) return "mac-metadata";
  return undefined;
}

/** The finding that says why a file could not be read; undefined when it was read (or not opened). */
export function unreadableFinding({ input }: GivenFile): Finding | undefined {
  return input?.check.result
    ? undefined
    : input?.check.findings.find((f) => f.code === "unreadable-workbook");
}

export function isCompanionFile(name: string): boolean {
  return companionKind(name) !== undefined;
}

/** Why a file given is not read (a companion file, a document), or undefined when it is read. */
function notReadReason(file: GivenFile): NotUsedReason | undefined {
  if (file.document) return file.document === "thidua" ? "thidua-output" : "document";
  if (file.input && isThiduaDocument(file.input.check)) return "thidua-output";
  return companionKind(file.name) ?? (file.input ? undefined : "lock-file");
}

/**
 * Of byte-identical copies (their indexes), the one kept: the shortest name (a copy's name gets " - Copy",
 * " (1)"…), then the first in code-point order, so the order the files were given in never changes the
 * choice (copies of one name in several folders are the same file whichever is kept).
 */
function keptCopy(copies: number[], files: readonly GivenFile[]): number {
  const name = (i: number) => files[i].name;
  return [...copies].sort(
    (a, b) => name(a).length - name(b).length || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : a - b),
  )[0];
}

/**
 * The files that go to the consolidation, and the decisions already made for the others. Files are told
 * apart by their place in the list, not their names: two units' different files may both be called
 * "bao-cao.xlsx", in folders of their own.
 */
export function distinctFiles(files: readonly GivenFile[]): {
  distinct: { name: string; input: FileInput }[];
  skipped: Map<number, FileDecision>;
} {
  const skipped = new Map<number, FileDecision>();
  const byDigest = new Map<string, number[]>();
  files.forEach((given, i) => {
    const { name, input } = given;
    const notRead = notReadReason(given);
    if (!input || notRead) skipped.set(i, { file: name, used: false, reason: notRead ?? "lock-file" });
    else if (input.digest) byDigest.set(input.digest.full, [...(byDigest.get(input.digest.full) ?? []), i]);
  });
  const kept = new Map([...byDigest].map(([digest, copies]) => [digest, keptCopy(copies, files)]));
  const distinct: { name: string; input: FileInput }[] = [];
  files.forEach(({ name, input }, i) => {
    if (!input || skipped.has(i)) return;
    const keeper = input.digest ? kept.get(input.digest.full) : undefined;
    if (keeper !== undefined && keeper !== i) {
      skipped.set(i, { file: name, used: false, reason: "identical-copy", sameAs: files[keeper].name });
      return;
    }
    distinct.push({ name, input });
  });
  return { distinct, skipped };
}

function reasonOf(row: StatusRow): NotUsedReason | undefined {
  switch (row.status) {
    case "unreadable":
      return "unreadable";
    case "unknown-unit":
    case "not-the-template":
    case "thidua-output":
      return row.status;
    case "other-year":
      return "other-year";
    case "duplicate":
      if (!row.kept) return "older-copy";
      return row.used ? undefined : "excluded";
    case "excluded":
      return "excluded";
    default:
      return row.used ? undefined : "excluded";
  }
}

/** Each file's decision, in the order given, from the consolidation of the distinct files. */
export function fileDecisions(
  files: readonly GivenFile[],
  result: Consolidation,
  skipped: Map<number, FileDecision>,
): FileDecision[] {
  const rows = result.status.filter((r) => r.file !== null);
  const taken = new Set<StatusRow>();
  const keptIn = (row: StatusRow): string | undefined =>
    rows.find((r) => r.kept && r.unitCode === row.unitCode && r.year === row.year)?.file ?? undefined;
  return files.map((given, i) => {
    const { name, input } = given;
    const decided = skipped.get(i);
    if (decided || !input)
      return decided ?? { file: name, used: false, reason: notReadReason(given) ?? "lock-file" };
    const file = input.check.file.normalize("NFC");
    const checksum = input.checksum ?? null;
    const sub = input.check.result?.submission;
    const candidates = rows.filter((r) => !taken.has(r) && r.file === file && r.checksum === checksum);
    // Forms from one workbook share its file name: the unit and year tell them apart.
    const row =
      candidates.find((r) => r.unitCode === (sub?.unit?.code ?? null) && r.year === (sub?.year ?? null)) ??
      candidates[0];
    if (!row) return { file: name, used: false, reason: "unreadable" };
    taken.add(row);
    const reason = reasonOf(row);
    const base = { file: name, unit: row.unitCode, year: row.year };
    if (!reason) return { ...base, used: true };
    const sameAs = reason === "older-copy" ? keptIn(row) : undefined;
    return { ...base, used: false, reason, ...(sameAs !== undefined ? { sameAs } : {}) };
  });
}

/**
 * The status rows with a row for each identical copy, right after the rows of the file it repeats: the
 * summary's status sheet then lists every file given, as the terminal and the pane do.
 */
export function statusWithCopies(
  status: readonly StatusRow[],
  files: readonly GivenFile[],
  decisions: readonly FileDecision[],
): StatusRow[] {
  const copiesOf = new Map<StatusRow, StatusRow[]>();
  decisions.forEach((decision, i) => {
    const checksum = files[i].input?.checksum;
    if (decision.reason !== "identical-copy" || decision.sameAs === undefined || !checksum) return;
    const repeated = decision.sameAs.normalize("NFC");
    for (const row of status.filter((r) => r.file === repeated && r.checksum === checksum)) {
      copiesOf.set(row, [...(copiesOf.get(row) ?? []), identicalCopyRow(decision.file, row)]);
    }
  });
  return status.flatMap((row) => [row, ...(copiesOf.get(row) ?? [])]);
}
