/**
 * The file each job writes, named by what it holds: the pane's downloads outside Excel and the files the
 * demo writes use these names, so a clerk can tell the summary of 2024 from the report of 2021–2023 by name.
 */
import type { Scope } from "../core/consolidation/scope";
import type { ReportKind } from "../core/report/model";
import type { ReportScope } from "../core/report/kinds";

const years = (scope: Scope): string =>
  scope.mode === "year" || scope.from === scope.to
    ? String(scope.mode === "year" ? scope.year : scope.from)
    : `${scope.from}-${scope.to}`;

/** "tong-hop-2024.xlsx", "tong-hop-2021-2023.xlsx". */
export function summaryFileName(scope: Scope): string {
  return `tong-hop-${years(scope)}.xlsx`;
}

const REPORT_PREFIX: Record<ReportKind, string> = {
  annual: "bao-cao-nam",
  interim: "bao-cao-so-ket",
  final: "bao-cao-tong-ket",
};

/** "bao-cao-nam-2024.xlsx", "bao-cao-so-ket-2021-2023.docx", "bao-cao-tong-ket-2021-2025.xlsx". */
export function reportFileName(kind: ReportKind, scope: ReportScope, format: "xlsx" | "docx"): string {
  const period: Scope =
    kind === "annual" ? { mode: "year", year: scope.to } : { mode: "period", from: scope.from, to: scope.to };
  return `${REPORT_PREFIX[kind]}-${years(period)}.${format}`;
}

/** A roster code as part of a file name: characters Windows refuses in names, and spaces, become "-". */
const safe = (code: string): string =>
  code
    .normalize("NFC")
    .trim()
    .replace(/[\\/:*?"<>|\s]+/g, "-");

/** "bieu-mau-VP-2024.xlsx"; "bieu-mau-2024.xlsx" for any unit, "bieu-mau.xlsx" for any unit and year. */
export function templateFileName(unitCode?: string, year?: number): string {
  const parts = ["bieu-mau", unitCode === undefined ? "" : safe(unitCode), year ?? ""];
  return parts.filter((part) => part !== "").join("-") + ".xlsx";
}

export const CRITERIA_FILE_NAME = "tieu-chi.xlsx";
