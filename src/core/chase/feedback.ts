/**
 * Per unit with errors or warnings, a feedback workbook listing each finding — sheet, cell, field, what is
 * wrong, how to fix — printed one page wide. It is a new workbook: the unit's own file is never touched.
 */
import type { Severity } from "../campaign/model";
import { rowCounts } from "../consolidation/listed-findings";
import type { Consolidation, FindingRow } from "../consolidation/model";
import { buildSummarySheet } from "../consolidation/plan/summary-sheet";
import type { Lang } from "../locale/lang";
import type { WorkbookPlan } from "../workbook-model/plan";
import { chaseText, hasChaseText } from "./chase-text";

export interface FeedbackBook {
  unitCode: string;
  unitName: string;
  /** "phan-hoi/QLXD-2024.xlsx". */
  path: string;
  findings: FindingRow[];
  plan: WorkbookPlan;
}

const SEVERITY: Record<Lang, Record<Severity, string>> = {
  vi: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" },
  en: { error: "Error", warning: "Warning", info: "Note" },
};

/** The catalogue's messages end with what to do ("Hãy …"); that part is the fix, the rest what is wrong. */
const FIX_START: Record<Lang, RegExp> = {
  vi: /(?<=[.!?])\s+(?=(?:Hãy|Ghi|Dùng|Nhập|Chọn|Sửa|Xóa|Kiểm tra) )/u,
  en: /(?<=[.!?])\s+(?=(?:Please|Use|Enter|Write|Choose|Fix|Delete|Check) )/u,
};

export function splitFix(lang: Lang, row: FindingRow): { problem: string; fix: string } {
  const at = row.message.search(FIX_START[lang]);
  if (at > 0) return { problem: row.message.slice(0, at).trim(), fix: row.message.slice(at).trim() };
  const key = `fix.${row.code}`;
  return { problem: row.message, fix: chaseText(lang, hasChaseText(lang, key) ? key : "fix.default") };
}

/** A file name made of the unit's code: letters, digits, "-" and "_" only. */
const safe = (code: string): string => code.normalize("NFC").replace(/[^\p{L}\p{N}_-]+/gu, "-") || "don-vi";

/** What the unit has to fix: errors and warnings, and the count of those a long list left out. */
function toFix(f: FindingRow): boolean {
  if (f.code === "missing-submission") return false;
  if (f.code === "findings-not-listed")
    return Number(f.finding.params.errors) + Number(f.finding.params.warnings) > 0;
  return f.severity !== "info";
}

/** A unit without a file has nothing to fix: the letter names it. */
export function feedbackBooks(c: Consolidation, lang: Lang = "vi"): FeedbackBook[] {
  const year = c.reviewYear;
  const books: FeedbackBook[] = [];
  const byUnit = new Map<string, FindingRow[]>();
  for (const f of c.findings) {
    if (f.unitCode === null || f.year !== year || !toFix(f)) continue;
    const rows = byUnit.get(f.unitCode) ?? [];
    if (rows.length === 0) byUnit.set(f.unitCode, rows);
    rows.push(f);
  }
  for (const u of c.units) {
    const findings = byUnit.get(u.unit.code) ?? [];
    if (findings.length === 0) continue;
    const counts = rowCounts(findings);
    const t = (key: string): string => chaseText(lang, `feedback.col.${key}`);
    const sheet = buildSummarySheet({
      name: chaseText(lang, "feedback.sheet"),
      table: "tbl_feedback",
      title: chaseText(lang, "feedback.title", { year, unit: u.unit.name }),
      subtitle: chaseText(lang, "feedback.subtitle", {
        file: findings[0].file,
        errors: counts.error,
        warnings: counts.warning,
      }),
      columns: [
        { header: t("index"), kind: "integer", maxWidth: 5 },
        { header: t("sheet"), kind: "text", maxWidth: 16 },
        { header: t("cell"), kind: "text", maxWidth: 8 },
        { header: t("field"), kind: "text", maxWidth: 22 },
        { header: t("severity"), kind: "text", maxWidth: 10 },
        { header: t("problem"), kind: "text", maxWidth: 55 },
        { header: t("fix"), kind: "text", maxWidth: 45 },
      ],
      rows: findings.map((f, i) => {
        const { problem, fix } = splitFix(lang, f);
        return [i + 1, f.sheet, f.cell, f.field, SEVERITY[lang][f.severity], problem, fix];
      }),
    });
    books.push({
      unitCode: u.unit.code,
      unitName: u.unit.name,
      path: `phan-hoi/${safe(u.unit.code)}-${year}.xlsx`,
      findings,
      plan: { sheets: [sheet], properties: { title: sheet.name, creator: "thidua" } },
    });
  }
  return books;
}
