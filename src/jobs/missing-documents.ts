/**
 * Documents (PDF, Word, a photo) among the files that name a unit whose form is missing: the clerk sees
 * that the unit sent something, only not the form, and asks for the form rather than for a report. A
 * document is one found beside the workbooks (not read), or a file given that the reader named as one. It
 * names a unit by its path: the unit's code as a word of it ("TTr/bao-cao.pdf", "TTr-2024.docx"), or its
 * name, diacritics and case aside ("Thanh tra So - bao cao 2024.pdf"); a year in the path must be the
 * missing report's.
 */
import { DOCUMENTS_ONLY_NOTE } from "../core/consolidation/labels";
import type { StatusRow } from "../core/consolidation/model";
import { interpolate } from "../core/locale/interpolate";
import { unreadableFinding, type GivenFile } from "./select-inputs";

/** The reader's reasons for a file that is a document, not a workbook. */
const DOCUMENT_FORMATS = new Set(["word", "document", "pdf", "image"]);

/** The names of the files given that are documents: found beside the workbooks, or read and named so. */
export function documentFiles(files: readonly GivenFile[]): string[] {
  return files
    .filter((f) =>
      f.document !== undefined
        ? f.document === "other"
        : DOCUMENT_FORMATS.has(String(unreadableFinding(f)?.params.variant ?? "")),
    )
    .map((f) => f.name);
}

/** Lower case, without diacritics ("Sở" is "so", "Đ" is "d"), in words of letters and digits. */
function plainWords(text: string): string[] {
  const plain = text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase();
  return plain.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== "");
}

/** Whether `run` appears in `words`, word after word. */
function containsRun(words: string[], run: string[]): boolean {
  if (run.length === 0) return false;
  for (let i = 0; i + run.length <= words.length; i++) {
    if (run.every((word, j) => words[i + j] === word)) return true;
  }
  return false;
}

const YEAR = /^(19|20)\d\d$/;

/** A document's path in plain words, and the years among them. */
interface DocumentWords {
  words: string[];
  years: string[];
}

function documentWords(path: string): DocumentWords {
  const words = plainWords(path);
  return { words, years: words.filter((word) => YEAR.test(word)) };
}

function namesUnit(doc: DocumentWords, code: string[], name: string[], year: number | null): boolean {
  if (year !== null && doc.years.length > 0 && !doc.years.includes(String(year))) return false;
  return containsRun(doc.words, code) || containsRun(doc.words, name);
}

/** Whether a document's path names the unit (its code or its name) and no other year than the report's. */
export function documentNamesUnit(path: string, code: string, name: string, year: number | null): boolean {
  return namesUnit(documentWords(path), plainWords(code), plainWords(name), year);
}

/** The documents that name the unit of a missing row, for each such row. */
function documentsOfMissing(
  status: readonly StatusRow[],
  documents: readonly string[],
): Map<StatusRow, string[]> {
  const out = new Map<StatusRow, string[]>();
  if (documents.length === 0) return out;
  const words = documents.map(documentWords);
  for (const row of status) {
    if (row.status !== "missing" || row.unitCode === null) continue;
    const code = plainWords(row.unitCode);
    const name = plainWords(row.unitName ?? "");
    const named = documents.filter((_, i) => namesUnit(words[i], code, name, row.year));
    if (named.length > 0) out.set(row, named);
  }
  return out;
}

/** Files named in a note or a line: a unit's whole mailbox must not make a cell longer than Excel takes. */
const FILES_NAMED = 5;

/** "a.pdf, b.jpg", or the first few and how many more: "a.pdf, …, e.pdf, … (+12)". */
export function namedFiles(files: readonly string[]): string {
  const named = files.slice(0, FILES_NAMED).join(", ");
  return files.length > FILES_NAMED ? `${named}, … (+${files.length - FILES_NAMED})` : named;
}

/** The status rows, a missing one noting the documents that name its unit. */
export function statusWithDocuments(status: readonly StatusRow[], documents: readonly string[]): StatusRow[] {
  const found = documentsOfMissing(status, documents);
  return status.map((row) => {
    const files = found.get(row);
    if (!files) return row;
    return { ...row, note: interpolate(DOCUMENTS_ONLY_NOTE, { files: namedFiles(files) }), documents: files };
  });
}
