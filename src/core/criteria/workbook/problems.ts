/** What is wrong in a criteria workbook, pointing at the sheet and row so the Office can fix it there. */
import type { Lang } from "../../locale/lang";
import { criteriaText, type CriteriaTextKey, type ProblemParams } from "./problem-text";

export interface CriteriaProblem {
  sheet: string;
  /** 1-based row on the sheet; 0 when the problem is about the whole sheet. */
  row: number;
  /** Column letter, when the problem is about one cell. */
  column?: string;
  /** "Sheet, row: what is wrong", in Vietnamese and in English, from the catalogue's `key`. */
  message: string;
  messageEn: string;
  severity: "error" | "warning";
  /** The catalogue text (i18n "criteria") and its parameters, to render in either language. */
  key: CriteriaTextKey;
  params: ProblemParams;
}

export interface Where {
  sheet: string;
  row: number;
  column?: string;
  /** 1-based character position inside the cell's text. */
  position?: number;
}

export class ProblemLog {
  readonly problems: CriteriaProblem[] = [];

  error(where: Where, key: CriteriaTextKey, params: ProblemParams = {}): void {
    this.add(where, key, params, "error");
  }

  warning(where: Where, key: CriteriaTextKey, params: ProblemParams = {}): void {
    this.add(where, key, params, "warning");
  }

  private add(
    where: Where,
    key: CriteriaTextKey,
    params: ProblemParams,
    severity: CriteriaProblem["severity"],
  ): void {
    this.problems.push({
      sheet: where.sheet,
      row: where.row,
      ...(where.column !== undefined ? { column: where.column } : {}),
      message: problemText(where, key, params, "vi"),
      messageEn: problemText(where, key, params, "en"),
      severity,
      key,
      params,
    });
  }
}

/** "<sheet>, <row>, <position>: <what is wrong>", the places in the catalogue's words. */
function problemText(where: Where, key: CriteriaTextKey, params: ProblemParams, lang: Lang): string {
  const place = [
    criteriaText(lang, "where.sheet", { sheet: where.sheet }),
    where.row > 0 ? criteriaText(lang, "where.row", { row: where.row }) : "",
    where.position !== undefined ? criteriaText(lang, "where.position", { position: where.position }) : "",
  ];
  return `${place.filter(Boolean).join(", ")}: ${criteriaText(lang, key, params)}`;
}
