/** What is wrong in a criteria workbook, pointing at the sheet and row so the Office can fix it there. */

export interface CriteriaProblem {
  sheet: string;
  /** 1-based row on the sheet; 0 when the problem is about the whole sheet. */
  row: number;
  /** Column letter, when the problem is about one cell. */
  column?: string;
  message: string;
  messageEn: string;
  severity: "error" | "warning";
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

  error(where: Where, message: string, messageEn: string): void {
    this.add(where, message, messageEn, "error");
  }

  warning(where: Where, message: string, messageEn: string): void {
    this.add(where, message, messageEn, "warning");
  }

  private add(where: Where, message: string, messageEn: string, severity: CriteriaProblem["severity"]): void {
    const vi = [where.sheet, where.row > 0 ? `dòng ${where.row}` : "", posVi(where.position)];
    const en = [`Sheet “${where.sheet}”`, where.row > 0 ? `row ${where.row}` : "", posEn(where.position)];
    this.problems.push({
      sheet: where.sheet,
      row: where.row,
      ...(where.column !== undefined ? { column: where.column } : {}),
      message: `${vi.filter(Boolean).join(", ")}: ${message}`,
      messageEn: `${en.filter(Boolean).join(", ")}: ${messageEn}`,
      severity,
    });
  }
}

function posVi(position: number | undefined): string {
  return position === undefined ? "" : `vị trí ${position}`;
}

function posEn(position: number | undefined): string {
  return position === undefined ? "" : `position ${position}`;
}
